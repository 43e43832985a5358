package dev.studybot.app;

import dev.studybot.store.ExclusiveLocks;
import dev.studybot.store.ExclusiveLocks.Claim;
import dev.studybot.store.ExclusiveLocks.HeldLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a service only while this process holds its locks, among all the processes on one database: Telegram's
 * poller (Telegram allows one {@code getUpdates} consumer per token), a range of Discord shards. A named thread
 * tries to take the locks every {@code checkEvery}; with all of them it starts the service; it then checks that
 * they are still held, and stops the service when one is lost (the database session holding it is gone). When the
 * holding process dies its locks go with it, and a waiting process takes over at its next try.
 */
final class HeldService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HeldService.class);

    private final String what;
    private final ExclusiveLocks locks;
    private final List<Claim> claims;
    private final Supplier<AutoCloseable> starter;
    private final Duration checkEvery;
    private final List<HeldLock> held = new ArrayList<>();
    private ScheduledExecutorService thread;
    private AutoCloseable service;
    private boolean toldWaiting;

    /**
     * @param what       the service's name, for the thread and the log ({@code telegram})
     * @param claims     the locks it needs, all of them, each exclusive or shared
     * @param starter    starts the service; closing what it returns stops it
     * @param checkEvery how often to try the locks, or check them while running
     */
    HeldService(String what, ExclusiveLocks locks, List<Claim> claims, Supplier<AutoCloseable> starter,
                Duration checkEvery) {
        this.what = what;
        this.locks = locks;
        this.claims = List.copyOf(claims);
        this.starter = starter;
        this.checkEvery = checkEvery;
    }

    /**
     * Tries once at once, here (so that a service that cannot start, such as one with a refused token, fails the
     * start as it would alone), then keeps trying and checking on the named thread.
     *
     * @throws RuntimeException what starting the service threw
     */
    synchronized void start() {
        if (thread != null) {
            return;
        }
        tryToStart();
        thread = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("hold-" + what).daemon(true)
                .factory());
        thread.scheduleWithFixedDelay(this::check, checkEvery.toMillis(), checkEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Whether the service runs in this process now. */
    synchronized boolean running() {
        return service != null;
    }

    /**
     * Whether this process does its part for the service: it runs the service and {@code up} says the service is
     * up, or it waits as a standby while another process holds the locks (which is what it is there for).
     */
    synchronized boolean healthy(Predicate<AutoCloseable> up) {
        return service == null ? thread != null : up.test(service);
    }

    private synchronized void check() {
        try {
            if (service == null) {
                tryToStart();
            } else if (!held.stream().allMatch(HeldLock::stillHeld)) {
                LOG.warn("{}: lost the lock to the database; stopping here (another process may take over)", what);
                stopService();
                release();
            }
        } catch (RuntimeException e) {
            LOG.error("{}: holding the service failed; trying again in {} s", what, checkEvery.toSeconds(), e);
            stopService();
            release();
        }
    }

    private void tryToStart() {
        for (Claim claim : claims) {
            Optional<HeldLock> lock = locks.take(claim);
            if (lock.isEmpty()) {
                release();
                if (!toldWaiting) {
                    LOG.info("{}: {} is held by another process; waiting to take over", what, claim.name());
                    toldWaiting = true;
                }
                return;
            }
            held.add(lock.get());
        }
        LOG.info("{}: this process holds {}: starting", what, claims);
        toldWaiting = false;
        try {
            service = starter.get();
        } catch (RuntimeException e) {
            release(); // let another process try
            throw e;
        }
    }

    private void stopService() {
        if (service == null) {
            return;
        }
        try {
            service.close();
        } catch (Exception e) {
            LOG.warn("{}: stopping failed: {}", what, e.toString());
        }
        service = null;
    }

    private void release() {
        held.forEach(HeldLock::close);
        held.clear();
    }

    /** Stops the service and releases the locks. */
    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = thread;
            thread = null;
        }
        if (stopping != null) {
            stopping.shutdownNow();
            try {
                stopping.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            stopService();
            release();
        }
    }
}
