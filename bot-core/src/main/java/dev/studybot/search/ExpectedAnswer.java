package dev.studybot.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The kind of answer a question asks for, when it is a kind a passage can be checked for: a year (哪一年), a
 * deadline (哪天之前上报), a day (哪天), a time of day (几点开始), a time (什么时候), how long since something (隔了
 * 多久), a place in a series (第几次), a count (多少次, 几个, 提前几天), an amount (是多少, 百分之几), people by name or by role (哪几位, 和哪些人,
 * 列席人员有哪些), who did something (由谁), a place (在哪里开, 哪个县, 哪几个市, 往哪跑), other countries (哪几个国家),
 * an organisation (哪个部门, 哪家企业, 哪几个巡视组), a reason (为什么), how much something matters (算多大的事, 有多重要),
 * books or documents by title (哪些书目, 哪两份文件), agreements (签了哪些协议), stages (分成哪几个阶段), a standard
 * (按什么标准), a meeting by its number (哪次党代会) or where someone comes from (是哪里人). A passage that holds
 * nothing of that kind does not answer the question, however close its words are: "三星堆遗址是哪一年发现的" is not
 * answered by a sentence about 三星堆 that names no year. This is the expected-answer-type check of classic question
 * answering.
 *
 * <p>Open questions (什么, 怎样, 谁) and spans (多久) name no kind: a report answers them with words (永远在路上,
 * 群众), which no pattern could tell apart from a miss. A time is held in a date, a year or the words a report says
 * it in (适时, 当前和今后一个时期).
 *
 * @param kind the kind of answer
 * @param unit for a count, the measure word asked for (次, 个, 人, …); for a place, the kind of place below a city
 *             asked for (村, 县, …); for a reason, 选 when why a choice was made is asked; for a span, 行程 when how
 *             long a trip takes is asked; empty otherwise
 */
public record ExpectedAnswer(Kind kind, String unit) {

    /** The kinds of answer that can be checked. */
    public enum Kind {
        YEAR, DEADLINE, DATE, CLOCK, TIME, SPAN, ORDINAL, COUNT, AMOUNT, PERSON, WHO, PLACE, COUNTRY, ORGANIZATION,
        REASON, SIGNIFICANCE, TITLE, AGREEMENT, STAGE, STANDARD, OCCASION, ORIGIN, QUOTE
    }

    /** A numeral, in digits or Chinese, or the vague ones (几, 多, 数, 半) a report uses. */
    private static final String NUMERAL = "[0-9一二两三四五六七八九十百千万亿几多数半〇零]";
    /** A numeral that says how many: not 几, 多 or 数 (多次 says only that there were several). */
    private static final String EXACT_NUMERAL = "[0-9一二两三四五六七八九十百千万亿半〇零]";
    /** Measure words a count is asked in: 多少次, 几个, 多少亩, 几起, 多少小时, 多少年. */
    /** The places below a city a question may ask for by their kind: 哪个村, 哪个县, 哪个区. */
    /** 区县 (and 县区) asks for either: a district or a county. */
    private static final String PLACE_UNITS = "区县|县区|市州|区(?![域别])|村|县|镇|乡|街道|社区";
    /** Venues a question may ask for (哪个体育场): answered by a venue, not by the city it is in. */
    private static final String VENUES = "会场|场馆|体育场|体育馆|礼堂|宾馆|酒店|会议室";
    /** Words that name a venue: 主体育场, 国际会议中心, 人民大礼堂. */
    private static final Pattern VENUE_WORDS = Pattern.compile(VENUES + "|体育中心|会议中心|会展中心|体育公园|广场|大厅");
    private static final String MEASURES = "小时|分钟|公里|公顷|平方米|个|次|位|名|人|家|项|条|所|座|批|届|处|种|类|国|亩|件|棵|只"
            + "|头|台|辆|吨|元|岁|倍|起|场|轮|期|篇|部|份|天|周|年|月|字|枚|块|张|颗|本|把|支|趟"
            // points of a speech (讲了几点意见), once a time of day (几点开始) is ruled out
            + "|点";

