package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.search.ExpectedAnswer.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        assertEquals(Optional.of(Kind.ORGANIZATION), kind("总书记在德阳考察了哪家企业？"));
        assertEquals(Optional.of(Kind.ORGANIZATION), kind("巡视巡察的牵头部门是哪个？"), "the body before its asking");
        assertEquals(Optional.of(Kind.ORGANIZATION), kind("总书记在德阳考察了哪些工厂？"), "a factory is a firm");
        assertFalse(held("总书记在德阳考察了哪些工厂？", "深入广元、德阳基层一线了解情况。"), "no firm named");
        assertEquals(Optional.of(Kind.ORGANIZATION), kind("负责单位有哪些？"));
        assertEquals(Optional.of(Kind.PLACE), kind("翠云廊位于哪个县？"));
        assertEquals(Optional.of(Kind.PLACE), kind("泥石流主要发生在哪些地区？"));
        assertEquals(Optional.of(Kind.REASON), kind("为什么这次要开扩大会议？"));
        assertEquals(Optional.of(Kind.REASON), kind("总书记为何选择去广元？"));
        assertEquals(Optional.of(Kind.DEADLINE), kind("专题民主生活会要在几月底之前开完？"), "by when, no count");
        assertEquals(Optional.of(Kind.DEADLINE), kind("会议要求各市州哪天之前上报学习情况？"));
        assertEquals(Optional.empty(), kind("学习贯彻这次指示精神是多长时期的任务？"), "a time said in words");
        assertEquals(Optional.of(Kind.AMOUNT), kind("这条河有多长？"));
        assertEquals(Optional.of(Kind.AMOUNT), kind("这次会议开了多长时间？"), "how long it took: a number");
        assertEquals(Optional.of(Kind.SPAN), kind("从广元到德阳坐高铁大概要多久？"));
        assertFalse(held("从广元到德阳坐高铁大概要多久？", "总书记这次来川是一年多时间第二次到四川视察指导。"),
                "a span of years is no trip's");
        assertTrue(held("坐高铁从成都到重庆要多长时间？", "坐高铁从成都到重庆只要一个多小时。"));
        assertEquals(Optional.empty(), kind("从严治党要坚持多久？"), "how long to go on: said in words");
        assertFalse(held("会议要求各市州哪天之前上报学习情况？", "7月29日下午，省委常委会召开（扩大）会议。"),
                "the day of the meeting is no deadline");
        assertTrue(held("会议要求各市州哪天之前上报学习情况？", "各市州要在8月15日前上报学习情况。"));
        assertTrue(held("学习材料的截止日期是哪天？", "材料报送截至8月底。"));
        assertTrue(held("控制人口增长定了什么期限？", "争取在三年内把我国人口自然增长率降到百分之一以下。"), "a span within");
        assertEquals(Optional.of(Kind.COUNT), kind("主题教育还要开展几个月？"));
        assertEquals(Optional.of(Kind.PLACE), kind("总书记这趟在四川考察走访了哪几座城市？"));
        assertEquals(Optional.of(Kind.PLACE), kind("总书记这次实地考察走了四川哪几个地市？"));
        assertEquals(Optional.of(Kind.PLACE), kind("总书记这趟去了四川哪些地方啊"));
        assertEquals(Optional.empty(), kind("要在哪些地方下功夫？"), "a figurative 地方 asks no place");
        assertEquals(Optional.of(Kind.WHO), kind("会议由谁主持？"));
        assertEquals(Optional.of(Kind.WHO), kind("向总书记汇报四川工作的是谁？"));
        assertEquals(Optional.of(Kind.YEAR), kind("十八大以来总书记来四川视察分别是哪几年？"));
        assertEquals(Optional.of(Kind.PERSON), kind("获奖人员名单有哪些？"));
        assertEquals(Optional.of(Kind.ORGANIZATION), kind("这轮被巡视单位名单有哪些？"));
        assertEquals(Optional.of(Kind.PLACE), kind("重庆哪些区县参与最多？"));
        assertEquals(Optional.of(Kind.SIGNIFICANCE), kind("为什么说这次视察分量特别重？"));
    }

    @Test
    void whoTookPartNeedsAPassageOnTakingPart() {
        assertEquals(Optional.of(Kind.PERSON), kind("这次会议有哪些省领导列席？"));
        assertFalse(held("这次会议有哪些省领导列席？", "省委书记王晓晖主持会议并讲话。"), "who chaired is not who attended");
        assertTrue(held("这次会议有哪些省领导列席？", "省领导李明、张华列席会议。"));
        assertTrue(held("会议由谁主持？", "省委书记王晓晖主持会议并讲话。"), "an act after 谁 is not looked for");
    }

    @Test
    void groupsDepartmentsAndEventTimesAreRecognised() {
        assertEquals(Optional.of(Kind.ORGANIZATION), kind("巡视巡察监督由哪几个巡视组负责？"));
        assertEquals(Optional.of(Kind.ORGANIZATION), kind("这次会议扩大到了哪些厅局的负责人？"));
        assertEquals(Optional.empty(), kind("四川为什么要把生态保护当成一项政治责任来抓？"), "why it is regarded so");
        assertTrue(held("总书记跟外国领导人会谈是啥时候", "在成都大运会开幕式前，总书记同外国元首举行双边会谈"));
    }

    @Test
    void theBodyOfTheTitleAnswersOnlyWhoConvenedItsMeeting() {
        String passage = "7月29日下午，省委常委会召开（扩大）会议，专题传达学习重要指示精神。";
        assertTrue(ExpectedAnswer.of("这次扩大会议扩大到了哪些厅局的负责人？").orElseThrow()
                .heldBy(passage, "这次扩大会议扩大到了哪些厅局的负责人？", names, body -> false));
        assertFalse(ExpectedAnswer.of("这次扩大会议扩大到了哪些厅局的负责人？").orElseThrow()
                .heldBy(passage, "这次扩大会议扩大到了哪些厅局的负责人？", names, "省委常委会"::equals));
        assertTrue(ExpectedAnswer.of("这次会议是哪个机构召开的？").orElseThrow()
                .heldBy(passage, "这次会议是哪个机构召开的？", names, "省委常委会"::equals));
    }

    @Test
    void aDistrictOrCountyIsNamedAsOne() {
        assertFalse(held("重庆哪些区县参与最多？", "进一步深化川渝全方位合作"));
        assertTrue(held("重庆哪些区县参与最多？", "重庆渝北区、荣昌区与四川广安市合作"));
        assertEquals(Optional.of(Kind.PLACE), kind("科技创新中心选址在成都哪个区？"));
        assertFalse(held("科技创新中心选址在成都哪个区？", "加快打造具有全国影响力的科技创新中心。"));
        assertTrue(held("科技创新中心选址在成都哪个区？", "科技创新中心落户成都市武侯区。"));
        assertEquals(Optional.empty(), kind("这两种说法有哪个区别？"), "区别 is no district");
    }

    @Test
    void aPlaceBeforeAnEventsNameAnswersWhereItWasHeld() {
        assertTrue(held("大运会在哪开的来着", "总书记这次来川视察并出席成都大运会有关活动。"), "成都 stands right before what is asked about");
        assertFalse(held("大运会在哪开的来着", "总书记这次来川视察并出席大运会有关活动。"));
        assertFalse(held("这次会议是在哪里开的？", "总书记这次来川视察并出席成都大运会有关活动。"),
                "成都 names where the games were, not the meeting");
    }

    @Test
    void theAskersOwnUnitsArrangementsAreNoReportsToGive() {
        String passage = "7月29日下午，省委常委会召开（扩大）会议，专题传达学习重要指示精神。";
        assertFalse(held("我们支部学习重要指示精神的研讨会定在哪天？", passage));
        assertTrue(held("省委常委会学习重要指示精神的会议是哪天开的？", passage));
        assertFalse(held("省委宣讲团什么时候来我们单位宣讲？", "及时组织党员干部开展学习研讨，抓好宣传宣讲。"));
    }

    @Test
    void aCountMayBeInMedalsOrBooks() {
        assertEquals(Optional.of(Kind.COUNT), kind("成都大运会上中国代表团一共拿了几枚金牌？"));
        assertFalse(held("成都大运会上中国代表团一共拿了几枚金牌？", "总书记这次来川视察并出席成都大运会有关活动。"));
    }

    @Test
    void whatKindOfEventSomethingWasJudgedToBeAsksItsWeight() {
        assertEquals(Optional.of(Kind.SIGNIFICANCE), kind("这次视察在四川发展历史上被定性为怎样的事件？"));
        assertEquals(Optional.of(Kind.SIGNIFICANCE), kind("会上怎么定位这次视察在四川发展史上的分量？"));
        assertTrue(held("这次视察在四川发展历史上被定性为怎样的事件？", "这次来川视察是具有里程碑意义的大事。"));
        assertFalse(held("这次视察在四川发展历史上被定性为怎样的事件？", "这次来川视察作出的重要指示视野宏阔。"));
    }

    @Test
    void peopleAskedForMayBeNamedByWhatTheyDid() {
        assertEquals(Optional.of(Kind.PERSON), kind("这次扩大会议有哪些列席人员参加？"));
        assertFalse(held("这次扩大会议有哪些列席人员参加？", "省委书记王晓晖主持会议并讲话。"), "列席 is exact");
        assertFalse(held("参加这次扩大会议的都有哪些人？", "总书记分别与来华出席开幕式的外国元首政要举行双边会谈。"),
                "attending another event");
        assertTrue(held("参加这次扩大会议的都有哪些人？", "省委委员、候补委员出席会议。"));
        assertEquals(Optional.of("主持"), ExpectedAnswer.whoAct("省委常委会这次会议由谁主持并讲话？"));
        assertEquals(Optional.of("主持"), ExpectedAnswer.whoAct("这次学习会是哪位领导牵头主持的？"));
        assertEquals(Optional.of("讲话"), ExpectedAnswer.whoAct("会上是哪位同志讲话了？"));
    }

    @Test
    void whichInstitutesAsksForOrganisations() {
        assertEquals(Optional.of(Kind.ORGANIZATION), kind("科技创新中心建设有哪些天府实验室？"));
        assertEquals(Optional.of(Kind.ORGANIZATION), kind("四川有哪几所高校参与？"));
        assertFalse(held("科技创新中心建设有哪些天府实验室？", "加快打造具有全国影响力的科技创新中心。"));
    }

    @Test
    void whyItIsSaidToWeighMuchAsksItsWeight() {
        assertEquals(Optional.of(Kind.SIGNIFICANCE), kind("为什么说这次总书记来四川是一件影响深远的事？"));
        assertEquals(Optional.empty(), kind("为什么说公正司法很重要？"), "still answered by the claim itself");
    }

    @Test
    void aPlaceInHistoryAsksItsWeight() {
        assertEquals(Optional.of(Kind.SIGNIFICANCE), kind("这次视察在四川发展史上处于什么地位？"));
        assertTrue(held("这次视察在四川发展史上处于什么地位？", "这次来川视察是具有里程碑意义的大事。"));
        assertFalse(held("这次视察在四川发展史上处于什么地位？", "要进一步从全国大局把握自身的战略地位。"));
    }

    @Test
    void whatADocumentIsCalledAsksItsTitle() {
        assertEquals(Optional.of(Kind.TITLE), kind("会议审议的第二份文件叫什么名字？"));
        assertEquals(Optional.of(Kind.TITLE), kind("那份报告的标题是什么？"));
        assertEquals(Optional.empty(), kind("报告标题说要以新担当新作为奋力谱写什么？"), "what the headline says");
        assertTrue(held("会议审议的第二份文件叫什么名字？", "会议审议通过了《中共四川省委关于推动新时代治蜀兴川再上新台阶的意见》。"));
        assertFalse(held("会议审议的第二份文件叫什么名字？", "会议审议了有关文件。"));
    }

    @Test
    void whatWasSignedAsksForAgreements() {
        assertEquals(Optional.of(Kind.AGREEMENT), kind("川渝全方位合作今年签了哪些具体项目？"));
        assertFalse(held("川渝全方位合作今年签了哪些具体项目？", "要进一步深化川渝全方位合作。"));
        assertTrue(held("川渝全方位合作今年签了哪些具体项目？", "川渝两地签署了一批合作项目。"));
    }

    @Test
    void aVenueIsAPlace() {
        assertEquals(Optional.of(Kind.PLACE), kind("成都大运会开幕式是在哪个体育场举行的？"));
        assertFalse(held("成都大运会开幕式是在哪个体育场举行的？", "在成都大运会开幕式前，总书记举行双边会谈。"),
                "成都 is named by the question");
    }

    @Test
    void aTimeAskedExactlyIsNotLeftOpen() {
        assertTrue(held("“回头看”什么时候开展？", "适时开展“回头看”。"));
        assertFalse(held("“回头看”具体会在什么时间开展？", "适时开展“回头看”。"), "适时 leaves the time open");
        assertFalse(held("巡视巡察组什么时候到各市州检查贯彻落实情况？", "作为巡视巡察监督重点，进一步强化跟踪问效，适时开展“回头看”。"),
                "适时 times the 回头看, not the inspection asked about");
        assertTrue(held("学习研讨什么时候开展？", "及时组织党员干部开展学习研讨。"));
        assertTrue(held("“回头看”具体会在什么时间开展？", "8月底前开展“回头看”。"));
    }

    @Test
    void whoIsAPersonABodyOrARoleTheQuestionDoesNotName() {
        assertTrue(held("会议由谁主持？", "省委书记王晓晖主持会议并讲话。"));
        assertTrue(held("主题教育的效果由谁来评判？", "坚持用事实说话、开门抓评估、让群众评价"));
        assertFalse(held("向总书记汇报四川工作的是谁？", "总书记专门安排时间听取四川工作情况汇报并发表重要讲话。"),
                "总书记 is in the question");
    }

    @Test
    void whyItIsSaidAndWhatItBecomesAskNoReason() {
        assertEquals(Optional.empty(), kind("为什么说公正司法很重要？"), "answered by the claim itself");
        assertEquals(Optional.empty(), kind("成渝地区双城经济圈要尽快成为什么？"), "成为 什么, not 为什么");
        assertEquals(Optional.empty(), kind("把什么作为什么来抓？"));
        assertEquals(Optional.empty(), kind("我国社会主要矛盾已经转化为什么？"));
        assertEquals(Optional.empty(), kind("会议把这一年确立为什么？"), "a 为什么 ending the question asks what");
        assertEquals(Optional.empty(), kind("学习宣传贯彻重要指示精神被定位为什么任务？"), "定位为 什么任务 asks as what");
        assertEquals(Optional.of(Kind.REASON), kind("我们单位为什么要开展学习研讨？"), "位 alone is no 定位");
    }

    @Test
    void aReasonIsStatedInWordsOfCauseOrPurpose() {
        assertTrue(held("为什么要加强督促检查？", "为了确保落地落实，要加强督促检查。"));
        assertTrue(held("这次视察为什么重要？", "对于推动主题教育走深走实，具有十分重要的意义。"));
        assertFalse(held("为什么这次要开扩大会议？", "7月29日下午，省委常委会召开（扩大）会议，专题传达学习。"));
    }

    @Test
    void aTimeOfDayIsAClockTime() {
        assertEquals(Optional.of(Kind.CLOCK), kind("这个月支部主题党日活动几点开始？"));
        assertEquals(Optional.of(Kind.CLOCK), kind("今晚国足比赛几点开始"));
        assertEquals(Optional.of(Kind.CLOCK), kind("会议几点钟召开？"));
        assertEquals(Optional.of(Kind.COUNT), kind("总书记提出了几点要求？"), "几点要求 counts points");
        assertEquals(Optional.empty(), kind("党员干部要始终做到哪几点？"), "which points, not which hour");
        assertEquals(Optional.empty(), kind("这几点要怎么落实？"));
        assertFalse(held("总书记听取汇报时一共讲了几点意见？", "专门安排时间听取四川工作情况汇报并发表重要讲话。"),
                "no count of points");
        assertTrue(held("总书记一共提出了几点要求？", "总书记提出了三点要求。"));
        assertFalse(held("主题党日活动几点开始？", "7月29日下午，省委常委会召开（扩大）会议。"), "a part of the day is no hour");
        assertFalse(held("主题党日活动几点开始？", "总书记提出了三点要求。"));
        assertTrue(held("主题党日活动几点开始？", "活动于下午3点在党员活动室开始。"));
        assertTrue(held("主题党日活动几点开始？", "活动9时30分开始。"));
        assertTrue(held("主题党日活动几点开始？", "活动15:30开始。"));
    }

    @Test
    void howMuchSomethingMattersIsWeighedNotTold() {
        assertEquals(Optional.of(Kind.SIGNIFICANCE), kind("这次视察算多大的事？"));
        assertEquals(Optional.empty(), kind("国家安全对民族复兴有什么意义？"), "what it is to something");
        assertFalse(held("这次视察算多大的事？", "总书记这次来川是一年多时间第二次到四川视察指导。"));
        assertTrue(held("这次视察算多大的事？", "总书记这次来川视察是四川改革发展进程中具有里程碑意义的大事。"));
    }

    @Test
    void booksAskedForAreNamedByTheirTitles() {
        assertEquals(Optional.of(Kind.TITLE), kind("主题教育期间党支部应该选读哪些书目？"));
        assertEquals(Optional.of(Kind.TITLE), kind("要读哪几本书？"));
        assertEquals(Optional.empty(), kind("有哪些书记参加了会议？"), "书记 is no book");
        assertEquals(Optional.of(Kind.TITLE), kind("这次省委常委会会议审议了哪两个文件？"));
        assertEquals(Optional.of(Kind.TITLE), kind("会议审议了哪几个文件？"));
        assertTrue(held("会议审议了哪几个文件？", "会议审议了《总体安排》《实施意见》。"));
        assertFalse(held("主题教育期间应该选读哪些书目？", "高质量开好领导班子专题民主生活会。"));
        assertTrue(held("主题教育期间应该选读哪些书目？", "认真学习《习近平著作选读》第一卷、第二卷。"));
    }

    @Test
    void agreementsAskedForNeedAPassageOnAgreementsOrSigning() {
        assertEquals(Optional.of(Kind.AGREEMENT), kind("川渝合作签署了哪些协议？"));
        assertEquals(Optional.of(Kind.AGREEMENT), kind("重庆又和四川签了哪些合作协议？"));
        assertFalse(held("川渝合作签署了哪些协议？", "要进一步深化川渝全方位合作，推动成渝地区双城经济圈建设。"));
        assertTrue(held("川渝合作签署了哪些协议？", "两地签署了《深化川渝合作框架协议》。"));
    }

    @Test
    void stagesAskedForNeedAPassageOnStagesOrSteps() {
        assertEquals(Optional.of(Kind.STAGE), kind("《总体安排》里把学习宣传分成了哪几个阶段？"));
        assertFalse(held("学习宣传分成了哪几个阶段？", "会议审议了《总体安排》《实施方案》。"));
        assertTrue(held("学习宣传分成了哪几个阶段？", "学习宣传分为集中宣讲、深入研讨两个阶段。"));
        assertTrue(held("改革要经过哪些步骤？", "第一步，实现翻一番；第二步，再翻一番。"));
    }

    @Test
    void aVillageOrCountyAskedForIsNamedAsOne() {
        assertFalse(held("总书记在广元视察时去了哪个村？", "深入广元、德阳基层一线"), "cities are not villages");
        assertTrue(held("翠云廊位于哪个县？", "翠云廊位于广元市剑阁县"));
    }

    @Test
    void theDocumentsSettingIsNoAnswerToWhere() {
        ExpectedAnswer where = ExpectedAnswer.of("这次会议是在哪里开的？").orElseThrow();
        String passage = "总书记对四川工作的重要指示，是新时代治蜀兴川的科学指引。";
        assertTrue(where.heldBy(passage, "这次会议是在哪里开的？", names));
        assertFalse(where.heldBy(passage, "这次会议是在哪里开的？", names, "四川"::equals));
    }

    @Test
    void openQuestionsAskForNoCheckableKind() {
        for (String question : new String[] {"老了以后谁来管养老", "监督检查的重点放在哪里？",
                "以学铸魂那几个以学是啥", "会议传达学习了什么文件精神？", "从严治党要坚持多久？", "天府粮仓是什么？"}) {
            assertEquals(Optional.empty(), kind(question), question);
        }
    }

    @Test
    void anAreaOrABodyOfAKindAskedIsChecked() {
        assertEquals(Optional.of(Kind.AMOUNT), kind("天府粮仓核心区的规划面积有多大？"));
        assertFalse(held("天府粮仓核心区的规划面积有多大？", "打造新时代更高水平的“天府粮仓”。"));
        assertEquals(Optional.of(Kind.ORGANIZATION), kind("主题教育的群众评估由哪家第三方机构负责？"));
    }

    @Test
    void howLongOrHowOftenIsASpan() {
        assertEquals(Optional.of(Kind.SPAN), kind("巡视巡察一般多久开展一次？"));
        assertEquals(Optional.of(Kind.SPAN), kind("第一批主题教育还剩多长时间？"));
        assertEquals(Optional.of(Kind.COUNT), kind("总书记最近多长时间里来了四川几次？"), "the count asked comes first");
        assertFalse(held("巡视巡察一般多久开展一次？", "作为巡视巡察监督重点，适时开展“回头看”。"), "适时 is no span");
        assertTrue(held("主题教育还剩多久啊", "做好第一批主题教育最后一个多月的工作"));
        assertEquals(Optional.of(Kind.SPAN), kind("这是总书记多长时间里第二次来四川？"), "within how long, the second time");
        assertTrue(held("这是总书记多长时间里第二次来四川？", "总书记这次来川是一年多时间第二次到四川视察指导"));
        assertTrue(held("主题教育还有多久结束？", "主题教育为期两个小时。"), "hours are a span");
        assertEquals(Optional.of(Kind.AMOUNT), kind("这次会议开了多长时间？"), "how long it lasted: any amount");
    }

    @Test
    void howManyPeopleOfAKindIsACountOfPeople() {
        assertEquals(Optional.of(new ExpectedAnswer(Kind.COUNT, "人")), ExpectedAnswer.of("这次查处了多少干部？"));
        assertEquals(Optional.of(new ExpectedAnswer(Kind.COUNT, "人")), ExpectedAnswer.of("有几名党员参加了研讨？"));
        assertFalse(held("整治形式主义、官僚主义这次查处了多少干部？", "做好第一批主题教育最后一个多月的工作，持续用力解决形式主义"),
                "a month is no count of people");
        assertTrue(held("这次查处了多少干部？", "全省共查处违纪干部312人。"));
        assertTrue(held("这次查处了多少干部？", "共有56名干部被查处。"));
    }

    @Test
    void aPassageMustHoldAnAnswerOfTheKindAsked() {
        assertTrue(held("会议是哪天召开的？", "7月29日下午，省委常委会召开（扩大）会议。"));
        assertFalse(held("第一批主题教育具体哪一天结束？", "做好第一批主题教育最后一个多月的工作"),
                "a span is not a date");
        assertTrue(held("党的十八大以来总书记多少次来四川？", "党的十八大以来多次亲临四川视察指导。"));
        assertFalse(held("党的十八大以来总书记一共来四川视察过几次？", "党的十八大以来多次亲临四川视察指导。"),
                "a total asked for wants a number, not 多次");
        assertTrue(held("党的十八大以来总书记一共来四川视察过几次？", "党的十八大以来先后十多次亲临四川视察指导。"));
        assertFalse(held("党的十八大以来总书记一共来四川视察过几次？", "总书记这次来川是一年多时间第二次到四川视察指导"),
                "an ordinal places one visit, it does not total them");
        assertEquals(Optional.of(Kind.AMOUNT), kind("参加学习研讨的党员干部党费按什么比例交纳？"),
                "a share asked for wants a number");
        assertFalse(held("参加学习研讨的党员干部党费按什么比例交纳？", "及时组织党员干部开展学习研讨。"));
        assertFalse(held("川渝合作中重庆方面由哪位领导牵头？", "坚持把成渝地区双城经济圈建设作为总牵引。"),
                "成渝 before 地区 is two places' short names, no person");
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
        assertFalse(held("大运会开幕式是在哪个体育场举行的？", "在成都大运会开幕式前，总书记与外国元首举行双边会谈"),
                "a venue asked for: the city is no answer");
        assertTrue(held("大运会开幕式是在哪个体育场举行的？", "开幕式在东安湖体育公园主体育场举行"));
        assertFalse(held("省委十二届三次全会是什么时候召开的？", "全面落实省委十二届三次全会决策部署"));
        assertFalse(held("总书记在成都同哪几个国家的元首举行了双边会谈？",
                "在成都大运会开幕式前，总书记与外国元首政要举行双边会谈，提出富有中国特色的新理念"),
                "the city asked about and our own country are no answer");
    }

    @Test
    void aPlaceInASeriesIsAnOrdinalNotACount() {
        assertEquals(Optional.of(Kind.ORDINAL), kind("总书记这回来四川是近期第几次了？"));
        assertTrue(held("总书记这回来四川是近期第几次了？", "总书记这次来川是一年多时间第二次到四川视察指导"));
        assertTrue(held("要全面落实省委第几届几次全会的决策部署？", "全面落实省委十二届三次全会决策部署"),
                "a term is numbered without 第");
        assertFalse(held("要全面落实省委第几届几次全会的决策部署？", "全面落实省委全会决策部署"));
        assertFalse(held("总书记这回来四川是近期第几次了？", "党的十八大以来多次亲临四川视察指导"),
                "多次 counts the visits, it does not place this one");
    }

    @Test
    void howLongIsASpanNotAnAmount() {
        assertEquals(Optional.of(Kind.SPAN), kind("总书记距离上一回到咱们省来过了多长时间？"));
        assertEquals(Optional.of(Kind.SPAN), kind("总书记距离上次来四川隔了多久？"));
        assertEquals(Optional.empty(), kind("从严治党要坚持多久？"), "how long to go on: said in words");
        assertTrue(held("总书记距离上次来四川隔了多久？", "总书记这次来川是一年多时间第二次到四川视察指导"));
        assertFalse(held("总书记距离上次来四川隔了多久？", "党的十八大以来多次亲临四川视察指导"), "a count is no span");
        assertEquals(Optional.of(Kind.AMOUNT), kind("翠云廊有多长？"));
    }

    @Test
    void whereToRunIsAPlace() {
        assertEquals(Optional.of(Kind.PLACE), kind("泥石流来了人该往哪跑？"));
        assertEquals(Optional.of(Kind.PLACE), kind("泥石流来了应该往哪个方向跑？"));
        assertFalse(held("泥石流来了人该往哪跑？", "系统提升地震、水灾、火灾、旱灾、泥石流等方面防灾减灾救灾能力"));
    }

    @Test
    void whereSomethingIsWrittenDownIsNoPlace() {
        assertEquals(Optional.of(Kind.PLACE), kind("会后他们去了哪里？"));
        assertTrue(kind("指示精神落得怎么样要记到哪里去跟踪？").filter(Kind.PLACE::equals).isEmpty(),
                "a ledger, not a place");
        assertTrue(kind("这些任务要纳入到哪里？").filter(Kind.PLACE::equals).isEmpty());
    }

    @Test
    void aNumberOpeningAQuotedFormulationCountsNothing() {
        assertFalse(held("成都大运会一共有多少个国家参赛？", "深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”"));
        assertTrue(held("成都大运会一共有多少个国家参赛？", "共有一百一十三个国家和地区参赛"));
    }

    @Test
    void aPersonTheQuestionNamesIsNoAnswerToWhoElse() {
        assertFalse(held("除了王晓晖，会上还有哪位省领导作了发言？", "省委书记王晓晖主持会议并讲话。"));
    }

    @Test
    void theSubjectsRoleInTheTitleIsNoAnswerToWho() {
        ExpectedAnswer who = ExpectedAnswer.of("听取汇报时是由谁来汇报的？").orElseThrow();
        String passage = "专门安排时间听取四川工作情况汇报，总书记发表重要讲话。";
        assertTrue(who.heldBy(passage, "听取汇报时是由谁来汇报的？", names));
        assertFalse(who.heldBy(passage, "听取汇报时是由谁来汇报的？", names, "总书记"::equals),
                "书记 of 总书记, as the title says it");
        assertTrue(who.heldBy("省委书记主持会议。", "会议由谁主持？", names, "总书记"::equals));
    }

    @Test
    void aCityOrProvinceAskedForIsAnyPlace() {
        assertEquals(Optional.of(Kind.PLACE), kind("总书记这趟到四川考察走访了哪几个市？"));
        assertEquals(Optional.of(Kind.PLACE), kind("这次去了哪个省？"));
        assertEquals(Optional.empty(), kind("哪个市委书记发了言？"), "a city's committee is no place");
        assertTrue(held("总书记这趟到四川考察走访了哪几个市？", "深入广元、德阳基层一线"));
    }

    @Test
    void howImportantIsNoWeight() {
        assertEquals(Optional.of(Kind.SIGNIFICANCE), kind("这次考察对四川发展有多重要？"), "多重要 is not 多重");
        assertEquals(Optional.of(Kind.AMOUNT), kind("这件青铜器有多重？"));
    }

    @Test
    void aStandardAskedForNeedsAPassageOnAStandard() {
        assertEquals(Optional.of(Kind.STANDARD), kind("党费应该按什么标准交纳？"));
        assertFalse(held("党费应该按什么标准交纳？", "高质量开好基层党组织组织生活会。"));
        assertTrue(held("蓝天碧水净土保卫战要按什么标准来打？", "以更高标准打好蓝天、碧水、净土保卫战。"));
    }

    @Test
    void anIndefiniteOneIsNoAmountButASpanIs() {
        assertFalse(held("四川今年下达了多少乡村振兴衔接资金？", "一步一个脚印把宏伟蓝图变成美好现实。"));
        assertTrue(held("第一批主题教育还剩多长时间？", "做好第一批主题教育最后一个多月的工作。"));
        assertTrue(held("四川今年下达了多少乡村振兴衔接资金？", "下达衔接资金120亿元。"));
    }

    @Test
    void aSiteIsNamedByWhatWasDoneThere() {
        assertTrue(held("总书记在广元、德阳去了哪些地方考察？", "深入广元、德阳基层一线，在翠云廊对保护自然遗产殷殷嘱托。"));
        assertFalse(held("总书记在广元、德阳去了哪些地方考察？", "深入广元、德阳基层一线了解情况。"),
                "the places the question names answer nothing");
    }

    @Test
    void peopleAskedForMayBeNamedByTheirRole() {
        assertTrue(held("总书记在大运会开幕式前和哪些人举行了双边会谈？", "总书记分别与外国元首政要举行双边会谈。"));
        assertFalse(held("和总书记举行双边会谈的外国元首都有谁？", "总书记分别与外国元首政要举行双边会谈。"),
                "a question naming the role asks for names");
        assertFalse(held("出席开幕式的外国元首具体有哪几位？", "总书记分别与外国元首政要举行双边会谈。"));
    }

    @Test
    void sittingInIsExactAndEveryActOfTakingPartCounts() {
        assertEquals(Optional.of(Kind.PERSON), kind("参加这次扩大会议的列席人员有哪些？"));
        assertFalse(held("参加这次扩大会议的列席人员有哪些？", "总书记出席开幕式并与外国元首政要举行双边会谈。"),
                "出席 is no sitting in");
        assertFalse(held("参加这次扩大会议的列席人员有哪些？", "提出一系列新主张，推动四川参与国际竞争，王五陪同。"),
                "列 of 一系列 and 参 of 参与 are no taking part");
        assertTrue(held("参加这次扩大会议的列席人员有哪些？", "省领导李明、张华列席会议。"));
    }

    @Test
    void daysAheadAreACountAndAMeetingIsAskedByItsNumber() {
        assertEquals(Optional.of(Kind.COUNT), kind("组织生活会要提前几天向上级党委报备？"));
        assertEquals(Optional.empty(), kind("前几天开的会说了什么？"), "前几天 is a time past");
        assertEquals(Optional.of(Kind.OCCASION), kind("“治蜀兴川”这个提法最早是在哪次省党代会上提出的？"));
        assertFalse(held("“治蜀兴川”这个提法最早是在哪次省党代会上提出的？", "不断完善治蜀兴川的思路举措。"));
        assertTrue(held("这个提法是在哪次全会上提出的？", "省委十二届三次全会提出了这一部署。"));
        assertEquals(Optional.of(Kind.ORDINAL), kind("总书记这是第几回来四川了"), "a place in a series, not a meeting");
    }

    @Test
    void whyAChoiceWasMadeWantsACauseNotWhatTheEventMeans() {
        String meaning = "总书记这次来川视察并出席成都大运会有关活动是四川改革发展进程中具有里程碑意义的大事。";
        assertTrue(held("为什么这次要开扩大会议？", "这次会议具有十分重要的意义。"), "why it must be done: what it means");
        assertFalse(held("为什么总书记选在大运会期间来四川？", meaning));
        assertFalse(held("总书记为什么选在7月来四川视察？", meaning));
        assertTrue(held("总书记为什么选在7月来四川视察？", "之所以选在7月，是因为大运会在成都开幕。"));
    }

    /** Whether the passage answers the question in a document whose setting is 四川. */
    private boolean heldInSichuan(String question, String passage) {
        return ExpectedAnswer.of(question).orElseThrow().heldBy(passage, question, names, "四川"::equals);
    }

    @Test
    void citiesAskedForInThePluralWantMoreThanOne() {
        String cities = "总书记这趟在四川考察走访了哪几座城市？";
        assertFalse(heldInSichuan(cities, "总书记来到成都，出席大运会开幕式。"), "one city, where several are asked for");
        assertTrue(heldInSichuan(cities, "总书记深入广元、德阳基层一线。"));
        assertTrue(heldInSichuan("总书记在广元、德阳去了哪些地方考察？", "深入广元、德阳基层一线，在翠云廊对保护自然遗产殷殷嘱托。"),
                "the question names the places: one site there may be all there is");
        assertTrue(heldInSichuan("这次会议是在哪里开的？", "总书记来到成都，出席大运会开幕式。"), "one place answers where");
    }

    @Test
    void aTimeAskedForExactlyIsNotAVagueTimeWord() {
        String passage = "要加强督促检查，适时开展“回头看”。";
        assertTrue(held("回头看啥时候搞", passage), "适时 times the act asked");
        assertFalse(held("“回头看”具体安排在什么时候？", passage), "具体: a date, not 适时");
        assertFalse(held("专题民主生活会要在几月底之前开完？", "做好第一批主题教育最后一个多月的工作。"));
        assertTrue(held("专题民主生活会要在几月底之前开完？", "专题民主生活会要在8月底前召开。"));
    }

    @Test
    void aTimeFixedIsNotLeftOpen() {
        String passage = "作为巡视巡察监督重点，进一步强化跟踪问效，适时开展“回头看”。";
        assertEquals(Optional.of(Kind.TIME), kind("巡视巡察“回头看”定在什么时候开展？"));
        assertFalse(held("巡视巡察“回头看”定在什么时候开展？", passage), "定在: a fixed time, not 适时");
        assertTrue(held("“回头看”啥时候搞？", passage));
    }

    @ParameterizedTest(name = "{0} held by {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            这次会议是不是在成都锦江宾馆开的？ | 在成都大运会开幕式前，总书记分别与外国元首政要举行双边会谈。 | false
            这次会议是不是在成都锦江宾馆开的？ | 会议在锦江宾馆礼堂召开。 | true
            总书记这回到四川考察走了哪两个市？ | 总书记这次来川视察并出席成都大运会有关活动是四川的大事。 | false
            总书记这回到四川考察走了哪两个市？ | 总书记深入广元、德阳基层一线。 | true
            """)
    void aVenueNamedOrTwoCitiesAskedForAreHeldOnlyByPlacesOfThatKind(String question, String passage, boolean held) {
        assertEquals(Optional.of(Kind.PLACE), kind(question));
        assertEquals(held, heldInSichuan(question, passage));
    }

    @Test
    void aCityAskedYesOrNoAsksNoVenue() {
        assertEquals(Optional.empty(), kind("这次会议是不是在成都开的？"));
    }

    @Test
    void whatSomethingIsRatedAsOrHowMuchItWeighsIsNoReasonNorAnAmount() {
        assertEquals(Optional.empty(), kind("学习贯彻总书记指示被定性为什么任务？"), "定性为 什么任务 asks as what");
        assertEquals(Optional.of(Kind.SIGNIFICANCE), kind("这次来川视察在四川发展史上分量有多重？"));
        assertEquals(Optional.of(Kind.AMOUNT), kind("这件青铜器有多重？"));
    }

    @Test
    void wherePeopleComeFromNeedsAPassageSayingIt() {
        assertEquals(Optional.of(Kind.ORIGIN), kind("王晓晖是不是四川本地人？"));
        assertEquals(Optional.of(Kind.ORIGIN), kind("王晓晖是哪里人？"));
        assertEquals(Optional.of(Kind.ORIGIN), kind("王晓晖的老家在哪？"));
        assertFalse(held("王晓晖是不是四川本地人？", "省委书记王晓晖主持会议并讲话。"), "a name, not an origin");
        assertTrue(held("王晓晖是哪里人？", "王晓晖，男，汉族，1962年出生，籍贯安徽。"));
    }

    @Test
    void peopleAskedForInThePluralAreNotOneName() {
        String spoke = "会议上有哪些省领导作了发言？";
        assertEquals(Optional.of(Kind.PERSON), kind(spoke));
        assertEquals(Optional.of(Kind.PERSON), kind("这次会议上有哪些常委作了发言？"));
        assertFalse(heldInSichuan(spoke, "省委书记王晓晖主持会议并讲话。"), "one name for 哪些");
        assertTrue(heldInSichuan(spoke, "省委书记王晓晖、省长黄强先后发言。"));
        assertFalse(heldInSichuan(spoke, "省委书记王晓晖在会上发言。"));
        assertTrue(heldInSichuan("哪位省领导在会上发言？", "省委书记王晓晖在会上发言。"), "哪位: one answers");
    }

    @Test
    void headsOfStateAskedForAreNotNamedByTheirRole() {
        String heads = "总书记和哪些外国元首举行了双边会谈？";
        assertEquals(Optional.of(Kind.PERSON), kind(heads));
        assertFalse(heldInSichuan(heads, "总书记分别与来华出席开幕式并访问的外国元首政要举行双边会谈。"));
    }

    @Test
    void someonesOwnWordsNeedAPassageQuotingThem() {
        String quote = "总书记在三星堆说的原话是什么？";
        assertEquals(Optional.of(Kind.QUOTE), kind(quote));
        assertEquals(Optional.empty(), kind("报告原文是怎么说的？"), "the document's own wording");
        assertFalse(held(quote, "总书记在三星堆对坚定文化自信、传承中华文明念兹在兹。"), "reported in other words");
        assertTrue(held(quote, "总书记在三星堆指出：“三星堆遗址考古成果丰硕。”"));
        assertFalse(held(quote, "是习近平新时代中国特色社会主义思想“四川篇”的最新发展。"), "a quoted name, not speech");
    }

    @Test
    void whomSomeoneTalkedWithAsksForPeople() {
        String talked = "总书记在德阳视察时和谁座谈了？";
        assertEquals(Optional.of(Kind.PERSON), kind(talked));
        assertEquals(Optional.of(Kind.PERSON), kind("总书记在德阳和哪些基层干部群众交流了？"));
        assertEquals(Optional.empty(), kind("总书记重要指示精神要和哪些内容一体学习领会？"), "not a conversation");
        assertFalse(heldInSichuan(talked, "总书记深入广元、德阳基层一线了解情况。"), "only the one who talked");
        assertTrue(heldInSichuan("大运会开幕前总书记跟哪些人会谈了？",
                "在成都大运会开幕式前，总书记分别与来华出席开幕式并访问的外国元首政要举行双边会谈。"),
                "people by role");
        assertFalse(heldInSichuan("总书记在德阳和哪些基层干部群众交流了？", "总书记深入德阳基层一线，看望干部群众。"),
                "the people the question names by role are not their names");
    }

    @Test
    void whichMediaAsksForOutletsByName() {
        assertEquals(Optional.of(Kind.ORGANIZATION), kind("有哪些外国媒体报道了这次来川视察？"));
        assertFalse(heldInSichuan("有哪些外国媒体报道了这次来川视察？",
                "习近平总书记这次来川视察作出的重要指示，视野宏阔、思想深邃。"));
    }

    @Test
    void withinHowLongSomethingHappenedForTheNthTimeIsASpan() {
        assertEquals(Optional.of(Kind.SPAN), kind("总书记这是多长时间里第二回来四川？"), "第二回 is 第二次");
        assertTrue(held("总书记这是多长时间里第二回来四川？", "总书记这次来川是一年多时间第二次到四川视察指导。"));
    }
}
