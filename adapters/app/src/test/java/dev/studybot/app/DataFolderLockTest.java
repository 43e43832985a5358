package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderLockTest {

    @TempDir
    Path data;

    @Test
    void aSecondHolderIsToldWhichProcessUsesTheFolder() throws Exception {
        Path folder = data.resolve("new");
        try (DataFolderLock first = DataFolderLock.acquire(folder)) {
            String pid = Long.toString(ProcessHandle.current().pid());
            assertEquals(pid, Files.readString(folder.resolve(DataFolderLock.FILE_NAME), StandardCharsets.UTF_8)
                    .strip());
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> DataFolderLock.acquire(folder));
            assertTrue(refused.getMessage().contains("another StudyBot (pid " + pid + ")"), refused.getMessage());
            assertTrue(refused.getMessage().contains(folder.toAbsolutePath().toString()), refused.getMessage());
            assertTrue(refused.getMessage().contains("STUDYBOT_DATA"), refused.getMessage());
        }
        try (DataFolderLock again = DataFolderLock.acquire(folder)) {
            assertTrue(Files.exists(folder.resolve(DataFolderLock.FILE_NAME)), "released on close, taken again");
        }
    }
}
