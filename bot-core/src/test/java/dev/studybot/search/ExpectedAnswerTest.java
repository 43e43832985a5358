package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.search.ExpectedAnswer.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which questions ask for a checkable kind of answer, and which passages hold one. */
class ExpectedAnswerTest {

    private final NamedEntities names = new NamedEntities();

    private static Optional<Kind> kind(String question) {
        return ExpectedAnswer.of(question).map(ExpectedAnswer::kind);
    }

    private boolean held(String question, String passage) {
        return ExpectedAnswer.of(question).orElseThrow().heldBy(passage, question, names);
    }

    @Test
    void questionsAskingForAKindOfFactAreRecognised() {
        assertEquals(Optional.of(Kind.YEAR), kind("三星堆遗址是哪一年发现的？"));
        assertEquals(Optional.of(Kind.DATE), kind("会议是哪天召开的？"));
        assertEquals(Optional.of(Kind.COUNT), kind("党的十八大以来总书记多少次来四川？"));
        assertEquals(Optional.of(Kind.COUNT), kind("三星堆一共出土了多少件文物？"));
        assertEquals(Optional.of(Kind.AMOUNT), kind("四川去年的gdp是多少？"));
        assertEquals(Optional.of(Kind.PERSON), kind("出席开幕式的外国元首具体有哪几位？"));
        assertEquals(Optional.of(Kind.PLACE), kind("这次会议是在哪里开的？"));
        assertEquals(Optional.of(Kind.PLACE), kind("总书记这回去了哪几个地方啊"));
        assertEquals(Optional.of(Kind.TIME), kind("回头看啥时候搞"));
        assertEquals(Optional.of(Kind.COUNT), kind("今年以来四川发生了几起重特大安全生产事故？"));
        assertEquals(Optional.of(Kind.AMOUNT), kind("成都大运会给四川带来了多少经济效益？"));
        assertEquals(Optional.of(Kind.COUNTRY), kind("总书记同哪几个国家的元首举行了双边会谈？"));
        assertEquals(Optional.of(Kind.ORGANIZATION), kind("回头看由哪个部门牵头负责？"));
    }

    @Test
    void openQuestionsAskForNoCheckableKind() {
        for (String question : new String[] {"会议由谁主持？", "监督检查的重点放在哪里？",
                "以学铸魂那几个以学是啥", "会议审议了哪几个文件？", "从严治党要坚持多久？", "天府粮仓是什么？"}) {
            assertEquals(Optional.empty(), kind(question), question);
        }
    }

    @Test
    void aPassageMustHoldAnAnswerOfTheKindAsked() {
        assertTrue(held("会议是哪天召开的？", "7月29日下午，省委常委会召开（扩大）会议。"));
        assertFalse(held("第一批主题教育具体哪一天结束？", "做好第一批主题教育最后一个多月的工作"),
                "a span is not a date");
        assertTrue(held("党的十八大以来总书记多少次来四川？", "党的十八大以来多次亲临四川视察指导。"));
        assertFalse(held("成都大运会一共有多少个国家和地区参赛？", "多次介绍四川情况、多次肯定四川工作。"),
                "times are not countries");
        assertTrue(held("现在党员有多少人", "党员九千六百多万名"), "people are counted in 人, 名 or 位");
        assertTrue(held("2022年四川省地区生产总值是多少？", "地区生产总值达到5.67万亿元"));
        assertTrue(held("过境免签境内停留时间延长至多少小时？", "过境免签停留时间由144小时延长至240小时"));
        assertTrue(held("收回香港后那些特别安排能维持多少年？", "保持香港现行的社会、经济制度五十年不变"));
        assertFalse(held("三星堆遗址是哪一年发现的？", "在三星堆对坚定文化自信、传承中华文明念兹在兹"));
        assertTrue(held("哪位省领导主持会议？", "省委书记王晓晖主持会议并讲话。"));
        assertFalse(held("外国元首具体有哪几位？", "总书记分别与外国元首政要举行双边会谈"));
        assertTrue(held("总书记这回去了哪几个地方啊", "深入广元、德阳基层一线了解四川贯彻党的二十大精神"));
        assertFalse(held("这次会议是在哪里开的？", "7月29日下午，省委常委会召开（扩大）会议"),
                "no place named");
        assertTrue(held("回头看啥时候搞", "进一步强化跟踪问效，适时开展“回头看”"), "a report's own time words");
        assertFalse(held("省委十二届三次全会是什么时候召开的？", "全面落实省委十二届三次全会决策部署"));
        assertFalse(held("总书记在成都同哪几个国家的元首举行了双边会谈？",
                "在成都大运会开幕式前，总书记与外国元首政要举行双边会谈，提出富有中国特色的新理念"),
                "the city asked about and our own country are no answer");
    }
}
