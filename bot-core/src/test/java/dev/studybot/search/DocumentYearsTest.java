package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The year a document speaks from, by its id, its title, its congress or its people's congress session. */
class DocumentYearsTest {

    @Test
    void aYearInTheIdOrTitle() {
        assertEquals(OptionalInt.of(2025), DocumentYears.year("gov-work-report-2025", "2025年政府工作报告"));
        assertEquals(OptionalInt.of(2023), DocumentYears.year("sichuan-committee-2023-07-29", "省委常委会召开（扩大）会议"));
    }

    @Test
    void aCongressByItsNumber() {
        assertEquals(OptionalInt.of(2022), DocumentYears.year("cpc-congress-20", "高举中国特色社会主义伟大旗帜 (二十大)"));
        assertEquals(OptionalInt.of(1945), DocumentYears.year("cpc-congress-07", "論聯合政府 (七大)"));
        assertEquals(OptionalInt.of(1921), DocumentYears.year("x", "在中国共产党第一次全国代表大会上的报告"));
    }

    @Test
    void aPeoplesCongressSessionCountsFromItsFirstYear() {
        assertEquals(OptionalInt.of(2025), DocumentYears.year("npc-resolution-01", "第十四届全国人民代表大会第三次会议关于政府工作报告的决议"));
        assertEquals(OptionalInt.of(1961), DocumentYears.year("npc-resolution-20", "第二届全国人民代表大会第三次会议关于政府工作报告的决议"));
    }

    @Test
    void noYearWhenNothingTellsIt() {
        assertEquals(OptionalInt.empty(), DocumentYears.year("report", "关于加强学习的意见"));
        assertEquals(12, DocumentYears.numeral("十二"));
        assertEquals(20, DocumentYears.numeral("二十"));
        assertEquals(14, DocumentYears.numeral("十四"));
    }
}
