package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Synonyms from HanLP's dictionary, and how they let a colloquial question cover a formal passage. */
class SynonymsTest {

    private final Synonyms synonyms = new Synonyms();

    @Test
    void colloquialWordsMeetTheDocumentsWords() {
        assertTrue(synonyms.of("年轻人").contains("青年"));
        assertTrue(synonyms.of("看病").contains("就医"));
        assertTrue(synonyms.of("外地").contains("异地"));
        assertEquals(List.of("粮食", "粮食生产"), synonyms.everydayIn("种粮养猪这块咋要求的").get("种粮"), "a farmer's words");
        assertEquals(List.of("生猪", "生猪生产"), synonyms.everydayIn("种粮养猪这块咋要求的").get("养猪"));
        assertEquals(List.of("视察", "调研"), synonyms.everydayIn("总书记这趟到四川考察走访了哪几个市").get("考察"),
                "a leader's visit in a report's words");
        assertEquals(List.of("会议"), synonyms.everydayIn("这次会上是谁发言的").get("会上"));
        assertEquals(List.of("主持", "召开"), synonyms.everydayIn("这次会是哪位领导召集的").get("召集"),
                "convening a meeting");
        assertEquals(List.of("合作", "协同"), synonyms.everydayIn("两地之间的协作怎么推进").get("协作"));
        assertEquals(List.of("农产品"), synonyms.everydayIn("四川要保障哪几类关键农副产品的供应").get("农副产品"));
        assertEquals(List.of("科技创新"), synonyms.everydayIn("四川凭借什么长处去建设全国性的科创中心").get("科创"));
    }

    @Test
    void pollutionIsFoughtInTheBattlesNamedForWhatTheyKeepClean() {
        Map<String, List<String>> bridged = synonyms.everydayIn("空气、水和土壤污染治理有什么要求");
        assertTrue(bridged.get("空气").contains("蓝天"), "air: the blue-sky battle");
        assertTrue(bridged.get("土壤").contains("净土"), "soil: the clean-land battle");
        assertTrue(synonyms.everydayIn("治污染咋弄").get("污染").containsAll(List.of("蓝天", "碧水", "净土")));
        assertTrue(synonyms.everydayIn("水污染怎么治").get("水污染").contains("碧水"), "water: the clear-water battle");
    }

    @Test
    void aWordHeadingAClassHasThatClassBesideTheLastThatListsIt() {
        assertTrue(synonyms.of("位置").contains("地位"), "位置 heads 位置 部位 地位; HanLP keeps only 职位 位置…");
        assertTrue(synonyms.of("位置").contains("职位"), "the last class stays");
        assertTrue(synonyms.of("讨论").contains("审议"));
        assertTrue(!synonyms.of("工作").contains("饭碗"), "工作 is listed in 职业 工作 … 饭碗, which it does not head");
    }

    @Test
    void onlyTrueSynonymsOfTwoOrMoreCharacters() {
        assertEquals(List.of(), synonyms.of("网上"), "网上 has only loosely related words (海上, 桌上)");
        assertEquals(List.of(), synonyms.of("人"), "one character is too ambiguous");
        assertEquals(List.of(), synonyms.of("两个确立"), "not in the dictionary");
        assertTrue(synonyms.of("孩子").stream().allMatch(s -> s.length() >= 2));
    }

    @Test
    void aSynonymInThePassageCoversTheQuestionsWord() {
        QueryTerms terms = new QueryTerms(List.of("年轻人", "理想"), List.of("年轻", "轻人", "理想"), List.of(),
                Map.of("年轻人", List.of("青年")));
        double with = PassageScorer.coverage(terms, "立志做有理想的新时代好青年", gram -> 1.0);
        double without = PassageScorer.coverage(new QueryTerms(terms.words(), terms.grams(), List.of()),
                "立志做有理想的新时代好青年", gram -> 1.0);
        assertEquals(1.0, with, 1e-9);
        assertEquals(1.0 / 3, without, 1e-9);
    }

    @Test
    void theEngineKeepsOnlySynonymsTheDocumentsUse() {
        QueryTerms terms = new QueryTerms(List.of("年轻人"), List.of("年轻", "轻人"), List.of())
                .withSynonyms(synonyms, word -> word.equals("青年"), "年轻人");
        assertEquals(Map.of("年轻人", List.of("青年")), terms.synonyms());
    }

    @Test
    void everydayWordsAreFoundWhereverTheSegmenterCutThem() {
        Map<String, List<String>> found = synonyms.everydayIn("现在找工作这么难");
        assertTrue(found.get("找工作").contains("就业"));
        assertEquals(Map.of(), synonyms.everydayIn("全过程人民民主"));
    }

    @Test
    void anEverydayWordBridgesOnlyWhereTheDocumentsDoNotUseIt() {
        QueryTerms terms = new QueryTerms(List.of("雾霾", "天"), List.of("雾霾", "天"), List.of());
        QueryTerms bridged = terms.withSynonyms(synonyms, word -> word.equals("大气污染"), "雾霾天");
        assertEquals(List.of("大气污染"), bridged.synonyms().get("雾霾"));
        QueryTerms used = terms.withSynonyms(synonyms, word -> word.equals("雾霾") || word.equals("大气污染"), "雾霾天");
        assertEquals(null, used.synonyms().get("雾霾"), "the documents say 雾霾 themselves");
    }

    @Test
    void anEverydayWordBridgesToADocumentsWordWrittenInsideALongerOne() {
        QueryTerms terms = new QueryTerms(List.of("打", "场", "仗"), List.of("打", "场", "仗"), List.of());
        QueryTerms words = terms.withSynonyms(synonyms, word -> false, "要打哪几场仗");
        assertEquals(null, words.synonyms().get("仗"), "no document has 保卫战 as a word of its own");
        QueryTerms written = terms.withSynonyms(synonyms, word -> false, word -> word.equals("保卫战"), "要打哪几场仗");
        assertEquals(List.of("保卫战"), written.synonyms().get("仗"), "净土保卫战 writes it");
    }

    @Test
    void aLoneCharacterCountsInTheCoverageOnlyWhenItIsBridged() {
        QueryTerms plain = new QueryTerms(List.of("环保", "仗"), List.of("环保", "仗"), List.of());
        QueryTerms bridged = new QueryTerms(plain.words(), plain.grams(), List.of(), Map.of("仗", List.of("保卫战")));
        String passage = "打好蓝天、碧水、净土保卫战";
        assertEquals(0.0, PassageScorer.coverage(plain, passage, gram -> 1.0), 1e-9, "仗 alone says nothing");
        assertEquals(0.5 * PassageScorer.SYNONYM_CREDIT, PassageScorer.coverage(bridged, passage, gram -> 1.0), 1e-9);
    }
}
