package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.discord.ShardRange;
import dev.studybot.store.ExclusiveLocks;
import dev.studybot.store.ExclusiveLocks.Claim;
import dev.studybot.store.ExclusiveLocks.HeldLock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A service held by locks: it starts only with all of them, stops when one is lost and starts again once the locks
 * are free; a service that cannot start fails the start and gives its locks back.
 */
class HeldServiceTest {

    private static final Duration CHECK = Duration.ofMillis(20);

    /**
     * Locks of one database, as every process sees them: exclusive or shared, as PostgreSQL's advisory locks; a lock
     * can be made to vanish (its session ended).
     */
    private static final class Locks implements ExclusiveLocks {
        final Set<String> taken = new HashSet<>();
        final Map<String, Integer> sharedHolders = new HashMap<>();
        final AtomicBoolean sessionAlive = new AtomicBoolean(true);

        @Override
        public synchronized Optional<HeldLock> tryLock(String name) {
            if (sharedHolders.containsKey(name) || !taken.add(name)) {
                return Optional.empty();
            }
            return Optional.of(held(name, () -> taken.remove(name)));
        }

        @Override
        public synchronized Optional<HeldLock> tryLockShared(String name) {
            if (taken.contains(name)) {
                return Optional.empty();
            }
            sharedHolders.merge(name, 1, Integer::sum);
            return Optional.of(held(name, () -> sharedHolders.computeIfPresent(name, (n, c) -> c == 1 ? null : c - 1)));
        }

        private HeldLock held(String name, Runnable release) {
            return new HeldLock() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public boolean stillHeld() {
                    return sessionAlive.get();
                }

                @Override
                public void close() {
                    synchronized (Locks.this) {
                        release.run();
                    }
                }
            };
        }
    }

    private static void await(AtomicBoolean condition, boolean expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (condition.get() != expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(expected, condition.get());
    }

    @Test
    void itRunsOnlyWithAllItsLocksAndStopsWhenOneIsLost() throws Exception {
        Locks locks = new Locks();
        HeldLock other = locks.tryLock("discord-shard-1-of-2").orElseThrow();
        AtomicBoolean running = new AtomicBoolean();
        AtomicInteger starts = new AtomicInteger();
        HeldService held = new HeldService("discord", locks, List.of(Claim.exclusive("discord-shard-0-of-2"),
                Claim.exclusive("discord-shard-1-of-2")),
                () -> {
                    starts.incrementAndGet();
                    running.set(true);
                    return () -> running.set(false);
                }, CHECK);
        try {
            held.start();
            assertFalse(held.running(), "shard 1 is another process's");
            assertFalse(locks.taken.contains("discord-shard-0-of-2"), "a lock taken alone is given back");
            assertTrue(held.healthy(service -> false), "a standby is healthy: waiting is its job");

            other.close(); // that process stopped
            await(running, true);
            assertEquals(1, starts.get());
            assertFalse(held.healthy(service -> false), "running, it is as healthy as its service");
            assertTrue(held.healthy(service -> true));

            locks.sessionAlive.set(false); // the database session holding the locks is gone
            await(running, false);
            locks.sessionAlive.set(true);
            await(running, true);
            assertEquals(2, starts.get(), "started again once it holds the locks again");
        } finally {
            held.close();
        }
        assertFalse(running.get());
        assertTrue(locks.taken.isEmpty(), "closing releases the locks");
    }

    @Test
    void aServiceThatCannotStartFailsTheStartAndGivesItsLocksBack() {
        Locks locks = new Locks();
        HeldService held = new HeldService("telegram", locks, List.of(Claim.exclusive("telegram")), () -> {
            throw new IllegalStateException("Telegram did not accept the bot");
        }, CHECK);
        IllegalStateException failed = assertThrows(IllegalStateException.class, held::start);
        assertTrue(failed.getMessage().contains("did not accept"));
        assertTrue(locks.taken.isEmpty());
        held.close();
    }

    @Test
    void aProcessRunningAllShardsNeverRunsBesideOnesRunningSomeAndRangesRunTogether() throws Exception {
        Locks locks = new Locks();
        AtomicBoolean allRunning = new AtomicBoolean();
        AtomicBoolean lowRunning = new AtomicBoolean();
        AtomicBoolean highRunning = new AtomicBoolean();
        HeldService low = discord(locks, Optional.of(ShardRange.parse("0-1/4")), lowRunning);
        HeldService high = discord(locks, Optional.of(ShardRange.parse("2-3/4")), highRunning);
        HeldService all = discord(locks, Optional.empty(), allRunning);
        try {
            low.start();
            high.start();
            all.start();
            assertTrue(low.running() && high.running(), "two ranges run together");
            assertFalse(all.running(), "all shards wait while ranges run");
            assertFalse(locks.taken.contains(DiscordRun.ALL_SHARDS));

            low.close();
            high.close();
            await(allRunning, true);

            HeldService again = discord(locks, Optional.of(ShardRange.parse("0/4")), lowRunning);
            try {
                again.start();
                assertFalse(again.running(), "a range waits while all shards run");
                assertFalse(locks.taken.contains("discord-shard-0-of-4"), "its shard lock is given back");
            } finally {
                again.close();
            }
        } finally {
            all.close();
            low.close();
            high.close();
        }
        assertTrue(locks.taken.isEmpty() && locks.sharedHolders.isEmpty(), "closing releases every lock");
    }

    private static HeldService discord(Locks locks, Optional<ShardRange> shards, AtomicBoolean running) {
        return new HeldService("discord", locks, DiscordRun.locks(shards), () -> {
            running.set(true);
            return () -> running.set(false);
        }, CHECK);
    }
}
