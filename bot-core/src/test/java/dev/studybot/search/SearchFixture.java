package dev.studybot.search;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;

/** A small library for ranking tests: a report in the style of the congress report and two work reports. */
final class SearchFixture {

    private SearchFixture() {
    }

    static DocumentLibrary library() {
        DocumentParser parser = new DocumentParser();
        return new DocumentLibrary(List.of(
                parser.parse("report-a.txt", """
                        团结奋斗的报告 (甲大)

                        就业是最基本的民生。强化就业优先政策，健全就业促进机制，促进高质量充分就业。

                        坚持房子是用来住的、不是用来炒的定位，加快建立多主体供给、多渠道保障、租购并举的住房制度。

                        全过程人民民主是社会主义民主政治的本质属性，是最广泛、最真实、最管用的民主。基层民主是全过程人民民主的重要体现，要健全基层党组织领导的基层群众自治机制。

                        必须牢固树立和践行绿水青山就是金山银山的理念，站在人与自然和谐共生的高度谋划发展。
                        """),
                parser.parse("gov-2024.txt", """
                        2024年政府工作报告

                        今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右。

                        赤字率拟按3%安排，赤字规模4.06万亿元。
                        """),
                parser.parse("gov-2025.txt", """
                        2025年政府工作报告

                        今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上。

                        今年赤字率拟按4%左右安排、比上年提高1个百分点，赤字规模5.66万亿元。
                        """)));
    }
}
