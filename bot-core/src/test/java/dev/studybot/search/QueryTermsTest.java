package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link QueryTerms}: which words a passage may say in place of a question's. */
class QueryTermsTest {

    private static final QueryTerms TERMS = new QueryTerms(List.of("剑门蜀道", "叮嘱", "古柏"),
            List.of("剑门", "门蜀", "蜀道", "叮嘱", "古柏"), List.of(),
            Map.of("蜀道", List.of("翠云廊", "剑门关"), "古柏", List.of("翠云廊")));

    @Test
    void aGramOfABridgedWordTakesItsDocumentWords() {
        assertEquals(List.of("翠云廊", "剑门关"), TERMS.alternatives("蜀道"));
        assertEquals(List.of("翠云廊"), TERMS.alternatives("古柏"));
    }

    @Test
    void aWordHoldingABridgedPhraseIsSpokenOfByThePhrasesWords() {
        assertEquals(List.of("翠云廊", "剑门关"), TERMS.alternatives("剑门"), "剑门蜀道 holds 蜀道");
        assertEquals(List.of(), TERMS.alternatives("叮嘱"));
        assertEquals(List.of("剑门蜀道", "翠云廊", "剑门关"), TERMS.withAlternatives("剑门蜀道"));
    }
}