    /** 哪一年, and which years several events fell in (分别是哪几年, 哪些年份). */
    private static final Pattern ASKS_YEAR = Pattern.compile("哪一年|哪年|何年|哪个年份|什么年份|几几年|哪几年|哪些年份|哪些年(?!来|间)");
    /**
     * By when something is due (哪天之前上报, 什么时候以前完成, 截止日期): answered by a deadline, not by the day something
     * else happened (7月29日下午, the day of the meeting).
     */
    private static final Pattern ASKS_DEADLINE = Pattern.compile(
            "(?:哪天|哪一天|几月几[日号]|几号|什么时候|啥时候|何时|什么时间|几月(?:底|初)?)(?:之前|以前|前)"
                    + "|截止(?:日期|时间|到)|最晚(?:哪天|什么时候|啥时候)|(?:什么|啥)(?:期限|时限)");
    /** Which day or month: 哪天, 几月几日, 几月底 (which month, where 几个月 counts months). */
    private static final Pattern ASKS_DATE = Pattern.compile(
            "哪天|哪一天|哪几天|几月几[日号]|几号|什么日子|哪个月|几月份|几月(?:底|初|中旬|上旬|下旬)");
    /**
     * A time of day (几点开始, 几点钟): answered by a clock time. Not 几点要求 or 几点体会, which count points; 几点 with
     * no noun after it, or with a verb of starting, meeting or arriving, asks the hour; 哪几点 and 这几点 ask which
     * points (始终做到哪几点).
     */
    private static final Pattern ASKS_CLOCK = Pattern.compile(
            "(?<![哪这那])几点(?:钟|半|整|左右|开始|结束|开|举行|召开|到|出发|集合|见|进场|入场|截止|[？?。！!]|$)|几时几分|什么时间点|几点几分");
    private static final Pattern ASKS_TIME = Pattern.compile("什么时候|啥时候|何时|什么时间|哪个时候");
    /** 第几次, 第几批: the place in a series, answered by an ordinal (第二次), not by a count (多次). */
    private static final Pattern ASKS_ORDINAL = Pattern.compile("第几");
    /**
     * Where someone comes from (王晓晖是哪里人, 是不是四川本地人, 老家在哪): answered by a passage that says where
     * someone was born or comes from, not by one that only names them.
     */
    private static final Pattern ASKS_ORIGIN = Pattern.compile(
            "(?:哪里|哪儿|什么地方|哪个地方的?)人|(?:本地|当地|土生土长的?)人|籍贯|祖籍|老家"
                    + "|出生(?:地|在哪|于哪)|在哪(?:里|儿)?出生");
    /**
     * Someone's own words (总书记在三星堆说的原话是什么): answered by a passage that quotes what was said, not by one
     * that reports it in its own words (殷殷嘱托). Not 原文: 报告原文是怎么说的 asks the document's wording.
     */
    private static final Pattern ASKS_QUOTE = Pattern.compile("原话|原句|讲话原文");
    /** A direct quotation of what was said: 指出：“…, 说“…. */
    private static final Pattern QUOTED_SPEECH = Pattern.compile("(?:说|讲|指出|强调|表示|要求|嘱托|叮嘱)[：:，,]?“");
    /** What says where someone comes from: 籍贯, 出生, 生于, 祖籍, 老家, 人氏. */
    private static final Pattern ORIGIN_WORDS = Pattern.compile("籍贯|祖籍|老家|出生|生于|人氏|土生土长");
    /** Which meeting or congress (最早是在哪次省党代会上提出的, 哪一届): answered by one named by its number. */
    private static final Pattern ASKS_OCCASION = Pattern.compile("哪一?次(?=[^，,。？?]{0,6}会)|哪一?届");
    /** A congress or session named by its number: 第二次全会, 十八大, 十二届三次全会. */
    private static final Pattern OCCASION = Pattern.compile(
            "第[一二三四五六七八九十]+次|[一二三四五六七八九十]+(?:大|届)");
    /**
     * 多少次, 几个, 多少亩, 提前几天…, but not 哪几个 / 这几个 / 近几年 / 前几天 / 第几次, which ask which ones, when or which
     * in a series.
     */
    private static final Pattern ASKS_COUNT = Pattern.compile(
            "(?<![哪那这近后最第])(?<![^提]前)(?<!^前)(?:多少|几)(" + MEASURES + ")");
    /**
     * How many people of a kind (查处了多少干部, 有几名党员参加), with or without a measure word: a count of people, in 人,
     * 名 or 位, not any number the passage holds (一个多月).
     */
    private static final Pattern ASKS_HEADCOUNT = Pattern.compile(
            "(?<![哪那这近后最第])(?:多少|几)(?:名|位|个)?(?=干部|党员|群众|人员|代表|官员|职工|学生|农民|工人|同志|领导)");
    /** The unit a count of people is given in ({@link #sameUnits} adds 名 and 位). */
    private static final String PEOPLE = "人";
    /**
     * A count asked as a total or exactly (一共来过几次, 具体多少次): answered by a number, not by a vague 多次, which
     * answers a plain 多少次, nor by an ordinal (第二次 places one visit, it does not total them).
     */
    private static final Pattern ASKS_TOTAL = Pattern.compile("一共|总共|共计|合计|累计|具体|到底|总计");
    /**
     * Any other 多少 (多少经济效益, 是多少) or a share asks for a number; not how long a period (是多长时期的任务), which a
     * report says in words (当前和今后一个时期), unlike how long something took (开了多长时间).
     */
    private static final Pattern ASKS_AMOUNT = Pattern.compile(
            "多少|百分之几|几成|几倍|多大比例|(?:什么|怎样的?|啥|哪个)比例|多高|多长(?!远|时期)"
                    // not how much something weighs in a history (分量有多重): its significance
                    + "|(?<!分量|分量有)多重(?![要视大])|多远|多大面积|(?:面积|规模)(?:有|是)?多大"
                    + "|(?:哪些|什么|具体)(?:具体的?)?(?:数值|数字|数据)");
    /**
     * How long since something (距离上次…多长时间, 隔了多久) asks for a span: a number of years, months, weeks or days
     * (一年多时间, 一个多月), not an amount with another unit, nor a count of times (多次).
     */
    private static final Pattern ASKS_SPAN_SINCE = Pattern.compile(
            "(?:距|隔|离)[^，,。；;？?]*(?:多长时间|多久|多少年|几年|多少天|几天|几个月)");
    /**
     * How often something comes (多久开展一次), how long is left (还剩多久) or within how long something happened for
     * the n-th time (多长时间里第二次, 第二回): a span, as above, where any number would not do. Not how long to go on
     * (从严治党要坚持多久), said in words, nor how long something lasted (会议开了多长时间), which a span of something
     * else (一年多时间) would seem to answer.
     */
    private static final Pattern ASKS_SPAN = Pattern.compile("多(?:久|长时间)[\\p{IsHan}]{0,4}?一次|还(?:剩|有|要)多(?:久|长时间)"
            + "|多(?:久|长时间)(?:里|内|之内|以来)[\\p{IsHan}]{0,6}?第[一二两三四五六七八九十][次回趟]");
    /**
     * How long a trip takes (从广元到德阳坐高铁要多久, 开车过去要多长时间): a span of hours, minutes or days, which a
     * span of years (一年多时间) does not give.
     */
    private static final Pattern ASKS_TRIP = Pattern.compile(
            "(?:从|由)\\p{IsHan}{2,6}(?:到|至|去)[^，,。；;？?]{0,12}?(?:多久|多长时间)"
                    + "|(?:坐|乘|搭|开车|自驾|高铁|动车|火车|飞机|大巴)[^，,。；;？?]{0,6}?(?:多久|多长时间)");
    /** The unit of a trip's span ({@link #ASKS_TRIP}). */
    private static final String TRIP = "行程";
    /** A trip's span: 两个小时, 40分钟, 一天. */
    private static final Pattern TRIP_SPAN = Pattern.compile(
            "(?:[0-9]+|[一二两三四五六七八九十半几多]+)多?(?:个多?小时|小时|分钟|天)");
    /** A span of time: 一年多, 一个多月, 两周, 3天, 两个小时. */
    private static final Pattern SPAN = Pattern.compile(
            "(?:[0-9]+|[一二两三四五六七八九十半几多]+)多?(?:个多月|个月|年|周|星期|天|个?小时|分钟)");
    /** People by name, and a list of names (名单) that is not of units or firms. */
    private static final Pattern ASKS_PEOPLE = Pattern.compile(
            "哪几位|哪位|哪些人|哪几个人|都有谁|(?<!文件|意见|决定|报告|通知|方案|书|的)叫什么名字|姓名"
                    + "|(?<!单位|企业|部门|机构|公司)名单"
                    + "|哪(?:些|几位)(?:省|市|县)?[\\p{IsHan}]{0,2}?(?:领导|同志|负责同志|人员|嘉宾|元首|政要|常委)"
                    // 列席人员有哪些, 参会的领导都有哪些
                    + "|(?:人员|领导|同志|嘉宾)(?:都|还)?有哪些"
                    // whom someone talked with (在德阳视察时和谁座谈了, 和哪些基层干部群众交流了)
                    + "|(?:和|与|同|跟)(?:谁|哪些|哪几位|哪位)\\p{IsHan}{0,6}?"
                    + "(?:座谈|交谈|交流|谈话|谈心|会谈|会见|见面|握手|合影)");
    /** People asked for in the plural: 哪些, 哪几位, 都有谁. */
    private static final Pattern SEVERAL_PEOPLE = Pattern.compile("哪些|哪几|都有谁");
    /** A question that asks for people by name (哪位, 姓名, 名单), which a passage naming them by role does not answer. */
    private static final Pattern ASKS_NAMES = Pattern.compile("哪几位|哪位|叫什么名字|姓名|名单");
    /** People named by their role (外国元首政要, 专家学者): they answer a question on who took part (和哪些人会谈). */
    private static final Pattern PEOPLE_BY_ROLE = Pattern.compile(
            "元首|政要|领导人|嘉宾|代表|专家|学者|企业家|群众|干部|党员|委员|负责同志");
    /**
     * Whether something was held at a venue the question names (是不是在成都锦江宾馆开的, 在人民大会堂举行的吗): asks a
     * venue, answered only by a passage that names one, not by one naming the city.
     */
    private static final Pattern ASKS_VENUE_HELD = Pattern.compile(
            "在\\p{IsHan}{0,8}?(" + VENUES + ")(?:开|召开|举行|举办)");
    /**
     * Where an event took place or where someone went: 在哪里开, 在什么地方举行, 哪个城市, 去了哪些地方, 哪个体育场.
     * Not a bare 哪里, which reports use figuratively ("重点放在哪里").
     */
    private static final Pattern ASKS_PLACE = Pattern.compile(
            "在(?:哪里|哪儿|哪|什么地方|何地|何处)(?:开|召开|举行|举办|进行)|哪个城市|哪座城市|哪些城市"
                    // cities and places someone went to (走了四川哪几个地市, 去了四川哪些地方)
                    + "|哪(?:几座|几个|两座|两个|三座|三个|俩|仨)(?:城市|地市)|哪些地市"
                    + "|(?:去|到|走|考察|走访|视察)了?[^，,。？?]{0,4}?哪(?:些|几个|几处)地方"
                    // not where something is written down or put (记到哪里, 纳入到哪里: a ledger, a plan)
                    + "|(?<![记写放存登录收归])(?<!纳入|列入|写入|记入|录入|编入)(?:去|到|来)了?(?:哪里|哪儿|哪些地方|哪几个地方|什么地方)"
                    + "|往(?:哪里|哪儿|哪个方向|哪个地方|哪)(?:跑|去|走|躲|撤|逃)"
                    + "|哪(?:个|些|几个|一个)(" + PLACE_UNITS + "|" + VENUES + "|地区|地点)"
                    // a city or a province, whose names reports write without 市 or 省 (广元、德阳): any place
                    + "|哪(?:个|些|几个|一个|两个|三个|俩|仨)(?:市|省|州)(?![委政长级])");
    /**
     * Who did something, asked outright (是谁, 由谁, 谁主持): a person, a body or a role answers (王晓晖, 群众, 省委).
     * Not a colloquial 谁来管 ("老了以后谁来管养老"), which asks how something is taken care of.
     */
    private static final Pattern ASKS_WHO = Pattern.compile("是谁|由谁|谁(?:主持|讲|负责|牵头|召开|召集|作|提出|发表)");
    /** Cities or places asked for in the plural: 哪几座城市, 哪些地方, 哪几个地市. */
    private static final Pattern SEVERAL_PLACES = Pattern.compile(
            "(?:哪几|哪些|哪两|哪三|哪俩|哪仨)(?:个|座|处)?(?:城市|地市|市州|市|地方)");
    /**
     * The act a who-question asks the doer of, at the end of a clause or before another (谁主持的呀, 由谁主持并讲话,
     * 哪位领导牵头主持的).
     */
    private static final Pattern WHO_ACT = Pattern.compile(
            "(?:由谁|谁|哪位[\\p{IsHan}]{0,6}?)来?(?![是的在呀啊呢吗])([\\p{IsHan}]{2})"
                    + "(?=[的了过着？?。！!吗呢啊呀，,并和与]|$)");
    /** Taking part in a meeting, which the people a question asks for did (哪些省领导列席, 参加会议的都有哪些人). */
    private static final String SITTING_IN = "列席";
    private static final Pattern ATTENDING = Pattern.compile("列席|出席|陪同|到会|参会|参加|发言");
    /** The events a question may ask who attended, by their last word. */
    private static final List<String> EVENTS = List.of("会议", "大会", "全会", "开幕式", "仪式");
    /** Attending an event, as a question asks it and a passage says it. */
    private static final String ATTEND = "(?:出席|参加|列席|参会|到会)";
    /** A meeting or an event a question asks who attended (参加这次扩大会议的都有哪些人): the event's last word. */
    private static final Pattern ATTENDED_EVENT = Pattern.compile(ATTEND + "(?:了|过)?(?:这次|本次|此次|这个|那次|这场)?"
            + "\\p{IsHan}{0,4}(" + String.join("|", EVENTS) + ")");
    /** For each event, a passage's attending it: 出席开幕式, 列席会议. */
    private static final Map<String, Pattern> ATTENDING_EVENT = EVENTS.stream().collect(Collectors.toUnmodifiableMap(
            event -> event, event -> Pattern.compile(ATTEND + "[^，,。；;]{0,8}?" + event)));
    /** People, bodies and roles a passage may name as who did something. */
    private static final Pattern WHO_WORDS = Pattern.compile("群众|人民|干部|党员|领导|班子|党组织|党委|政府|部门|单位|机关"
            + "|委员会|常委|省委|市委|县委|书记|主席|总理|省长|市长|县长|专家|学者|企业|居民|代表|各地");
    /**
     * The asker's own unit (我们支部, 咱们单位, 我们村): when, where or by whom it does something (研讨会定在哪天, 宣讲团
     * 什么时候来我们单位) is its own arrangement, which no report gives.
     */
    private static final Pattern OWN_UNIT = Pattern.compile(
            "(?:我们|咱们|我|咱)(?:的)?(?:单位|支部|党支部|村|社区|学校|公司|科室|处室|部门|班级|小组|街道|这里|这儿|这边)");
    /** The kinds of answer a unit's own arrangements would give. */
    private static final Set<Kind> LOCAL_ARRANGEMENTS = EnumSet.of(Kind.DEADLINE, Kind.DATE, Kind.TIME, Kind.CLOCK,
            Kind.PLACE, Kind.PERSON, Kind.WHO);
    /** Convening a meeting, which the body of a report's title did. */
    private static final Pattern CONVENED = Pattern.compile("召开|主持|举行|召集|举办|组织召开");
    private static final Pattern ASKS_COUNTRY = Pattern.compile("哪些国家|哪几个国家|哪个国家|哪国");
    private static final Pattern ASKS_ORGANIZATION = Pattern.compile(
            "哪个部门|哪些部门|哪个单位|哪些单位|哪个机构|哪家单位|哪(?:家|个|些|几家|几个)(?:企业|公司|工厂|厂家|厂子|厂)"
                    // the body asked before its asking (巡视巡察的牵头部门是哪个, 负责单位有哪些)
                    + "|(?:部门|单位|机构)(?:是|为|有)哪(?:个|些|家|几个|几家)"
                    // a kind of body before the noun (哪家第三方机构)
                    + "|哪(?:家|个|些)[\\p{IsHan}]{1,3}?(?:机构|单位|公司)"
                    // which media (哪些外国媒体报道了): outlets by name
                    + "|哪(?:家|个|些|几家)[\\p{IsHan}]{0,3}?(?:媒体|报社|电视台|报纸|网站)"
                    // a list of units or firms by name (被巡视单位名单), which groups or departments (哪几个巡视组, 哪些厅局)
                    + "|(?:单位|企业|部门|机构|公司)名单|哪(?:几个|些|个)[\\p{IsHan}]{0,2}(?<!小)组|哪(?:些|几个|个)厅局"
                    // which institutes by name (有哪些天府实验室, 哪几所高校)
                    + "|哪(?:些|几个|几所|个|所|家)[\\p{IsHan}]{0,4}(?:实验室|研究院|研究所|高校|大学|医院)");
    /**
     * Why something happened or was done: 为什么, 为何. Not 为什么说, which asks why a claim holds and is answered by
     * the claim itself ("为什么说公正司法很重要" → 公正司法是维护社会公平正义的最后一道防线); nor 成为什么, 转化为什么,
     * where 为 belongs to the word before (定位为什么任务 asks as what), nor a 为什么 that ends the question
     * (…已经转化为什么？), which asks what.
     */
    private static final Pattern ASKS_REASON = Pattern.compile(
            "(?<![成作认以称视因行改变转分列定评选更较极最尤化誉])"
                    + "(?<!定位|定性|界定|概括|归纳|总结|表述|描述|比喻|命名|确立|设立)"
                    + "(?:为什么|为何|为啥)(?![说？?。！!]|$)"
                    + "(?![^，,。？?]*(?:称作|称为|叫作|叫做|看作|视为|说成|定位为|当成|当作))|什么原因|原因是什么|何故");

