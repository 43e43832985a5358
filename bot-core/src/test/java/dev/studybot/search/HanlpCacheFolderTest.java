package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.corpus.io.IIOAdapter;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HanLP's dictionaries in the cache folder: texts from the jar, caches written whole and read back. */
class HanlpCacheFolderTest {

    @TempDir
    Path folder;

    /** HanLP's own adapter, as a stub that names what it was asked. */
    private final IIOAdapter hanlps = new IIOAdapter() {
        @Override
        public InputStream open(String path) {
            return new ByteArrayInputStream(("hanlp:" + path).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public OutputStream create(String path) {
            throw new IllegalStateException("read-only: " + path);
        }
    };

    @Test
    void theTextsComeFromTheJarAndTheCachesFromTheFolder() throws Exception {
        HanlpCacheFolder adapter = new HanlpCacheFolder(folder, hanlps);
        String text = adapter.root() + "t2s.txt";
        byte[] bundled;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(HanlpCacheFolder.TRADITIONAL_ROOT
                + "t2s.txt")) {
            bundled = in.readAllBytes();
        }
        try (InputStream in = adapter.open(text)) {
            assertArrayEquals(bundled, in.readAllBytes(), "the text is HanLP's own, from the jar");
        }
        String cache = text + ".bin";
        assertThrows(FileNotFoundException.class, () -> adapter.open(cache), "no cache yet: HanLP builds one");

        try (OutputStream out = adapter.create(cache)) {
            out.write(new byte[] {1, 2, 3});
        }
        try (InputStream in = adapter.open(cache)) {
            assertArrayEquals(new byte[] {1, 2, 3}, in.readAllBytes());
        }
        Path written = folder.resolve(HanlpCacheFolder.TRADITIONAL_ROOT + "t2s.txt.bin");
        try (Stream<Path> files = Files.list(written.getParent())) {
            assertEquals(List.of(written), files.toList(), "written whole, no partial file left");
        }
    }

    @Test
    void everyOtherPathIsHanlpsOwn() throws Exception {
        HanlpCacheFolder adapter = new HanlpCacheFolder(folder, hanlps);
        try (InputStream in = adapter.open("data/dictionary/CoreNatureDictionary.mini.txt.bin")) {
            assertEquals("hanlp:data/dictionary/CoreNatureDictionary.mini.txt.bin",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThrows(IllegalStateException.class, () -> adapter.create("data/dictionary/x.bin"));
        assertTrue(adapter.root().startsWith(folder + "/"), adapter.root());
    }
}
