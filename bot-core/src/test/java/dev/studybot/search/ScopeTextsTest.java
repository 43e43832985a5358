package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ScopeTexts}: whether the scope's documents say a text, with a bounded cache of the answers. */
class ScopeTextsTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(List.of(
            new DocumentParser().parse("sichuan.txt", """
                    四川会议报告

                    要进一步深化川渝全方位合作。
                    """),
            new DocumentParser().parse("city.txt", """
                    城市报告

                    要加快成都地铁建设。
                    """))));

    @Test
    void aTextIsSaidOnlyByTheDocumentsOfTheScope() {
        ScopeTexts texts = new ScopeTexts(CATALOG);
        assertTrue(texts.says("地铁", SearchScope.of(List.of("city"))));
        assertFalse(texts.says("地铁", SearchScope.of(List.of("sichuan"))));
        assertTrue(texts.says("地铁", SearchScope.ALL));
    }

    @Test
    void aTermUsedInOnePassageOfTheScope() {
        ScopeTexts texts = new ScopeTexts(CATALOG);
        assertTrue(texts.inOnePassage("地铁", SearchScope.ALL));
        assertFalse(texts.inOnePassage("地铁", SearchScope.of(List.of("sichuan"))), "in none of its passages");
        assertFalse(texts.inOnePassage("要", SearchScope.ALL), "in a passage of each document");
        assertTrue(texts.inOnePassage("要", SearchScope.of(List.of("city"))));
    }

    @Test
    void theCacheStaysWithinItsBoundAndAnswersTheSameAfterEviction() {
        ScopeTexts texts = new ScopeTexts(CATALOG, 3);
        SearchScope sichuan = SearchScope.of(List.of("sichuan"));
        for (String text : List.of("川渝", "合作", "地铁", "深化", "全方位", "高铁")) {
            texts.says(text, sichuan);
        }
        assertEquals(3, texts.cached());
        assertTrue(texts.says("川渝", sichuan), "asked again after its answer was evicted");
        assertFalse(texts.says("地铁", sichuan));
    }
}
