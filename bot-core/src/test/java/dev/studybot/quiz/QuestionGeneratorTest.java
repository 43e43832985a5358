package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.seg.common.Term;
import dev.studybot.document.Document;
import dev.studybot.document.LibraryLoader;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quality test: every question generated from the bundled report obeys the rules. */
class QuestionGeneratorTest {

    private static final TermExtractor EXTRACTOR = new TermExtractor();
    private static Document report;
    private static List<Question> pool;

    @BeforeAll
    static void generate() {
        report = QuizFixtures.report();
        pool = new QuestionGenerator(new DocumentAnalyzer(EXTRACTOR)).generate(List.of(report), List.of(report), 7);
    }

    @Test
    void atLeastFortyDistinctQuestionsOfAllFourTypesNoneMoreThanHalf() {
        Map<QuestionType, Integer> histogram = new EnumMap<>(QuestionType.class);
        pool.forEach(q -> histogram.merge(q.type(), 1, Integer::sum));
        System.out.println("pool " + pool.size() + " " + histogram);
        assertTrue(pool.size() >= 40, "pool " + pool.size());
        assertEquals(pool.size(), pool.stream().map(Question::id).distinct().count());
        assertEquals(pool.size(), pool.stream().map(q -> q.prompt() + q.options()).distinct().count());
        assertEquals(Set.of(QuestionType.values()), histogram.keySet());
        histogram.forEach((type, count) -> assertTrue(count * 2 <= pool.size(), type + " " + count));
    }

    @Test
    void everyQuestionObeysThePlatformAndShapeRules() {
        for (Question q : pool) {
            String id = q.toString();
            assertTrue(Words.length(q.prompt()) >= 1 && Words.length(q.prompt()) <= 300, id);
            assertTrue(q.options().size() >= 2 && q.options().size() <= 10, id);
            assertEquals(q.options().size(), new HashSet<>(q.options()).size(), id);
            assertTrue(q.options().stream().allMatch(o -> !o.isBlank() && Words.length(o) <= 100), id);
            assertFalse(q.answers().isEmpty(), id);
            assertTrue(q.answers().stream().allMatch(a -> a >= 0 && a < q.options().size()), id);
            assertTrue(Words.length(q.explanation()) >= 1 && Words.length(q.explanation()) <= 200, id);
            assertEquals("cpc-congress-20", q.source().doc());
            assertTrue(report.paragraph(q.source().paragraph()).text().contains(q.source().text()), id);
            switch (q.type()) {
                case FILL_BLANK -> {
                    assertEquals(4, q.options().size(), id);
                    assertEquals(1, q.answers().size(), id);
                    assertEquals(2, q.prompt().split("____", -1).length, id);
                }
                case SINGLE_CHOICE -> {
                    assertEquals(4, q.options().size(), id);
                    assertEquals(1, q.answers().size(), id);
                }
                case MULTIPLE_CHOICE -> {
                    assertTrue(q.answers().size() >= 2 && q.answers().size() < q.options().size(), id);
                    assertEquals(2, q.prompt().split("____", -1).length, id);
                }
                case TRUE_FALSE -> {
                    assertEquals(List.of("正确", "错误"), q.options(), id);
                    assertEquals(1, q.answers().size(), id);
                }
            }
        }
    }

    @Test
    void theAnswerIsMarkedAndTheRightOptionIsTheOnlyOneTheReportSays() {
        for (Question q : pool) {
            assertTrue(q.explanation().contains("【"), q.id());
            String body = q.prompt().substring(q.prompt().indexOf('\n') + 1);
            switch (q.type()) {
                case FILL_BLANK -> {
                    String answer = q.options().get(q.answers().get(0));
                    assertTrue(q.explanation().contains("【" + answer + "】"), q.toString());
                    for (int i = 0; i < q.options().size(); i++) {
                        String filled = body.replace("____", q.options().get(i)).replace("…", "");
                        assertEquals(i == q.answers().get(0), inReport(filled), q + " with " + q.options().get(i));
                    }
                }
                case SINGLE_CHOICE -> {
                    if (isFact(q)) {
                        String answer = q.options().get(q.answers().get(0));
                        assertTrue(q.explanation().contains("【" + answer + "】"), q.toString());
                        assertFalse(q.prompt().contains(answer), q.toString());
                        String source = q.source().text();
                        int at = source.indexOf(answer);
                        String left = source.substring(Math.max(0, at - 3), at);
                        String right = source.substring(at + answer.length(),
                                Math.min(source.length(), at + answer.length() + 3));
                        for (int i = 0; i < 4; i++) {
                            assertEquals(i == q.answers().get(0), inReport(left + q.options().get(i) + right),
                                    q + " option " + q.options().get(i));
                        }
                    } else {
                        for (int i = 0; i < 4; i++) {
                            String option = q.options().get(i).replace("…", "");
                            assertEquals(i == q.answers().get(0), inReport(option), q + " option " + option);
                        }
                    }
                }
                case TRUE_FALSE -> assertEquals(q.answers().get(0) == 0, inReport(body.replace("…", "")),
                        q.toString());
                case MULTIPLE_CHOICE -> {
                    for (int i = 0; i < q.options().size(); i++) {
                        assertEquals(q.answers().contains(i), q.source().text().contains(q.options().get(i)),
                                q.toString());
                    }
                }
            }
        }
    }