    /**
     * How much something matters (算多大的事, 有多重要): answered by a passage that weighs it (意义, 里程碑, 历史性,
     * 划时代, 分量), not by one that only tells of it. Not 有什么意义, which asks what it means for something and is
     * answered by what it is to it (国家安全是民族复兴的根基).
     */
    private static final Pattern ASKS_SIGNIFICANCE = Pattern.compile(
            "多大的?(?:事|意义|分量)|有多重要|多么重要|分量(?:特别|很|非常|极|最|这么|那么|如此|有多)?重"
                    // why it is called a milestone (为何把这趟视察称作…划时代的事情): what weighs it answers
                    + "|(?:称作|称为|叫作|叫做|看作|视为|说成)[^，,。？?]{0,14}(?:划时代|里程碑|历史性|大事)"
                    // why it is said to weigh much (为什么说…是一件影响深远的事): what weighs it answers
                    + "|(?:为什么|为何|为啥)说[^，,。？?]{0,16}(?:影响深远|深远影响|意义重大|重大意义|大事)"
                    // its place in a history (在四川发展史上处于什么地位): what weighs it answers
                    + "|(?:史上|历史上|进程中)[^，,。？?]{0,6}(?:处于|占有|占据|具有)(?:什么|怎样|何种)(?:样的)?(?:地位|位置)"
                    // its weight in a history (在四川发展史上的分量)
                    + "|(?:史上|历史上|进程中)的?分量"
                    // what kind of event it was judged to be (被定性为怎样的事件): what weighs it answers
                    + "|(?:定性为|定性成|定位为|称为|看作|视为)(?:一[件个次场])?(?:怎样|什么样|什么|何种|哪种)的?(?:事件|大事|事情)");
    /** What weighs how much something matters. */
    private static final Pattern SIGNIFICANCE_WORDS = Pattern.compile("意义|里程碑|历史性|划时代|分量|影响深远");

