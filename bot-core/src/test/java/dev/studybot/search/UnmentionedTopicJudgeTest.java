package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link UnmentionedTopicJudge}: what was arranged about a topic no searched document writes is not answered. */
class UnmentionedTopicJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(List.of(
            new DocumentParser().parse("sichuan.txt", """
                    四川会议报告

                    要加快建设美丽四川，进一步深化川渝全方位合作，推动产业发展，落实全方位政策，由领导小组统筹。
                    """),
            new DocumentParser().parse("city.txt", """
                    城市报告

                    要加快成都地铁建设。
                    """))));
    private static final UnmentionedTopicJudge JUDGE = new UnmentionedTopicJudge(CATALOG);

    /** Whether the question, cut into these words (with these bridges), is answered in the document. */
    private static boolean answers(String asked, List<String> words, Map<String, List<String>> bridges, String doc) {
        QueryTerms terms = new QueryTerms(words, words, List.of(), bridges);
        SearchQuestion question = new SearchQuestion(asked, asked, asked, terms, SearchScope.of(List.of(doc)), Set.of(),
                false, SearchResult.NamedDocuments.NONE, Optional.empty(), List.of(), List.of());
        return JUDGE.judge(question, new Verdict(List.of(new Scored(0, 5.0, 0.8)), true)).answered();
    }

    @Test
    void aTopicWithAWordNoSearchedDocumentWritesIsNotAnswered() {
        assertFalse(answers("会议对成都地铁建设有什么部署？", List.of("会议", "成都", "地铁", "建设", "部署"), Map.of(),
                "sichuan"));
        assertTrue(answers("会议对成都地铁建设有什么部署？", List.of("会议", "成都", "地铁", "建设", "部署"), Map.of(),
                "city"), "the city's report writes 地铁");
        assertFalse(answers("总书记对川菜产业发展有什么指示？", List.of("总书记", "川菜", "产业", "发展", "指示"), Map.of(),
                "sichuan"));
    }

    @Test
    void aKindOfArrangementNoSearchedDocumentWritesIsNotAnswered() {
        assertFalse(answers("四川对产业发展有哪些奖励政策？", List.of("四川", "产业", "发展", "奖励", "政策"), Map.of(),
                "sichuan"), "奖励 of 奖励政策");
        assertTrue(answers("四川对产业发展有哪些具体要求？", List.of("四川", "产业", "发展", "具体", "要求"), Map.of(),
                "sichuan"), "具体 asks for the requirements themselves");
        assertTrue(answers("四川对川渝合作有什么全方位安排？", List.of("四川", "川渝", "合作", "全方位", "安排"), Map.of(),
                "sichuan"), "the report writes 全方位");
    }

    @Test
    void aMentionOfATopicNoSearchedDocumentWritesIsNotAnswered() {
        assertFalse(answers("会议是不是提到了成都东部新区建设？", List.of("会议", "成都", "东部", "新区", "建设"), Map.of(),
                "sichuan"));
        assertTrue(answers("会议有没有提到川渝合作？", List.of("会议", "川渝", "合作"), Map.of(), "sichuan"),
                "the report writes both");
        assertFalse(answers("会议对成都地铁建设做了哪些部署？", List.of("会议", "成都", "地铁", "建设", "部署"), Map.of(),
                "sichuan"), "做 as well as 作");
    }

    /**
     * Whether an agent leads something, whether someone attended and how something is dealt with: not answered when
     * the agent, the someone or the something holds a word the report never writes (宣传部, 省政协, 考核), answered when
     * it is written (领导小组, 产业发展), and a question on who (由谁来督导) is none of these.
     */
    @ParameterizedTest(name = "{0} answered: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            宣讲团是不是由宣传部牵头组建的？ | 宣讲 团 宣传部 牵头 组建 | false
            是不是由领导小组来统筹？ | 领导 小组 统筹 | true
            专题民主生活会由谁来督导？ | 专题 民主 生活会 督导 | true
            省政协主席是否出席了这次会议？ | 省政协 主席 出席 这次 会议 | false
            领导小组有没有参加？ | 领导 小组 参加 | true
            产业发展考核排名靠后的地方会怎么处理？ | 产业 发展 考核 排名 靠 后 地方 | false
            产业发展要怎么奖励？ | 产业 发展 奖励 | true
            成都地铁的市委书记在会上发言了吗？ | 成都 地铁 市委 书记 发言 | false
            领导小组在会上发言了吗？ | 领导 小组 发言 | true
            """)
    void anAgentAnAttendanceOrATreatmentOfWhatNoSearchedDocumentWritesIsNotAnswered(String asked, String words,
                                                                                     boolean answered) {
        assertEquals(answered, answers(asked, List.of(words.split(" ")), Map.of(), "sichuan"));
    }

    @Test
    void theParticularsOfWhatNoSearchedDocumentWritesAreNotAnswered() {
        assertFalse(answers("今年省委巡视的具体轮次安排是怎样的？",
                List.of("今年", "省委", "巡视", "具体", "轮次", "安排"), Map.of(), "sichuan"), "轮次: written nowhere");
        assertTrue(answers("产业发展具体要干嘛？", List.of("产业", "发展", "具体", "干嘛"), Map.of(), "sichuan"),
                "what to do asks no particulars");
        assertTrue(answers("具体政策是怎样的？", List.of("具体", "政策"), Map.of(), "sichuan"));
    }

    @Test
    void somethingArrangedForATopicNoSearchedDocumentWritesIsNotAnswered() {
        assertFalse(answers("会议是不是给产业发展安排了专项经费？",
                List.of("会议", "产业", "发展", "安排", "专项", "经费"), Map.of(), "sichuan"));
        assertTrue(answers("会议是不是给产业发展安排了全方位政策？",
                List.of("会议", "产业", "发展", "安排", "全方位", "政策"), Map.of(), "sichuan"));
    }

    @Test
    void aReportOfATopicNoSearchedDocumentWritesIsNotAnswered() {
        assertFalse(answers("会议有没有通报今年成都地铁事故的伤亡人数？", List.of("会议", "通报", "成都", "地铁", "事故", "伤亡", "人数"),
                Map.of(), "sichuan"), "地铁 of the topic reported");
        assertTrue(answers("会议有没有通报川渝全方位合作？", List.of("会议", "通报", "川渝", "全方位", "合作"), Map.of(),
                "sichuan"), "the report writes all three");
    }

    @Test
    void whatABodyNoSearchedDocumentNamesIsMadeOfIsNotAnswered() {
        assertFalse(answers("省里的宣讲团由哪些人组成？", List.of("省里", "宣讲团", "哪些", "组成"), Map.of(), "sichuan"),
                "宣讲团 is never named");
        assertFalse(answers("督导组的成员有哪些？", List.of("督导组", "成员"), Map.of(), "sichuan"));
        assertTrue(answers("这次产业发展领导小组由哪些人组成？", List.of("这次", "产业", "发展", "领导", "小组", "组成"),
                Map.of(), "sichuan"), "the report names 领导小组");
    }

    @Test
    void aDecisionOnATopicNoSearchedDocumentWritesIsNotAnswered() {
        assertFalse(answers("会议是不是决定召开成都地铁会议？", List.of("会议", "决定", "召开", "成都", "地铁"), Map.of(),
                "sichuan"), "地铁 of the topic decided");
        assertFalse(answers("会议是不是部署了成都地铁建设？", List.of("会议", "部署", "成都", "地铁", "建设"), Map.of(),
                "sichuan"), "地铁 of the topic arranged");
        assertTrue(answers("会议是不是部署了美丽四川建设？", List.of("会议", "部署", "美丽", "四川", "建设"), Map.of(),
                "sichuan"), "every word of the topic is written");
        assertFalse(answers("总书记这次有没有去凉山看望群众？", List.of("总书记", "这次", "凉山", "看望", "群众"), Map.of(),
                "sichuan"), "a place never written");
        assertTrue(answers("总书记有没有去四川？", List.of("总书记", "四川"), Map.of(), "sichuan"));
        assertFalse(answers("美丽四川是不是已经列入世界遗产名录？", List.of("美丽", "四川", "列入", "世界", "遗产", "名录"),
                Map.of(), "sichuan"), "名录 of the list never written");
    }

    @Test
    void aBenefitOfAKindNoSearchedDocumentWritesIsNotAnswered() {
        assertFalse(answers("产业发展能享受哪些税收优惠政策？", List.of("产业", "发展", "享受", "税收", "优惠", "政策"), Map.of(),
                "sichuan"), "税收 of 税收优惠政策");
        assertFalse(answers("群众搬迁有啥补贴？", List.of("群众", "搬迁", "补贴"), Map.of(), "sichuan"),
                "补贴, the kind itself, is never written");
        assertFalse(answers("产业发展有没有专项资金补贴？", List.of("产业", "发展", "专项", "资金", "补贴"), Map.of(), "sichuan"),
                "whether there is one");
        assertTrue(answers("川渝合作有哪些全方位政策？", List.of("川渝", "合作", "全方位", "政策"), Map.of(), "sichuan"),
                "全方位 and 政策 are written");
    }

    @Test
    void whichOnesOfAKindNoSearchedDocumentWritesIsNotAnswered() {
        assertFalse(answers("美丽四川建设的考核指标有哪些？", List.of("美丽", "四川", "建设", "考核", "指标"), Map.of(),
                "sichuan"), "考核指标, the kind before the asking");
        assertTrue(answers("川渝合作的全方位政策有哪些？", List.of("川渝", "合作", "全方位", "政策"), Map.of(), "sichuan"),
                "全方位政策 is written");
        assertTrue(answers("成都有哪些地铁线路？", List.of("成都", "地铁", "线路"), Map.of(), "sichuan"),
                "a place that has them, not the kind: other judges decide");
    }

    @Test
    void howManyOfAThingNoSearchedDocumentWritesIsNotAnswered() {
        assertFalse(answers("四川有多少个国家级科研院所？", List.of("四川", "国家级", "科研", "院所"), Map.of(), "sichuan"),
                "科研院所 is never written");
        assertTrue(answers("四川有多少个领导小组？", List.of("四川", "领导", "小组"), Map.of(), "sichuan"), "领导小组 is written");
        assertTrue(answers("哪几个地铁项目要加快？", List.of("地铁", "项目", "加快"), Map.of(), "sichuan"),
                "which ones, not how many: other judges decide");
        assertTrue(answers("这是第几个地铁项目？", List.of("地铁", "项目"), Map.of(), "sichuan"), "which in a series");
    }

    @Test
    void whereAThingNoSearchedDocumentWritesComesFromIsNotAnswered() {
        assertFalse(answers("建设美丽四川的资金从哪里来？", List.of("建设", "美丽", "四川", "资金"), Map.of(), "sichuan"),
                "资金 is never written");
        assertTrue(answers("领导小组的政策从哪里来？", List.of("领导", "小组", "政策"), Map.of(), "sichuan"), "all written");
    }

    @Test
    void localizersBridgedWordsAndOtherQuestionsAreLeftAlone() {
        assertTrue(answers("会议对川渝之间的合作提出了什么要求？", List.of("会议", "川渝", "之间", "合作", "要求"), Map.of(),
                "sichuan"), "之间 places the topic");
        assertTrue(answers("会议对搞环保有什么要求？", List.of("会议", "环保", "要求"),
                Map.of("环保", List.of("美丽四川")), "sichuan"), "环保 is bridged to the report's words");
        assertTrue(answers("成都地铁什么时候通车？", List.of("成都", "地铁", "通车"), Map.of(), "sichuan"),
                "not a question on what was arranged: other judges decide");
    }

    @Test
    void anAbstentionStaysOne() {
        String asked = "会议对川渝合作有什么部署？";
        SearchQuestion question = new SearchQuestion(asked, asked, asked, QueryTerms.EMPTY, SearchScope.ALL, Set.of(),
                false, SearchResult.NamedDocuments.NONE, Optional.empty(), List.of(), List.of());
        assertFalse(JUDGE.judge(question, new Verdict(List.of(new Scored(0, 5.0, 0.1)), false)).answered());
    }
}
