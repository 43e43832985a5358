package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reviewed word lists: categories, close kinds, fixed verbs, places, and what is never a wrong option. */
class LexiconTest {

    private final Lexicon lexicon = new Lexicon();

    @Test
    void findsMembersLongestFirstAndOnlyWhereTheirCategorySaysSo() {
        List<Lexicon.Match> found = lexicon.find("系统提升地震、水灾等方面能力，在建设现代化产业体系上精准发力，精准施策。");
        assertEquals(List.of("地震", "水灾", "精准"), found.stream().map(Lexicon.Match::word).toList(),
                "精准 counts before 发力 only");
        assertEquals(4, found.get(0).start());
    }

    @Test
    void siblingsAreOfTheSameCategoryNeverAnotherNameOrACloseKind() {
        assertTrue(lexicon.siblings("泥石流").contains("冰雹"));
        assertFalse(lexicon.siblings("泥石流").contains("泥石流"));
        assertFalse(lexicon.siblings("泥石流").contains("滑坡"), "滑坡 could be meant by …泥石流等");
        assertFalse(lexicon.siblings("水灾").contains("洪涝"), "one thing under two names");
        assertTrue(lexicon.close("洪涝").contains("水灾"));
        assertFalse(lexicon.siblings("西部").contains("天府"), "the first category only");
    }

    @Test
    void aMemberMayHaveTheVerbItAlwaysFollowsAndAPlaceItsOtherNames() {
        assertEquals("做到", lexicon.verb("两个维护").orElseThrow());
        assertEquals("领悟", lexicon.verb("两个确立").orElseThrow(), "深刻领悟“两个确立”的决定性意义 is a set phrase");
        assertTrue(lexicon.aliases().get("四川").containsAll(List.of("天府", "西部")));
        assertTrue(lexicon.has("三星堆", Lexicon.Flag.PLACE));
        assertTrue(lexicon.has("山水林田湖草沙", Lexicon.Flag.NESTED));
    }

    @Test
    void aMemberTrueOfAProvinceAndOptionsNamingAnotherPlaceAreKnown() {
        assertTrue(lexicon.trueOf("冰雹", "四川"), "Sichuan has hail: no wrong disaster in a Sichuan report");
        assertFalse(lexicon.trueOf("冰雹", "海南"));
        assertTrue(lexicon.trueOf("改革开放新高地", "四川"), "one of Sichuan's 两中心两地");
        assertTrue(lexicon.namesAnotherPlace("海南自由贸易港", List.of("四川", "川", "蜀", "巴蜀", "天府")));
        assertFalse(lexicon.namesAnotherPlace("长江经济带", List.of("四川", "川", "蜀", "巴蜀", "天府")));
        assertTrue(lexicon.unasked("长江"), "geography every reader knows");
        assertTrue(lexicon.unasked("上游"));
    }

    @Test
    void thereIsNoListOfPeople() {
        for (String name : List.of("王晓晖", "彭清华", "黄强", "施小琳", "袁家军")) {
            assertFalse(lexicon.contains(name), name);
        }
        assertTrue(getClass().getClassLoader().getResource("quiz/people.txt") == null);
    }

    @Test
    void politicallyCarelessOptionsAndTopicsAreKnown() {
        assertTrue(lexicon.sensitive("台湾"));
        assertTrue(lexicon.sensitive("香港大运会"));
        assertFalse(lexicon.sensitive("广元"));
        assertTrue(lexicon.sensitiveTopic("坚持“一国两制”，推进祖国统一。"));
        assertFalse(lexicon.sensitiveTopic("打造新时代更高水平的“天府粮仓”。"));
    }

    @Test
    void noCategoryHoldsASensitiveTerm() {
        for (String word : List.of("台湾", "香港", "澳门", "西藏", "新疆")) {
            assertFalse(lexicon.contains(word), word);
        }
    }
}
