package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which parts of a passage are marked as matching the question. */
class HighlighterTest {

    private final Highlighter highlighter = new Highlighter();

    private static String marked(String text, List<Hit.Highlight> ranges) {
        StringBuilder out = new StringBuilder(text);
        for (int i = ranges.size() - 1; i >= 0; i--) {
            out.insert(ranges.get(i).end(), "]").insert(ranges.get(i).start(), "[");
        }
        return out.toString();
    }

    @Test
    void marksBigramsWordsAndTheSynonymsTheSearchUsed() {
        String passage = "立志做有理想的新时代好青年";
        QueryTerms terms = new QueryTerms(List.of("年轻人", "理想"), List.of("年轻", "轻人", "理想"), List.of(),
                Map.of("年轻人", List.of("青年")));
        assertEquals("立志做有[理想]的新时代好[青年]", marked(passage, highlighter.highlights(passage, passage, terms)));
    }

    @Test
    void singleCharactersAloneAreNotMarked() {
        String passage = "就业是最基本的民生";
        QueryTerms terms = new QueryTerms(List.of("是", "民生"), List.of("是", "民生"), List.of());
        assertEquals("就业是最基本的[民生]", marked(passage, highlighter.highlights(passage, passage, terms)));
    }
}
