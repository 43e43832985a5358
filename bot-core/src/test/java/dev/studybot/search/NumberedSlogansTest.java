package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbered slogans are found as wholes, ordinary counts are not slogans. */
class NumberedSlogansTest {

    @Test
    void findsNumberedSlogans() {
        assertEquals(List.of("两个确立"), NumberedSlogans.in("两个确立是什么"));
        assertEquals(List.of("四个自信", "两个维护"), NumberedSlogans.in("四个自信和两个维护有什么关系"));
    }

    @Test
    void ordinaryCountsAreNotSlogans() {
        assertEquals(List.of(), NumberedSlogans.in("一个人怎么学习"));
        assertEquals(List.of(), NumberedSlogans.in("要从哪三个方面入手"));
        assertEquals(List.of(), NumberedSlogans.in("两个月以后怎么办"));
        assertEquals(List.of(), NumberedSlogans.in("会议审议了哪两个文件？"), "which two, not a slogan");
        assertEquals(List.of(), NumberedSlogans.in("这三个任务"));
    }

    @Test
    void aPassageMustNameEverySlogan() {
        assertTrue(NumberedSlogans.allIn(List.of("两个确立"), "深刻领悟两个确立的决定性意义"));
        assertFalse(NumberedSlogans.allIn(List.of("两个确立"), "我们确立和坚持马克思主义"));
        assertTrue(NumberedSlogans.allIn(List.of("三个务必"), "务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争"),
                "spelled out: the key word as often as the count");
        assertFalse(NumberedSlogans.allIn(List.of("三个务必"), "务必不忘初心、牢记使命，务必谦虚谨慎"));
    }

    @Test
    void theEngineAbstainsWhenNoPassageNamesOrSpellsOutTheSlogan() throws IOException {
        DocumentLibrary library = new DocumentLibrary(List.of(new DocumentParser().parse("r.txt", """
                报告

                我们确立和坚持马克思主义在意识形态领域指导地位的根本制度。

                全党同志务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争。
                """)));
        try (LuceneSearchEngine engine = LuceneSearchEngine.open(library, IndexFolder.inMemory())) {
            assertFalse(engine.search("两个确立是什么", SearchScope.ALL, 3).answered(), "确立 once is not 两个确立");
            SearchResult spelledOut = engine.search("三个务必是什么", SearchScope.ALL, 3);
            assertTrue(spelledOut.answered());
            assertTrue(spelledOut.hits().get(0).passage().text().startsWith("全党同志务必"));
        }
    }
}