    /** Which books or documents (哪些书目, 哪几本书, 哪两个文件): answered by their titles, which a report puts in 《》. */
    private static final Pattern ASKS_TITLE = Pattern.compile(
            "(?:哪[些几本部两二三四五个]{0,3}|什么)(?:书目|书籍|著作|读物|篇目|书(?![记面信法画写店院城号馆]))"
                    // which documents (审议了哪两个文件): a report names them by their titles too; not 什么文件,
                    // which may ask what a meeting studied (重要指示精神)
                    + "|哪(?:[几两二三四五]个|些|几份|[两二三四五]份)文件"
                    // what a document is called (第二份文件叫什么名字, 那个意见的全称是什么); not what its headline
                    // says (报告标题说要奋力谱写什么), which the headline answers in its own words
                    + "|(?:文件|意见|决定|报告|通知|方案)的?(?:叫什么|名字|名称|全称|(?:标题|题目)(?=是|叫|为|[？?]|$))");

    /**
     * Which agreements were signed, or what (签了哪些合作协议, 签了哪些具体项目): answered by a passage that speaks of
     * agreements or signing.
     */
    private static final Pattern ASKS_AGREEMENT = Pattern.compile(
            "(?:哪[些几个项份]{1,2}|什么)(?:合作)?(?:协议|协定|合同|备忘录)"
                    // what was signed (今年签了哪些具体项目)
                    + "|签(?:了|署了|订了|约了)(?:哪些|哪几|什么|啥)");
    /** What speaks of an agreement or its signing. */
    private static final Pattern AGREEMENT_WORDS = Pattern.compile("协议|协定|合同|备忘录|签署|签订|签约");

