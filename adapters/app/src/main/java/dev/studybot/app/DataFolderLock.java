package dev.studybot.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds the data folder for one process: an operating-system lock on {@code studybot.lock} in it, which also names
 * the holder's process id. A second StudyBot on the same folder is told which process uses it, instead of failing
 * later on the index's own lock. The operating system releases the lock when the process ends, however it ends.
 */
public final class DataFolderLock implements AutoCloseable {

    /** The lock file's name inside the data folder. */
    static final String FILE_NAME = "studybot.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the data folder (creating it), or fails with a message that names the process holding it.
     *
     * @throws IllegalStateException when another process holds the folder
     */
    public static DataFolderLock acquire(Path dataFolder) throws IOException {
        Files.createDirectories(dataFolder);
        Path file = dataFolder.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another core in this very process: the same conflict
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder = holder(file);
            channel.close();
            throw new IllegalStateException("another StudyBot" + holder + " is using the data folder "
                    + dataFolder.toAbsolutePath() + "; stop it first, or give this one its own folder with "
                    + "STUDYBOT_DATA");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return new DataFolderLock(channel, lock);
    }

    /** " (pid 1234)" as the holder wrote it, or nothing when it cannot be read. */
    private static String holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.UTF_8).strip();
            return pid.matches("\\d{1,10}") ? " (pid " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Releases the folder. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