    @Test
    void answersAreWholeWordsNeverFunctionWordsAndDistractorsAreOfSimilarLength() {
        for (Question q : pool) {
            if (q.type() != QuestionType.FILL_BLANK && q.type() != QuestionType.MULTIPLE_CHOICE) {
                continue;
            }
            for (int a : q.answers()) {
                String answer = q.options().get(a);
                assertFalse(Words.FUNCTION.contains(answer) || Words.GENERIC.contains(answer), answer);
                assertTrue(Words.length(answer) >= 2, answer);
                assertWholeWords(q.source().text(), answer);
            }
            double rightLength = q.answers().stream().mapToInt(a -> Words.length(q.options().get(a))).average()
                    .orElseThrow();
            for (int i = 0; i < q.options().size(); i++) {
                if (!q.answers().contains(i)) {
                    String wrong = q.options().get(i);
                    assertTrue(Math.abs(Words.length(wrong) - rightLength)
                            <= DistractorPicker.tolerance(rightLength), q.toString());
                    assertFalse(q.source().text().contains(wrong), q.toString());
                }
            }
        }
    }

    @Test
    void distractorsArePlausibleSamePartOfSpeechNeverASynonymMostlyOfTheAnswersSemanticField() {
        WordSense senses = new WordSense();
        int pairs = 0;
        int sameField = 0;
        for (Question q : pool) {
            if (q.type() != QuestionType.FILL_BLANK && q.type() != QuestionType.MULTIPLE_CHOICE && !isFact(q)) {
                continue;
            }
            List<WordSense.Sense> right = q.answers().stream().map(a -> senses.of(q.options().get(a))).toList();
            Map<Character, Long> votes = right.stream().collect(
                    java.util.stream.Collectors.groupingBy(WordSense.Sense::pos, java.util.stream.Collectors.counting()));
            char typical = votes.entrySet().stream().filter(e -> e.getValue() * 2 > right.size())
                    .map(Map.Entry::getKey).findFirst().orElse('?');
            boolean numeric = q.options().get(q.answers().get(0)).matches(".*[〇一二三四五六七八九十百千万亿].*[年元人个]");
            for (int i = 0; i < q.options().size(); i++) {
                if (q.answers().contains(i)) {
                    continue;
                }
                String option = q.options().get(i);
                WordSense.Sense wrong = senses.of(option);
                assertTrue(numeric || typical == '?' || wrong.pos() == '?' || wrong.pos() == typical,
                        "part of speech of " + option + " in " + q);
                right.forEach(r -> assertFalse(wrong.synonym(r), "synonym " + option + " in " + q));
                if (right.size() == 1 && right.get(0).exact() && wrong.exact()) {
                    pairs++;
                    sameField += wrong.sharedLevels(right.get(0)) >= 2 ? 1 : 0;
                }
            }
        }
        System.out.println("distractors in the answer's Cilin medium class: " + sameField + "/" + pairs);
        assertTrue(pairs >= 50 && sameField * 2 >= pairs, sameField + "/" + pairs);
    }

    @Test
    void theSameSeedGivesTheSameQuestionsAndAnotherSeedAnotherOrder() {
        QuestionGenerator generator = new QuestionGenerator(new DocumentAnalyzer(EXTRACTOR));
        assertEquals(pool, generator.generate(List.of(report), List.of(report), 7));
        assertNotEquals(pool.stream().map(Question::id).toList(),
                generator.generate(List.of(report), List.of(report), 8).stream().map(Question::id).toList());
    }

    /** A fact question asks about a term (its prompt is a question), not which statement is the original. */
    private static boolean isFact(Question q) {
        return q.type() == QuestionType.SINGLE_CHOICE && q.prompt().endsWith("？");
    }

    private static boolean inReport(String text) {
        return report.paragraphs().stream().anyMatch(p -> p.text().contains(text));
    }

    /** The answer starts and ends where HanLP's words of the sentence do (or fills quotation marks). */
    private static void assertWholeWords(String sentence, String answer) {
        int start = sentence.indexOf(answer);
        Set<Integer> bounds = new HashSet<>();
        for (Term word : EXTRACTOR.words(sentence)) {
            bounds.add(word.offset);
            bounds.add(word.offset + word.word.length());
        }
        boolean quoted = start > 0 && sentence.charAt(start - 1) == '“';
        assertTrue(quoted || bounds.contains(start) && bounds.contains(start + answer.length()),
                "'" + answer + "' cuts a word in: " + sentence);
    }
}
