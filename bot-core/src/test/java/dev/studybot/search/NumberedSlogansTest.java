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
        assertEquals(List.of("三大保卫"), NumberedSlogans.in("三大保卫战是啥"), "大 counts like 个");
    }

    @Test
    void ordinaryCountsAreNotSlogans() {
        assertEquals(List.of(), NumberedSlogans.in("一个人怎么学习"));
        assertEquals(List.of(), NumberedSlogans.in("要从哪三个方面入手"));
        assertEquals(List.of(), NumberedSlogans.in("两个月以后怎么办"));
        assertEquals(List.of(), NumberedSlogans.in("会议审议了哪两个文件？"), "which two, not a slogan");
        assertEquals(List.of(), NumberedSlogans.in("这三个任务"));
        assertEquals(List.of(), NumberedSlogans.in("十九大报告说我国社会主要矛盾是什么？"), "a congress, not a slogan");
        assertEquals(List.of(), NumberedSlogans.in("党的二十大精神是什么"));
        assertEquals(List.of(), NumberedSlogans.in("陈独秀三大报告里那会儿党员一共才多少人"));
        assertEquals(List.of(), NumberedSlogans.in("中共三大上陈独秀说了什么"));
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
    void aListOfAsManyItemsBeforeTheKeyWordSpellsTheSloganOut() {
        assertTrue(NumberedSlogans.allIn(List.of("三大保卫"), "坚决打好蓝天、碧水、净土保卫战，加快建设美丽四川"));
        assertTrue(NumberedSlogans.allIn(List.of("三个保卫"), "打好蓝天、碧水和净土保卫战"), "和 before the last item");
        assertFalse(NumberedSlogans.allIn(List.of("三大保卫"), "打好蓝天、碧水保卫战"), "two items are not three");
        assertFalse(NumberedSlogans.allIn(List.of("三大保卫"), "治理大气、水体，打好碧水保卫战"), "a list in another clause");
        assertFalse(NumberedSlogans.allListed(List.of("两个中心"), "锚定“一极一源、两中心两地”目标定位"), "a count, not an item");
        assertTrue(NumberedSlogans.allListed(List.of("三大保卫"), "打好蓝天、碧水、净土保卫战"));
        assertFalse(NumberedSlogans.allListed(List.of(), "打好蓝天、碧水、净土保卫战"), "no slogan, nothing listed");
    }

    @Test
    void theEngineAbstainsWhenNoPassageNamesOrSpellsOutTheSlogan() throws IOException {
        DocumentLibrary library = new DocumentLibrary(List.of(new DocumentParser().parse("r.txt", """
                报告

                我们确立和坚持马克思主义在意识形态领域指导地位的根本制度。

                全党同志务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争。

                要坚决打好蓝天、碧水、净土保卫战，加快建设美丽家园。
                """)));
        try (LuceneSearchEngine engine = LuceneSearchEngine.open(library, IndexFolder.inMemory())) {
            assertFalse(engine.search("两个确立是什么", SearchScope.ALL, 3).answered(), "确立 once is not 两个确立");
            SearchResult spelledOut = engine.search("三个务必是什么", SearchScope.ALL, 3);
            assertTrue(spelledOut.answered());
            assertTrue(spelledOut.hits().get(0).passage().text().startsWith("全党同志务必"));
            SearchResult listed = engine.search("三大保卫战是啥？", SearchScope.ALL, 3);
            assertTrue(listed.answered(), "three items listed before 保卫战");
            assertTrue(listed.hits().get(0).passage().text().startsWith("要坚决打好"));
        }
    }
}
