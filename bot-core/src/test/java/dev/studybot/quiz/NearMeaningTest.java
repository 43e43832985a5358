package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wrong options that mean nearly what the text says are told apart from real siblings. */
class NearMeaningTest {

    private static final WordSense SENSES = new WordSense();

    @Test
    void aSwapOfSynonymsInASharedFrameIsNearWhileAnotherLevelIsNot() {
        assertTrue(NearMeaning.synonymSwap("首要政治责任", "重大政治责任", SENSES));
        assertFalse(NearMeaning.synonymSwap("重大现实责任", "重大政治责任", SENSES));
        assertFalse(NearMeaning.synonymSwap("全国", "区域", SENSES), "nothing shared, nothing to compare");
    }

    @Test
    void anActionOnWhatTheSentenceAlreadyNamesRestatesIt() {
        String sentence = "各地各部门要切实加强组织领导，抓好宣传宣讲和教育培训。";
        List<String> right = List.of("加强组织领导", "深化问题研究", "加强督促检查");
        assertTrue(NearMeaning.restates("强化宣传引导", sentence, right));
        assertFalse(NearMeaning.restates("加强队伍建设", sentence, right));
        assertFalse(NearMeaning.restates("立足新发展阶段", "把贯彻新发展理念、服务和融入新发展格局贯穿全过程",
                List.of("贯彻新发展理念")), "a head the answers share is their frame");
    }
}
