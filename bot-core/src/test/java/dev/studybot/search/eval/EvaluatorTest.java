package dev.studybot.search.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final List<QaRow> ROWS = QaSet.parse("""
            # comment
            direct\tq1\talpha|beta
            direct\tq2\tgamma
            paraphrase\tq3\tdelta
            offtopic\tq4\t-
            offtopic\tq5\t-
            """);

    /** A ranker answering from a fixed table; a missing question is an abstention. */
    private static Ranker fixed(Map<String, List<String>> answers) {
        return new Ranker() {
            @Override
            public String name() {
                return "fixed";
            }

            @Override
            public Ranking rank(String question, int k) {
                List<String> texts = answers.getOrDefault(question, List.of());
                return new Ranking(!texts.isEmpty(), texts.subList(0, Math.min(k, texts.size())));
            }
        };
    }

    @Test
    void parsesTheSetFormat() {
        assertEquals(5, ROWS.size());
        assertEquals(List.of("alpha", "beta"), ROWS.get(0).goldKeys());
        assertEquals(true, ROWS.get(3).offTopic());
        assertThrows(IllegalArgumentException.class, () -> QaSet.parse("direct only-two"));
    }

    @Test
    void computesRecallMrrAndAbstention() {
        EvalResult result = new Evaluator().evaluate(ROWS, fixed(Map.of(
                "q1", List.of("x beta y", "z"),
                "q2", List.of("a", "b", "gamma"),
                "q4", List.of("anything"))));
        Metrics direct = result.byCategory().get("direct");
        assertEquals(0.5, direct.recallAt1());
        assertEquals(1.0, direct.recallAt3());
        assertEquals((1.0 + 1.0 / 3) / 2, direct.mrr(), 1e-9);
        Metrics paraphrase = result.byCategory().get("paraphrase");
        assertEquals(0.0, paraphrase.recallAt3());
        assertEquals(1, paraphrase.abstained());
        assertEquals(3, result.answerable().questions());
        assertEquals(0.5, result.offTopic().abstention());
        assertEquals(List.of("q2", "q3", "q4"), result.misses().stream().map(m -> m.row().question()).toList(),
                "q1 at rank 1 is no miss, q2 at rank 3 and q3 abstained are, and so is off-topic q4 answered");
    }

    @Test
    void reportsQuestionsNoPassageCanAnswer() {
        List<dev.studybot.document.Passage> passages = List.of(
                new dev.studybot.document.Passage("d", 1, 0, "alpha and gamma"));
        assertEquals(List.of("q3"), EvalReport.unreachable(ROWS, passages).stream().map(QaRow::question).toList());
    }
}
