package dev.studybot.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every file of the shared library ingests, and no passage starts with punctuation or keeps Word debris. */
@Tag("slow") // reads the whole shared library
class LibraryIngestionTest {

    private static final Path LIBRARY = dev.studybot.testing.SharedLibrary.folder().orElse(Path.of("missing"));

    @Test
    void everyLibraryFileIngestsIntoCleanPassages() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(LIBRARY), "the shared library is not here");
        List<Path> files;
        try (Stream<Path> listing = Files.list(LIBRARY)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        LibraryLoader loader = new LibraryLoader();
        PassageSplitter splitter = new PassageSplitter();
        for (Path file : files) {
            Document document = loader.file(file);
            assertFalse(document.paragraphs().isEmpty(), file.toString());
            for (Passage passage : splitter.passages(document)) {
                String text = passage.text();
                assertTrue(text.length() <= PassageSplitter.MAX_CHARS, passage.key());
                assertFalse(text.contains("[bookmark"), passage.key());
                int first = text.codePointAt(0);
                assertTrue(Character.isLetterOrDigit(first) || "“‘「『（《(\"'".indexOf(first) >= 0,
                        () -> passage.key() + " starts with punctuation: " + text);
            }
        }
        assertEquals(files.size(), loader.folder(LIBRARY).size(), "every file loads");
    }
}
