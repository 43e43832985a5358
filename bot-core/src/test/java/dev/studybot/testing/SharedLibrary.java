package dev.studybot.testing;

import dev.studybot.document.Document;
import dev.studybot.document.LibraryLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the team's shared document library (../shared/corpus/library beside the repository), when present. A
 * document is read once per test JVM and shared (documents are immutable).
 */
public final class SharedLibrary {

    private static final Map<String, Document> READ = new ConcurrentHashMap<>();

    private SharedLibrary() {
    }

    /** The library folder: {@code STUDYBOT_TEST_LIBRARY}, else the first of the usual places that exists. */
    public static Optional<Path> folder() {
        String configured = System.getenv("STUDYBOT_TEST_LIBRARY");
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("..", "..", "shared", "corpus", "library"),
                Path.of("..", "..", "..", "shared", "corpus", "library"),
                Path.of("..", "shared", "corpus", "library"));
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }

    /**
     * One document of the shared library, such as {@code cpc-congress-20} (the report to the 20th Party Congress),
     * read as StudyBot reads any library file. Fails, saying where it looked, when the library is not there: CI and
     * every development machine have {@code ../shared} beside the repository.
     */
    public static Document document(String id) {
        return READ.computeIfAbsent(id, SharedLibrary::read);
    }

    private static Document read(String id) {
        Path library = folder().orElseThrow(() -> new IllegalStateException(
                "the shared library (../shared/corpus/library, or STUDYBOT_TEST_LIBRARY) is missing"));
        try {
            return new LibraryLoader().file(library.resolve(id + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + id + " from " + library, e);
        }
    }
}
