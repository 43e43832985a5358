package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Documents are named in stems by a short name that is never cut mid-word. */
class ShortTitleTest {

    @Test
    void aTitleIsShortenedToItsOwnShortNameOrItsMeeting() {
        assertEquals("省委常委会召开（扩大）会议",
                ShortTitle.of("省委常委会召开（扩大）会议专题传达学习习近平总书记来川视察重要指示精神"));
        assertEquals("二十大报告", ShortTitle.of("高举中国特色社会主义伟大旗帜 为全面建设社会主义现代化国家而团结奋斗 (二十大)"));
        assertEquals("2025年政府工作报告", ShortTitle.of("2025年中华人民共和国国务院政府工作报告"));
        assertEquals("第十三届全国人民代表大会第四次会议决议",
                ShortTitle.of("第十三届全国人民代表大会第四次会议关于政府工作报告的决议"));
        assertEquals("农业农村工作要点", ShortTitle.of("农业农村工作要点"));
    }
}
