package dev.studybot.files;

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

/**
 * A jar entry kept as a file: unpacked once, left alone while it matches, written again when it differs, and
 * nothing kept for what is not a jar entry.
 */
class KeptJarEntryTest {

    /** A small entry of a jar on the test class path (JUnit's own annotation). */
    private static final String ENTRY = "org/junit/jupiter/api/Test.class";

    @TempDir
    Path folder;

    @Test
    void anEntryIsUnpackedOnceAndMendedWhenItDiffers() throws IOException {
        Path file = folder.resolve("nested").resolve("Test.class");
        assertEquals(file, KeptJarEntry.keep(loader(), ENTRY, file).orElseThrow());
        assertArrayEquals(jarsBytes(), Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no partial file left");
        }

        FileTime marked = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, marked);
        KeptJarEntry.keep(loader(), ENTRY, file).orElseThrow();
        assertEquals(marked, Files.getLastModifiedTime(file), "a matching file is not written again");

        byte[] broken = Files.readAllBytes(file);
        broken[broken.length / 2] ^= 0x5a; // same size, another checksum
        Files.write(file, broken);
        KeptJarEntry.keep(loader(), ENTRY, file).orElseThrow();
        assertArrayEquals(jarsBytes(), Files.readAllBytes(file));

        Files.write(file, new byte[] {1, 2, 3});
        KeptJarEntry.keep(loader(), ENTRY, file).orElseThrow();
        assertArrayEquals(jarsBytes(), Files.readAllBytes(file));
    }

    @Test
    void nothingIsKeptForAMissingResourceOrAClassFolder() throws IOException {
        assertTrue(KeptJarEntry.keep(loader(), "no/such/entry.bin", folder.resolve("a")).isEmpty());
        // This test class is compiled into a folder, not a jar: there is no directory entry to check it against.
        String own = KeptJarEntryTest.class.getName().replace('.', '/') + ".class";
        assertTrue(KeptJarEntry.keep(loader(), own, folder.resolve("b")).isEmpty());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }

    private static ClassLoader loader() {
        return KeptJarEntryTest.class.getClassLoader();
    }

    private static byte[] jarsBytes() throws IOException {
        try (InputStream in = loader().getResourceAsStream(ENTRY)) {
            return in.readAllBytes();
        }
    }
}
