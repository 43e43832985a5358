package dev.studybot.store;

import java.util.Optional;

/**
 * Roles that one process at a time may hold among all the processes on one database: polling Telegram (which
 * allows one {@code getUpdates} consumer per token), a range of Discord shards. A lock is held until it is closed or
 * its holder dies; then another process can take it.
 */
@FunctionalInterface
public interface ExclusiveLocks {

    /** Takes the named lock unless another holder has it; empty when one does. Never blocks for long. */
    Optional<HeldLock> tryLock(String name);

    /** A lock this process holds. */
    interface HeldLock extends AutoCloseable {

        /** The lock's name. */
        String name();

        /** Whether it is still held: false once whatever holds it (a database session) is gone. */
        boolean stillHeld();

        /** Releases it; another process may take it from now on. */
        @Override
        void close();
    }
}
