package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.studybot.document.LibraryLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The ranked output on the bundled report, pinned as Anserini pins its runs: for each question of
 * {@code ranking/sichuan-words.tsv}, whether it is answered, the keys of the first three passages and their scores
 * (words alone, so it runs without the model and the same on every machine). A change of analysis or scoring shows
 * here as a diff to read, and the file is updated on purpose with the change.
 */
class ReportRankingTest {

    private static final String PINNED = "/ranking/sichuan-words.tsv";
    /** Where a run that differs leaves its lines, to compare or to copy over the pinned file. */
    private static final Path ACTUAL = Path.of("target", "ranking", "sichuan-words.tsv");

    @Test
    void theRankingOfTheReportIsAsPinned() throws IOException {
        List<String> expected = new ArrayList<>();
        try (InputStream in = ReportRankingTest.class.getResourceAsStream(PINNED)) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(expected::add);
        }
        List<String> actual = new ArrayList<>();
        try (LuceneSearchEngine engine = LuceneSearchEngine.open(new LibraryLoader().load(List.of()),
                IndexFolder.inMemory())) {
            for (String line : expected) {
                actual.add(run(engine, line.split("\t")[0]));
            }
        }
        if (!expected.equals(actual)) {
            Files.createDirectories(ACTUAL.getParent());
            Files.writeString(ACTUAL, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual),
                "the ranking changed; if on purpose, copy " + ACTUAL + " over src/test/resources" + PINNED);
    }

    /** One line of the pinned file: question, answered, keys and scores of the first three passages. */
    private static String run(LuceneSearchEngine engine, String question) {
        SearchResult result = engine.search(question, SearchScope.ALL, 3);
        List<String> keys = result.hits().stream().map(hit -> hit.passage().key()).toList();
        List<String> scores = result.hits().stream()
                .map(hit -> String.format(Locale.ROOT, "%.4f", hit.score())).toList();
        return question + "\t" + result.answered() + "\t" + String.join(" ", keys) + "\t" + String.join(" ", scores);
    }
}
