package dev.studybot.store.jdbc;

import dev.studybot.store.ExclusiveLocks;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exclusive and shared locks beside a SQLite database file ({@code studybot.db.telegram.lock}): an operating-system
 * file lock, which the system releases when the holding process dies, like PostgreSQL's advisory locks.
 */
final class FileLocks implements ExclusiveLocks {

    private static final Logger LOG = LoggerFactory.getLogger(FileLocks.class);

    private final Path databaseFile;

    FileLocks(Path databaseFile) {
        this.databaseFile = databaseFile.toAbsolutePath();
    }

    @Override
    public Optional<HeldLock> tryLock(String name) {
        return tryLock(name, false);
    }

    @Override
    public Optional<HeldLock> tryLockShared(String name) {
        return tryLock(name, true);
    }

    private Optional<HeldLock> tryLock(String name, boolean shared) {
        Path file = databaseFile.resolveSibling(databaseFile.getFileName() + "." + name.replaceAll("[^A-Za-z0-9_-]",
                "_") + ".lock");
        FileChannel channel = null;
        try {
            // A shared lock needs a channel open for reading, an exclusive one for writing.
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
            if (lock != null) {
                return Optional.of(new HeldFileLock(name, channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // Held by this very process (another holder in the same JVM, even a shared one: the JDK allows one).
        } catch (IOException e) {
            LOG.warn("could not take the lock file {}: {}", file, e.getMessage());
        }
        closeQuietly(channel);
        return Optional.empty();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("closing a lock file failed", e);
        }
    }

    /** A lock file this process holds. */
    private record HeldFileLock(String name, FileChannel channel, FileLock lock) implements HeldLock {

        @Override
        public boolean stillHeld() {
            return lock.isValid();
        }

        @Override
        public void close() {
            closeQuietly(channel);
        }
    }
}
