package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicFactsTest {

    private static final List<String> SENTENCES = List.of(
            "会议指出，要深刻领会把握总书记关于在推进乡村振兴上全面发力的重要要求，大力实施乡村振兴战略，更好扛起粮食、生猪、油料等重要农产品稳产保供责任，把农业大省这块金字招牌擦得更亮。",
            "要深刻领会把握总书记关于在建设现代化产业体系上精准发力的重要要求，着力构建以实体经济为支撑的现代化产业体系。",
            "会议指出，要深刻领会把握总书记关于统筹发展和安全的重要要求，树牢底线思维、增强忧患意识，积极稳妥化解重点领域风险隐患，扎实抓好安全生产工作。",
            "要深刻领会把握总书记关于主题教育的重要要求，持续用力解决形式主义、官僚主义突出问题。",
            "要加强督促检查，适时开展“回头看”。");
    private static final List<String> SPEAKERS = List.of("会议指出", "会议指出", "会议指出", "会议指出", "会议指出");

    @Test
    void aMeasureIsAskedUnderItsTopicWithTheReportsOtherTopicsAsWrongOptions() {
        Map<Integer, Fact> facts = TopicFacts.find(SENTENCES, SPEAKERS, Set.of("粮食、生猪、油料"));
        Fact farming = facts.get(0);
        assertEquals("推进乡村振兴", farming.answer(SENTENCES.get(0)), "the field a 发力 is said of");
        assertEquals(FactKind.TOPIC, farming.kind());
        assertEquals("会议就总书记关于（ ）的重要要求提出，要把农业大省这块金字招牌擦得更亮。",
                farming.question(), "the longest measure holding no other fact's answer (粮食、生猪、油料)");
        assertEquals(List.of("建设现代化产业体系", "统筹发展和安全", "主题教育"), farming.wrong(), "the nearest first");
        assertEquals("会议就总书记关于（ ）的重要要求提出，要积极稳妥化解重点领域风险隐患。",
                facts.get(2).question(), "扎实抓好安全生产工作 would point to 统筹发展和安全 by 安全");
        assertFalse(facts.containsKey(1), "every measure of the sentence repeats its topic's words");
        assertFalse(facts.containsKey(4), "no topic");
    }

    @Test
    void fewerThanFourTopicsMakeNoQuestion() {
        assertTrue(TopicFacts.find(SENTENCES.subList(0, 3), SPEAKERS.subList(0, 3), Set.of()).isEmpty());
    }
}
