package dev.studybot.store.jdbc;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.sqlite.BusyHandler;

/**
 * How a SQLite connection waits for another's write to end: in short steps (50 µs, growing to 1 ms), for up to ten
 * seconds. SQLite's own busy timeout sleeps 1, 2, 5 … up to 100 ms a step, so that under many small concurrent
 * writes (answers arriving from many members at once) a few waits take hundreds of milliseconds although the lock
 * was free again after a fraction of one.
 */
final class QuickBusyWait extends BusyHandler {

    /** How long a connection waits for the write lock before it fails. */
    static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(10);

    private long waitingSince;

    @Override
    protected int callback(int previousCalls) {
        long now = System.nanoTime();
        if (previousCalls == 0) {
            waitingSince = now;
        } else if (now - waitingSince > GIVE_UP_NANOS) {
            return 0; // SQLITE_BUSY reaches the caller
        }
        LockSupport.parkNanos(Math.min(1_000_000L, 50_000L * (previousCalls + 1)));
        return 1;
    }
}