    /** Which stages a task is cut into (分成了哪几个阶段): answered by a passage that speaks of stages or steps. */
    private static final Pattern ASKS_STAGE = Pattern.compile("(?:哪[些几个]{1,2}|几个|什么)(?:阶段|步骤)");
    /** What speaks of stages: 阶段, 步骤, 第一步, 环节. */
    private static final Pattern STAGE_WORDS = Pattern.compile("阶段|步骤|第[一二三四五六七八九十]+步|环节");

    /**
     * By what standard something is to be done (按什么标准交纳, 有哪些标准): answered by a passage that speaks of a
     * standard (以更高标准打好…保卫战), not by one that only names the thing.
     */
    private static final Pattern ASKS_STANDARD = Pattern.compile("(?:什么|哪些|哪个|啥|何种)标准");
    /** What speaks of a standard. */
    private static final Pattern STANDARD_WORDS = Pattern.compile("标准|规定|规范");

    /** The question patterns in the order they are tried: the more specific first. */
    private static final List<Map.Entry<Kind, Pattern>> QUESTIONS = List.of(Map.entry(Kind.YEAR, ASKS_YEAR),
            Map.entry(Kind.DEADLINE, ASKS_DEADLINE), Map.entry(Kind.DATE, ASKS_DATE), Map.entry(Kind.CLOCK, ASKS_CLOCK),
            Map.entry(Kind.ORDINAL, ASKS_ORDINAL),
            // a count before a time: 要写多少字、什么时候交 needs the count, which a report's 及时 does not give
            Map.entry(Kind.COUNT, ASKS_HEADCOUNT), Map.entry(Kind.COUNT, ASKS_COUNT), Map.entry(Kind.SPAN, ASKS_SPAN),
            Map.entry(Kind.TIME, ASKS_TIME),
            Map.entry(Kind.AMOUNT, ASKS_AMOUNT), Map.entry(Kind.PERSON, ASKS_PEOPLE), Map.entry(Kind.WHO, ASKS_WHO),
            Map.entry(Kind.COUNTRY, ASKS_COUNTRY),
            Map.entry(Kind.PLACE, ASKS_VENUE_HELD), Map.entry(Kind.PLACE, ASKS_PLACE),
            Map.entry(Kind.ORGANIZATION, ASKS_ORGANIZATION),
            Map.entry(Kind.REASON, ASKS_REASON),
            Map.entry(Kind.SIGNIFICANCE, ASKS_SIGNIFICANCE), Map.entry(Kind.TITLE, ASKS_TITLE),
            Map.entry(Kind.AGREEMENT, ASKS_AGREEMENT), Map.entry(Kind.STAGE, ASKS_STAGE),
            Map.entry(Kind.STANDARD, ASKS_STANDARD), Map.entry(Kind.OCCASION, ASKS_OCCASION),
            Map.entry(Kind.ORIGIN, ASKS_ORIGIN), Map.entry(Kind.QUOTE, ASKS_QUOTE));

