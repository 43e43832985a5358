package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A stem gives its answer away when it shows a part of it no wrong option has. */
class GiveawayTest {

    @Test
    void aStemShowingWhatOnlyTheAnswerHasGivesItAway() {
        assertTrue(Giveaway.givesAway("构筑向西开放战略高地和参与国际竞争新基地，尽快成为带动____高质量发展的重要增长极。", "西部",
                List.of("东部", "中部", "东北")));
        assertTrue(Giveaway.givesAway("深刻领悟“两个确立”的决定性意义，坚决做到“____”。", "两个维护",
                List.of("四个意识", "四个全面", "四个自信")));
    }

    @Test
    void partsTheWrongOptionsShareOrCommonWordsGiveNothingAway() {
        assertFalse(Giveaway.givesAway("加快打造具有____影响力的科技创新中心，为国家推进科技自立自强作出应有贡献。", "全国",
                List.of("全球", "国际", "区域")));
        assertFalse(Giveaway.givesAway("学习宣传贯彻重要指示精神，是当前和今后一个时期全省的____。", "重要政治任务",
                List.of("首要政治任务", "头等大事", "中心任务")));
        assertFalse(Giveaway.givesAway("深刻领悟“____”的决定性意义，坚决做到“两个维护”。", "两个确立",
                List.of("两个务必", "四个全面", "五位一体")));
    }

    @Test
    void aPairReachingIntoTheFrameTheAnswerSharesWithAWrongOptionTellsNothing() {
        // 型城 of 新型城镇化 is in 新型城乡关系, but 新型 is the frame every option of 新型… shares.
        assertFalse(Giveaway.givesAway("同时把____作为乡村振兴的重要推动力量，加快构建以城带乡、以工促农的新型城乡关系。",
                "新型城镇化", List.of("新型工业化", "信息化", "农业现代化")));
        assertTrue(Giveaway.givesAway("同时把____作为乡村振兴的重要推动力量，加快推进城镇化。",
                "新型城镇化", List.of("新型工业化", "信息化", "农业现代化")));
    }
}
