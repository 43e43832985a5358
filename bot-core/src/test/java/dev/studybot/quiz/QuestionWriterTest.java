package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How the writer places right options and shapes wrong ones, and the rule against a 其 cut from its sentence. */
class QuestionWriterTest {

    @Test
    void rightOptionsSpreadOverTheFourPlaces() {
        QuestionWriter writer = new QuestionWriter("", new Random(29));
        int[] at = new int[4];
        for (int i = 0; i < 20; i++) {
            List<String> options = new ArrayList<>(List.of("甲", "乙", "丙", "丁"));
            writer.spread(options, "丙");
            assertEquals(4, options.size());
            at[options.indexOf("丙")]++;
        }
        for (int n : at) {
            assertEquals(5, n, java.util.Arrays.toString(at));
        }
    }

    @Test
    void noWrongOptionOfAChoiceStandsApartByItsLengthWhenAnotherCanTakeItsPlace() {
        List<String> chosen = QuestionWriter.evenLengths("创新资源集聚和转化功能", List.of("全球资源配置和科技创新策源功能",
                "科技策源和产业引领功能", "资源配置和枢纽集散功能", "高端要素集聚和配置功能"));
        assertFalse(chosen.contains("全球资源配置和科技创新策源功能"), chosen.toString());
        assertFalse(QuestionWriter.lengthApart("创新资源集聚和转化功能", chosen), chosen.toString());
        assertTrue(QuestionWriter.lengthApart("新型城镇化", List.of("信息化", "农业现代化", "新型工业化")));
        // With no other, the most plausible three stay.
        assertEquals(List.of("信息化", "农业现代化", "新型工业化"),
                QuestionWriter.evenLengths("新型城镇化", List.of("信息化", "农业现代化", "新型工业化")));
    }

    @Test
    void aSingleWrongItemBesidePairsJoinedBy和IsNoOption() {
        List<String> pairs = List.of("经济承载和辐射带动功能", "创新资源集聚和转化功能");
        assertFalse(QuestionWriter.sameShape(pairs, "全球资源配置功能"));
        assertTrue(QuestionWriter.sameShape(pairs, "全球资源配置和科技创新策源功能"));
        assertTrue(QuestionWriter.sameShape(List.of("粮食", "生猪"), "茶叶"));
    }

    @Test
    void a其ThatPointsToTheSentenceBeforeIsADanglingStem() {
        String source = "全省上下要准确把握其丰富内涵、核心要义和实践要求，坚定用以统揽四川各项工作。";
        assertTrue(QuestionRules.danglingPronoun(question("会议指出，全省上下要准确把握其（ ），坚定用以统揽四川各项工作。", source)));
        assertFalse(QuestionRules.danglingPronoun(question("会议指出，要坚定用以统揽（ ）各项工作。", source)));
        String other = "要坚持以人民为中心，尤其要关心困难群众，把其他工作做好。";
        assertFalse(QuestionRules.danglingPronoun(question("会议指出，要坚持以（ ）为中心，尤其要关心困难群众。", other)));
    }

    @Test
    void aStemThatOpensWithBecomingSaysNotWhoAndBreaksARule() {
        Question q = question("会议指出，要尽快成为带动西部高质量发展的（ ）。", "坚持把成渝地区双城经济圈建设作为总牵引，尽快成为带动西部"
                + "高质量发展的甲。");
        assertTrue(new QuestionRules().violations(q).stream().anyMatch(v -> v.contains("not who")), q.toString());
    }

    private static Question question(String prompt, String source) {
        return new Question("q1", QuestionType.SINGLE_CHOICE, prompt, List.of("甲", "乙", "丙", "丁"), List.of(0),
                "原文：【甲】", new QuestionSource("doc", 1, source));
    }

    @Test
    void aWrongOptionTwoCharactersApartFromEveryOtherTellsItselfInAMultipleChoice() {
        List<String> items = List.of("用事实说话", "开门抓评估", "让群众评价");
        assertTrue(QuestionWriter.lengthsTell(items, List.of("开门搞教育", "找差距")), "找差距 beside four of five");
        assertFalse(QuestionWriter.lengthsTell(items, List.of("开门搞教育")));
        assertFalse(QuestionWriter.wrongApart(List.of("贯彻新发展理念", "服务和融入新发展格局", "促进共同富裕"),
                List.of("立足新发展阶段", "全面深化改革")), "a right option apart is no wrong one apart");
    }

    @Test
    void longWrongOptionsJoinedFromTwoMembersTellThemselves() {
        assertTrue(QuestionWriter.longOnesTell("人口吸纳和综合服务功能", List.of("科技策源和产业引领功能", "高端产业引领和开放枢纽门户功能",
                "全球资源配置和科技创新策源功能")), "the two longest both wrong, four characters above the rest");
        assertTrue(QuestionWriter.longOnesTell("经济承载和辐射带动功能", List.of("科技策源和产业引领功能", "资源配置和枢纽集散功能",
                "高端产业引领和开放枢纽门户功能")));
        assertFalse(QuestionWriter.longOnesTell("新型城镇化", List.of("信息化", "农业现代化", "新型工业化")), "a short one is a member");
        assertFalse(QuestionWriter.longOnesTell("服务和融入新发展格局", List.of("立足新发展阶段", "全面深化改革", "贯彻新发展理念")),
                "the answer longest is the report's wording");
    }
}
