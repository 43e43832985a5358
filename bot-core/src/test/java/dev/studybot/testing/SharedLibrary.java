package dev.studybot.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds the team's shared document library (../shared/corpus/library beside the repository), when present. */
public final class SharedLibrary {

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
}