    private static final Pattern YEAR = Pattern.compile(
            "(?:1[89]|20)[0-9]{2}年|" + NUMERAL + "+年前|去年|今年|明年|前年|当年");
    /** A month or a day of the calendar: exact numerals only (一个多月 is a span, not a date). */
    private static final String CALENDAR = "[0-9一二三四五六七八九十〇零]";
    private static final Pattern DATE = Pattern.compile(
            CALENDAR + "+月(?:" + CALENDAR + "+[日号])?|" + CALENDAR + "+[日号][上下]午|今天|明天|昨天|当天");
    /**
     * A deadline: a date or the end of a period before 前 (8月15日前, 年底之前), a span to do it within (三年内, 两个月
     * 之内), a year to reach (到2035年), or 截至, 最迟, 限期.
     */
    private static final Pattern DEADLINE = Pattern.compile("(?:" + DATE.pattern() + "|底)(?:之前|以前|前)"
            + "|" + NUMERAL + "+个?(?:年|月|周|星期|天|日)(?:之)?内|[年月]内|到(?:19|20)[0-9]{2}年"
            + "|截[至止]|最迟|最晚|限期|期限|时限");
    /**
     * A clock time: 15:30, 三点半, 9时30分, or an hour after a part of the day (下午3点); a bare numeral with 点 is no
     * hour (三点要求).
     */
    private static final Pattern CLOCK = Pattern.compile(
            "[0-9]{1,2}[:：][0-9]{2}|[0-9一二两三四五六七八九十]{1,3}(?:点|时)(?:[0-9一二三四五六七八九十]{1,3}分|半|整|钟)"
                    + "|(?:凌晨|早上|上午|中午|下午|傍晚|晚上)[0-9一二两三四五六七八九十]{1,3}(?:点|时)");
    /** When, in the words a report uses for it besides dates: 适时开展, 当前和今后一个时期, 十八大以来. */
    private static final Pattern TIME_WORDS = Pattern.compile(
            "适时|及时|尽快|当前|目前|今后|近期|年底|年内|年初|月底|月初|以来|之前|之后|期间|前夕|届时|上午|下午|晚上|时期|阶段"
                    // before or after an event (在成都大运会开幕式前)
                    + "|(?:开幕式|闭幕式|开幕|闭幕|会)[前后]");
    /** A question that asks for a time exactly: 具体什么时候, 具体时间, 具体在哪天, 具体安排在什么时候. */
    private static final Pattern EXACT_TIME = Pattern.compile(
            "具体(?:会|要|将)?(?:安排|定|放)?(?:在)?(?:什么时|啥时|何时|哪天|时间|日期)"
            // a time fixed (定在什么时候开展): 适时 leaves it open
            + "|定(?:在|于)(?:什么时|啥时|何时|哪天|哪一天)");
    /** How far after a vague time word the act it times is looked for. */
    private static final int TIMED_REACH = 10;
    /** When, in words that leave the time open: 适时开展, 及时组织, 尽快, 近期, 届时. */
    private static final Pattern VAGUE_TIME = Pattern.compile("适时|及时|尽快|近期|届时|今后|当前|目前");
    /** A place in a series: 第二次, 第一批, 第3届, and a term numbered without 第 (十二届三次全会). */
    private static final Pattern ORDINAL = Pattern.compile(
            "第(?:[0-9]+|[一二两三四五六七八九十百]+)|(?:[0-9]+|[一二三四五六七八九十百]+)届");
    private static final Pattern AMOUNT = Pattern.compile(
            NUMERAL + "+(?:\\.[0-9]+)?\\s*(?:%|‰|万|亿|元|人|名|个|倍|吨|公里|平方|千|百|米|公顷|亩|项|家|所|座|件|起)"
                    + "|百分之" + NUMERAL);
    /**
     * 一个 (a, one), 多个, 数个, 几个: no amount (一步一个脚印 says nothing of how much), unless a span follows
     * (一个多月, 一个季度).
     */
    private static final Pattern VAGUE = Pattern.compile("[一多数几]个(?!多|月|年|星期|小时|钟头|季度|周)");
    /** A choice of a time, a place or a way (选在7月, 选择广元, 定在成都): why it was made is asked ({@link #CHOSEN}). */
    private static final Pattern CHOICE = Pattern.compile("选在|选择|选定|挑选|挑在|定在|安排在|选了?[\\p{IsHan}]{1,4}来");
    /** The unit of a question on why a choice was made. */
    private static final String CHOSEN = "选";
    /**
     * Causes proper: why a time or a place was chosen is not told by what the event means (具有十分重要的意义), the
     * way why something must be done may be.
     */
    private static final Pattern CAUSE_WORDS = Pattern.compile("因为|由于|之所以|原因|缘于|鉴于|考虑到|为了|旨在");
    /** A reason or a purpose, in the words that state one: 因为, 由于, 为了, 旨在, 意义在于. */
    private static final Pattern REASON_WORDS = Pattern.compile(
            "因为|由于|为了|所以|因此|因而|旨在|目的|原因|之所以|在于|缘于|鉴于|基于|意义|为此|从而|以便");
    /** Other countries' names ({@code search/countries.txt}): a question asking which countries wants one. */
    private static final List<String> COUNTRIES = WordLists.lines("/search/countries.txt");

