package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.Document;
import dev.studybot.document.LibraryLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pool of the Sichuan report tests at least 80% of the key facts a study group expects a quiz on
 * ({@code quiz/sichuan-key-facts.tsv}, written from the report alone).
 */
class KeyFactCoverageTest {

    private static final Pattern CHANGED = Pattern.compile("^错误：“[^”]+”应为“([^”]+)”");

    @Test
    void thePoolTestsAtLeastEightyPercentOfTheReportsKeyFacts() throws IOException {
        Document report = new LibraryLoader().bundled().get(0);
        List<Question> pool = new QuestionGenerator(new DocumentAnalyzer(new TermExtractor()))
                .generate(List.of(report), List.of(report), 1);
        List<String[]> facts = facts();
        List<String> missed = new ArrayList<>();
        for (String[] fact : facts) {
            if (pool.stream().noneMatch(q -> tests(q, fact[1]))) {
                missed.add(fact[0] + " (" + fact[1] + ")");
            }
        }
        double coverage = 1 - (double) missed.size() / facts.size();
        System.out.printf("key facts tested: %d of %d (%.0f%%); not tested: %s%n", facts.size() - missed.size(),
                facts.size(), 100 * coverage, missed);
        assertTrue(facts.size() >= 40, "the list has " + facts.size() + " facts");
        assertTrue(coverage >= 0.8, "coverage " + coverage + ", not tested: " + missed);
    }

    /**
     * Whether the question's right options (or the terms of a pairing's) hold every item of the answer, or a false
     * statement swapped it.
     */
    static boolean tests(Question q, String answer) {
        List<String> items = List.of(answer.split("\\+"));
        if (q.type() == QuestionType.TRUE_FALSE) {
            Matcher changed = CHANGED.matcher(q.explanation());
            return items.size() == 1 && changed.find() && changed.group(1).equals(answer);
        }
        // A pairing's right option (专题民主生活会；组织生活会) asks each of its terms in its own place.
        List<String> right = q.answers().stream().map(q.options()::get)
                .flatMap(o -> java.util.Arrays.stream(o.split("；"))).toList();
        return right.containsAll(items);
    }

    private static List<String[]> facts() throws IOException {
        List<String[]> facts = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(KeyFactCoverageTest.class.getResourceAsStream(
                "/quiz/sichuan-key-facts.tsv"));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    facts.add(line.split("\t"));
                }
            }
        }
        return facts;
    }
}
