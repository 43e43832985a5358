package dev.studybot.store;

import java.util.Optional;

/**
 * Roles that one process at a time may hold among all the processes on one database: polling Telegram (which
 * allows one {@code getUpdates} consumer per token), a range of Discord shards. A lock is held until it is closed or
 * its holder dies; then another process can take it.
 *
 * <p>A lock may also be taken shared: any number of shared holders together, but never beside an exclusive one.
 * Processes that each run some of the Discord shards hold the all-shards lock shared, so that a process running
 * all of them (holding it exclusively) never runs beside them.
 */
public interface ExclusiveLocks {

    /** Takes the named lock unless another holder has it; empty when one does. Never blocks for long. */
    Optional<HeldLock> tryLock(String name);

    /** Takes the named lock shared unless an exclusive holder has it; empty when one does. Never blocks for long. */
    Optional<HeldLock> tryLockShared(String name);

    /** Takes the lock as the claim says. */
    default Optional<HeldLock> take(Claim claim) {
        return claim.shared() ? tryLockShared(claim.name()) : tryLock(claim.name());
    }

    /**
     * A lock a role needs, exclusively or shared.
     *
     * @param name   the lock's name
     * @param shared whether other shared holders may hold it too
     */
    record Claim(String name, boolean shared) {

        /** The lock, held by this process alone. */
        public static Claim exclusive(String name) {
            return new Claim(name, false);
        }

        /** The lock, held together with other shared holders. */
        public static Claim sharedBy(String name) {
            return new Claim(name, true);
        }

        @Override
        public String toString() {
            return shared ? name + " (shared)" : name;
        }
    }

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