    /** The kind a folded question asks for, if it asks for a checkable one. */
    public static Optional<ExpectedAnswer> of(String foldedQuestion) {
        if (ASKS_SPAN_SINCE.matcher(foldedQuestion).find()) {
            return Optional.of(new ExpectedAnswer(Kind.SPAN, ""));
        }
        if (ASKS_TRIP.matcher(foldedQuestion).find()) {
            return Optional.of(new ExpectedAnswer(Kind.SPAN, TRIP));
        }
        for (Map.Entry<Kind, Pattern> question : QUESTIONS) {
            Matcher matcher = question.getValue().matcher(foldedQuestion);
            if (matcher.find()) {
                String unit = switch (question.getKey()) {
                    case COUNT -> question.getValue() == ASKS_HEADCOUNT ? PEOPLE : matcher.group(1);
                    case PLACE -> matcher.group(1) != null
                            && (matcher.group(1).matches(PLACE_UNITS) || matcher.group(1).matches(VENUES))
                            ? matcher.group(1) : "";
                    case REASON -> CHOICE.matcher(foldedQuestion).find() ? CHOSEN : "";
                    default -> "";
                };
                return Optional.of(new ExpectedAnswer(question.getKey(), unit));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a folded passage holds an answer of this kind to the question.
     *
     * @param names the named entities a recogniser finds in a text
     */
    public boolean heldBy(String foldedPassage, String foldedQuestion, NamedEntities names) {
        return heldBy(foldedPassage, foldedQuestion, names, place -> false);
    }

    /**
     * Whether a folded passage holds an answer of this kind to the question, where the places and people of the
     * document's setting (named in its title or much of it: 四川 in a Sichuan report) answer no question of where
     * or who.
     *
     * @param names   the named entities a recogniser finds in a text
     * @param setting whether a place or a person is the document's setting
     */
    public boolean heldBy(String foldedPassage, String foldedQuestion, NamedEntities names,
                          Predicate<String> setting) {
        return heldBy(foldedPassage, foldedQuestion, names, setting, foldedPassage::contains);
    }

    /**
     * Whether a folded passage holds an answer of this kind to the question (see above), where the taking part a
     * question on people names must be spoken of in the passage: {@code spokenOf} tells whether it holds a word or
     * one of its synonyms (参会 in 出席).
     */
    public boolean heldBy(String foldedPassage, String foldedQuestion, NamedEntities names,
                          Predicate<String> setting, Predicate<String> spokenOf) {
        if (LOCAL_ARRANGEMENTS.contains(kind) && OWN_UNIT.matcher(foldedQuestion).find()) {
            return false;
        }
        return switch (kind) {
            case YEAR -> YEAR.matcher(foldedPassage).find();
            case DEADLINE -> DEADLINE.matcher(foldedPassage).find();
            case DATE -> DATE.matcher(foldedPassage).find();
            case CLOCK -> CLOCK.matcher(foldedPassage).find();
            case SPAN -> (unit.equals(TRIP) ? TRIP_SPAN : SPAN).matcher(foldedPassage).find();
            case TIME -> DATE.matcher(foldedPassage).find() || YEAR.matcher(foldedPassage).find()
                    || timeWordHeld(foldedPassage, foldedQuestion);
            case COUNT -> Pattern.compile((ASKS_TOTAL.matcher(foldedQuestion).find()
                            ? "(?<!第|" + EXACT_NUMERAL + ")" + EXACT_NUMERAL + "+多?"
                            : "(?:[0-9]+|" + NUMERAL + "+|多)") + "(?:" + sameUnits(unit) + ")")
                    .matcher(foldedPassage).results().anyMatch(count -> !quoted(foldedPassage, count.start()));
            case ORDINAL -> ORDINAL.matcher(foldedPassage).find();
            case AMOUNT -> AMOUNT.matcher(foldedPassage).results()
                    .anyMatch(amount -> !quoted(foldedPassage, amount.start()) && !vague(foldedPassage, amount));
            // The people of the document's title (习近平 in a report on his visit) are its subject, not an answer;
            // nor is a person the question names ("除了王晓晖，还有哪位领导发言" asks for someone else).
            // People asked in the plural (哪些省领导作了发言) are not answered by one name (王晓晖主持会议并讲话).
            case PERSON -> speaksOfTheAct(foldedPassage, foldedQuestion, spokenOf)
                    && (othersNamed(foldedPassage, foldedQuestion, names, setting)
                            >= (SEVERAL_PEOPLE.matcher(foldedQuestion).find() ? 2 : 1)
                    || peopleByRoleAnswer(foldedPassage, foldedQuestion));
            // A role word is the subject's when it stands as in the title (书记 of 总书记 in a report on his visit).
            case WHO -> speaksOfTheAct(foldedPassage, foldedQuestion, spokenOf)
                    && (namesSomeoneElse(foldedPassage, foldedQuestion, names, setting)
                    || !names.organizations(foldedPassage).isEmpty()
                    || WHO_WORDS.matcher(foldedPassage).results()
                            .anyMatch(word -> !foldedQuestion.contains(word.group())
                                    && (word.start() == 0 || !setting.test(
                                            foldedPassage.substring(word.start() - 1, word.end())))));
            // A place the question does not name already: "在哪里开的" is not answered by the place it asks about.
            // A village or a county asked for is a name ending in 村 or 县 (剑阁县), not a city.
            // So is one right before what the question asks about (成都 of 成都大运会 for 大运会在哪开的), looked for
            // (segmenting the passage again) only when no other place answers.
            case PLACE -> {
                if (unit.matches(VENUES)) {
                    yield VENUE_WORDS.matcher(foldedPassage).find();
                }
                Predicate<String> answers = place -> !foldedQuestion.contains(place) && !setting.test(place)
                        && (unit.isEmpty() || endsInUnit(place, unit));
                // Which cities or places someone went to (哪几座城市, 去了四川哪些地方) asks for more than one: a passage
                // naming one place in passing (成都 of 成都大运会) does not list them. Not when the question names places
                // itself (在广元、德阳去了哪些地方): it asks for the sites there, one of which may be all there is.
                long wanted = SEVERAL_PLACES.matcher(foldedQuestion).find()
                        && names.places(foldedQuestion).stream().allMatch(setting) ? 2 : 1;
                yield names.places(foldedPassage).stream().filter(answers).distinct().count() >= wanted
                        || names.placesBefore(foldedPassage,
                                rest -> rest.length() >= 2 && foldedQuestion.contains(rest.substring(0, 2)))
                        .stream().filter(answers).distinct().count() >= wanted;
            }
            case COUNTRY -> COUNTRIES.stream()
                    .anyMatch(country -> foldedPassage.contains(country) && !foldedQuestion.contains(country));
            // The body of the document's title (省委常委会 of its own meeting) answers only who convened the meeting.
            case ORGANIZATION -> names.organizations(foldedPassage).stream()
                    .anyMatch(body -> !foldedQuestion.contains(body)
                            && (!setting.test(body) || CONVENED.matcher(foldedQuestion).find()));
            case REASON -> (unit.equals(CHOSEN) ? CAUSE_WORDS : REASON_WORDS).matcher(foldedPassage).find();
            case SIGNIFICANCE -> SIGNIFICANCE_WORDS.matcher(foldedPassage).find();
            case TITLE -> foldedPassage.contains("《");
            case AGREEMENT -> AGREEMENT_WORDS.matcher(foldedPassage).find();
            case STAGE -> STAGE_WORDS.matcher(foldedPassage).find();
            case STANDARD -> STANDARD_WORDS.matcher(foldedPassage).find();
            case OCCASION -> OCCASION.matcher(foldedPassage).find();
            case ORIGIN -> ORIGIN_WORDS.matcher(foldedPassage).find();
            case QUOTE -> QUOTED_SPEECH.matcher(foldedPassage).find();
        };
    }

    /**
     * Whether a passage holds a time word that answers the question: any but one that leaves the time open (适时,
     * 尽快), which answers only where it times the act asked about, and never a question asking the time exactly
     * (具体什么时间).
     */
    private static boolean timeWordHeld(String foldedPassage, String foldedQuestion) {
        boolean exact = EXACT_TIME.matcher(foldedQuestion).find();
        return TIME_WORDS.matcher(foldedPassage).results()
                .anyMatch(time -> !VAGUE_TIME.matcher(time.group()).matches()
                        || !exact && timesTheAct(foldedPassage.substring(time.end()), foldedQuestion));
    }

    /**
     * Whether the words right after a vague time word hold two characters of the question in a row: 适时 answers
     * "回头看啥时候搞" in 适时开展“回头看”, not "巡视巡察组什么时候到各市州检查", whose act it does not time.
     */
    private static boolean timesTheAct(String after, String foldedQuestion) {
        String timed = after.substring(0, Math.min(TIMED_REACH, after.length()));
        return IntStream.range(0, Math.max(0, timed.length() - 1))
                .anyMatch(i -> Character.isIdeographic(timed.charAt(i)) && Character.isIdeographic(timed.charAt(i + 1))
                        && foldedQuestion.contains(timed.substring(i, i + 2)));
    }

    /**
     * Whether a passage speaks of the taking part a question on people names (列席, 参加), when it names one: its two
     * characters, or its first with 会 (参会 for 参加; 参 alone is also 参与). Sitting in without a vote (列席) is exact,
     * and is what a question naming it asks whatever else it names (参加这次会议的列席人员): its synonyms (出席) say
     * who took part, not who sat in. A passage naming who chaired a meeting does not say who attended it, nor does one
     * on attending another event (出席开幕式 for 参加这次扩大会议的都有哪些人): attending the event asked needs its word.
     */
    private static boolean speaksOfTheAct(String foldedPassage, String foldedQuestion, Predicate<String> spokenOf) {
        List<String> acts = ATTENDING.matcher(foldedQuestion).results().map(MatchResult::group).toList();
        if (acts.contains(SITTING_IN)) {
            return foldedPassage.contains(SITTING_IN);
        }
        Matcher event = ATTENDED_EVENT.matcher(foldedQuestion);
        if (event.find()) {
            return ATTENDING_EVENT.get(event.group(1)).matcher(foldedPassage).find();
        }
        return acts.isEmpty() || spokenOf.test(acts.get(0)) || foldedPassage.contains(acts.get(0).charAt(0) + "会");
    }

    /**
     * Whether people named by their role answer: the question asks for people (和哪些人会谈), not for names (哪位, 名单),
     * nor for who among people it already names by role (外国元首都有谁 asks which heads of state).
     */
    private static boolean peopleByRoleAnswer(String foldedPassage, String foldedQuestion) {
        return !ASKS_NAMES.matcher(foldedQuestion).find() && !PEOPLE_BY_ROLE.matcher(foldedQuestion).find()
                && PEOPLE_BY_ROLE.matcher(foldedPassage).find();
    }

    /**
     * The act a question on who did something names, at the end of a clause (主持 of 这次常委会谁主持的呀), if it names
     * one: a passage that speaks of it answers before one that only names people.
     */
    static Optional<String> whoAct(String foldedQuestion) {
        Matcher act = WHO_ACT.matcher(foldedQuestion);
        return act.find() ? Optional.of(act.group(1)) : Optional.empty();
    }

    /**
     * Whether the passage names a person the question does not name and who is not the document's setting (习近平 in
     * a report on his visit).
     */
    static boolean namesSomeoneElse(String foldedPassage, String foldedQuestion, NamedEntities names,
                                            Predicate<String> setting) {
        return othersNamed(foldedPassage, foldedQuestion, names, setting) > 0;
    }

    /** How many people the passage names that the question does not and who are not the document's setting. */
    private static long othersNamed(String foldedPassage, String foldedQuestion, NamedEntities names,
                                    Predicate<String> setting) {
        return names.people(foldedPassage).stream()
                .filter(person -> !foldedQuestion.contains(person) && !setting.test(person)).distinct().count();
    }

    /**
     * Whether a place's name ends in the kind of place asked for: 剑阁县 for 县, 青羊区 or 剑阁县 for 区县, 广元市 for
     * 市州.
     */
    private static boolean endsInUnit(String place, String unit) {
        return switch (unit) {
            case "区县", "县区" -> place.endsWith("区") || place.endsWith("县");
            case "市州" -> place.endsWith("市") || place.endsWith("州");
            default -> place.endsWith(unit);
        };
    }

    /** Whether an amount found is only an indefinite 一个 or a vague 多个 ({@link #VAGUE}). */
    private static boolean vague(String text, MatchResult amount) {
        Matcher vague = VAGUE.matcher(text).region(amount.start(), text.length());
        return vague.lookingAt() && vague.end() == amount.end();
    }

    /** Whether a number opens a quoted formulation (“两个确立”): it names the formulation, it counts nothing. */
    private static boolean quoted(String text, int start) {
        return start > 0 && "“「\"'".indexOf(text.charAt(start - 1)) >= 0;
    }

    /** Measure words that count the same things: people are 人, 名 or 位. */
    private static String sameUnits(String unit) {
        return "人名位".contains(unit) ? "人|名|位" : unit;
    }
}
