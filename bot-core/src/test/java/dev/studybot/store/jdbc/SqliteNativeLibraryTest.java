package dev.studybot.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library kept in the data folder: unpacked whole the first time, left alone while it matches the
 * jar's, unpacked again when it does not.
 */
class SqliteNativeLibraryTest {

    @TempDir
    Path folder;

    @Test
    void theLibraryIsUnpackedOnceAndMendedWhenItDiffers() throws IOException {
        Path kept = SqliteNativeLibrary.keep(folder).orElseThrow();
        assertArrayEquals(jarsLibrary(), Files.readAllBytes(kept));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count(), "no partial file left");
        }

        FileTime marked = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(kept, marked);
        assertEquals(kept, SqliteNativeLibrary.keep(folder).orElseThrow());
        assertEquals(marked, Files.getLastModifiedTime(kept), "a matching library is not written again");

        byte[] broken = Files.readAllBytes(kept);
        broken[broken.length / 2] ^= 0x5a; // same size, another checksum
        Files.write(kept, broken);
        SqliteNativeLibrary.keep(folder).orElseThrow();
        assertArrayEquals(jarsLibrary(), Files.readAllBytes(kept));

        Files.write(kept, new byte[] {1, 2, 3});
        SqliteNativeLibrary.keep(folder).orElseThrow();
        assertArrayEquals(jarsLibrary(), Files.readAllBytes(kept));
    }

    @Test
    void aDatabaseOpensWithTheLibraryKeptBesideIt() {
        try (Database database = Database.sqlite(folder.resolve("studybot.db"))) {
            assertEquals(1, (int) database.jdbi().withHandle(h -> h.createQuery("SELECT 1")
                    .mapTo(Integer.class).one()));
        }
        assertTrue(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY) != null,
                "sqlite-jdbc is pointed at a kept library");
    }

    private static byte[] jarsLibrary() throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SqliteNativeLibraryTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
