package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentMentionsTest {

    private final DocumentMentions mentions = new DocumentMentions(titles());

    private static Map<String, String> titles() {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("cpc-congress-20", "高举中国特色社会主义伟大旗帜 为全面建设社会主义现代化国家而团结奋斗 (二十大)");
        titles.put("cpc-congress-01", "广州共产党报告 (一大)");
        titles.put("cpc-congress-03", "在中国共产党第三次全国代表大会上的报告");
        titles.put("cpc-congress-09", "在中国共产党第九次全国代表大会上的报告");
        titles.put("gov-work-report-1984", "1984年国务院政府工作报告");
        titles.put("gov-work-report-2010", "2010年国务院政府工作报告");
        titles.put("gov-work-report-2024", "2024年中华人民共和国国务院政府工作报告");
        titles.put("gov-work-report-2025", "2025年中华人民共和国国务院政府工作报告");
        titles.put("npc-resolution-01", "第十四届全国人民代表大会第三次会议关于政府工作报告的决议");
        titles.put("npc-resolution-20", "第二届全国人民代表大会第三次会议关于政府工作报告的决议");
        return titles;
    }

    @Test
    void aYearAndTitleWordsNameAReportAndLeaveTheQuestion() {
        DocumentMentions.Mention mention = mentions.find("2025年政府工作报告提出的经济增长目标是多少");
        assertEquals(List.of("gov-work-report-2025"), mention.documents());
        assertFalse(mention.restQuestion().contains("2025"));
        assertFalse(mention.restQuestion().contains("政府工作报告"));
    }

    @Test
    void aQuestionAboutThePresentNamesTheNewestDocumentOnly() {
        DocumentMentions.Mention mention = mentions.find("今年gdp目标定的多少");
        assertEquals(List.of("gov-work-report-2025"), mention.documents());
        assertTrue(mention.explicit(), "only the newest document may answer for this year");
        assertEquals(" gdp目标定的多少", mention.restQuestion());
        assertEquals(List.of(), mentions.find("gdp目标定的多少").documents());
        assertEquals(List.of("gov-work-report-2024"), mentions.find("2024年政府工作报告今年的目标").documents(),
                "a named document wins over the present");
    }

    @Test
    void aYearAloneAlsoNamesTheNextYearsReportWhichReviewsIt() {
        assertEquals(List.of("gov-work-report-2024", "gov-work-report-2025"),
                mentions.find("2024年国内生产总值达到多少").documents());
        assertEquals(List.of("gov-work-report-2024"), mentions.find("2024年政府工作报告的赤字率是多少").documents(),
                "a named report is that year's");
    }

    @Test
    void aPeoplesCongressSessionIsNamedInFullOrShort() {
        assertEquals(List.of("npc-resolution-20"),
                mentions.find("第二届全国人民代表大会第三次会议关于政府工作报告的决议认为国际形势的主流是什么").documents());
        assertEquals(List.of("npc-resolution-20"), mentions.find("二届全国人大三次会议的决议说了什么").documents());
        assertEquals(List.of("npc-resolution-01"), mentions.find("十四届全国人大三次会议的决议").documents());
        assertEquals(List.of(), mentions.find("十二届全国人大三次会议的决议").documents(), "二届 inside 十二届");
    }

    @Test
    void aBracketedShortNameOrACongressNumberNamesAReport() {
        assertEquals(List.of("cpc-congress-20"), mentions.find("二十大报告中的本质要求是什么").documents());
        assertEquals(List.of("cpc-congress-09"), mentions.find("党的九大说了什么").documents());
        assertEquals(List.of("cpc-congress-01"), mentions.find("党的一大报告").documents());
    }

    @Test
    void aShortNameAfterAPersonOrAfter中共NamesTheCongress() {
        assertEquals(List.of("cpc-congress-01"), mentions.find("中共一大上通过了什么").documents());
        assertEquals(List.of("cpc-congress-01"), mentions.find("陈独秀一大报告里说了啥").documents());
        assertEquals(List.of(), mentions.find("统一大市场建设").documents());
        assertEquals(List.of(), mentions.find("三个统一大局").documents());
    }

    @Test
    void aCongressAsATimeNamesNothing() {
        assertEquals(List.of(), mentions.find("党的二十大以来总书记多少次来四川").documents());
        assertEquals(List.of(), mentions.find("二十大召开以来有哪些变化").documents());
        assertEquals(List.of("cpc-congress-20"), mentions.find("二十大召开时提出了什么").documents());
    }

    @Test
    void aCountOpeningANumberedSloganNamesNoCongress() {
        assertEquals(List.of(), mentions.find("三大保卫战是啥").documents());
        assertEquals(List.of("cpc-congress-03"), mentions.find("三大报告里党员有多少人").documents());
        assertEquals(List.of("cpc-congress-03"), mentions.find("三大讲了什么").documents());
    }

    @Test
    void shortNamesInsideOtherWordsNameNothing() {
        assertEquals(List.of(), mentions.find("构建全国统一大市场").documents());
        assertEquals(List.of(), mentions.find("中国式现代化的本质要求").documents());
    }

    @Test
    void aNameOrAYearWithTheKindOfDocumentIsExplicitABareYearIsNot() {
        assertTrue(mentions.find("2025年政府工作报告提出的经济增长目标是多少").explicit());
        assertTrue(mentions.find("二十大报告中的本质要求是什么").explicit());
        assertTrue(mentions.find("十四届全国人大三次会议的决议说了什么").explicit());
        assertFalse(mentions.find("2024年国内生产总值达到多少").explicit(), "the year may be the topic");
        assertFalse(mentions.find("中国式现代化的本质要求").explicit());
    }

    @Test
    void aShortYearNamesAReportOnlyBesideAKindOfDocumentAndNeverAsASpanOfYears() {
        DocumentMentions.Mention mention = mentions.find("84年那份政府工作报告开放了哪些城市");
        assertEquals(List.of("gov-work-report-1984"), mention.documents());
        assertFalse(mention.restQuestion().contains("84"));
        assertEquals(List.of(), mentions.find("84年开放了哪些城市").documents(), "no kind of document: no name");
        assertEquals(List.of(), mentions.find("近10年政府工作报告都提了什么").documents());
        assertEquals(List.of(), mentions.find("土地承包延长30年的报告").documents());
    }
}
