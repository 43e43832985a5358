package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reviewed word lists: categories, people, and what is never a wrong option. */
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
    void siblingsAreOfTheSameCategoryAndPeopleOfTheSameProvinceComeFirst() {
        assertTrue(lexicon.siblings("泥石流").contains("冰雹"));
        assertFalse(lexicon.siblings("泥石流").contains("泥石流"));
        assertFalse(lexicon.siblings("西部").contains("天府"), "the first category only");
        List<String> people = lexicon.siblings("王晓晖");
        assertTrue(people.indexOf("彭清华") < people.indexOf("袁家军") || !people.contains("袁家军"), people.toString());
        assertTrue(lexicon.isPerson("王晓晖"));
        assertTrue(lexicon.roles().contains("省委书记"));
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
