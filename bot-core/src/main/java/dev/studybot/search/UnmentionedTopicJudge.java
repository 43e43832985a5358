package dev.studybot.search;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question on what was arranged or instructed about a topic (会议对成都地铁建设有什么部署, 总书记对川菜产业发展有什么
 * 指示) whose topic holds a word that no searched document writes and that no everyday word or synonym bridges (地铁,
 * 川菜), or whose kind of arrangement does (四川对科技成果转化有哪些奖励政策: 奖励), asks about what the documents do
 * not speak of: the passage on the rest of the topic (建设, 产业发展) arranges something else. So does a question
 * whether the documents mention, report, decide or arrange such a topic (会议是不是提到了成都东部新区建设, 有没有通报事
 * 故的伤亡人数, 是不是决定召开十二届四次全会, 是不是部署了川藏铁路建设), whether someone went to such a place (有没有去
 * 凉山彝区看望群众), whether something is on such a list (是不是已经列入世界自然遗产名录), whether such an agent leads
 * it (宣讲团是不是由宣传部牵头组建的), whether something of such a kind was arranged for a topic (是不是给学习贯彻安排
 * 了专项经费), what the particulars of something are in such words (具体轮次安排) or whether such a person attended or
 * spoke (省政协主席是否出席了这次会议, 市委书记在会上发言了吗); one on how such a thing is dealt with (考核排名靠后的地
 * 方会怎么处理); one on which benefits of a kind they never write there are, or whether there are any (科技成果转化能享
 * 受哪些税收优惠政策, 有没有省级专项资金补贴); and one on which ones there are of a kind they never write (考核指标有哪
 * 些) or how many (四川有多少个国家级科研院所), or where such a thing comes from (建设科技创新中心的资金从哪里来): they
 * do not. Nor does a question on what a body they never name is made of (宣讲团由哪些人组成).
 */
final class UnmentionedTopicJudge implements Judge {

    /** What was arranged, instructed or asked about a topic: 对X有什么部署, 对X提出了哪些要求, 对X是怎么安排的. */
    private static final Pattern ASKS_ARRANGEMENT = Pattern.compile(
            "对([\\p{IsHan}“”]{2,16}?)(?:有什么|有哪些|作了什么|作出了?什么|做了什么|做出了?什么|提了什么|提出了?什么|提了哪些"
                    + "|作了哪些|做了哪些|作出了?哪些|做出了?哪些|是怎么|是如何|怎么|如何)(?:具体|新的|重要)?(\\p{IsHan}{0,4}?)"
                    + "(?:部署|指示|要求|安排|嘱托|规划|举措|措施|政策)");

    /**
     * The particulars of something (今年省委巡视的具体轮次安排, 具体时间表): the words right after 具体, which the
     * documents must write for them to give those particulars; not a verb or an asking after it (具体要干嘛).
     */
    private static final Pattern ASKS_PARTICULARS = Pattern.compile(
            "具体的?(?![要是有该应怎如咋干做会能都在])(\\p{IsHan}{2,4})");

    /**
     * Whether the documents mention, report, decide or arrange a topic at all, whether someone went to a place or
     * whether a thing is listed (会议是不是提到了成都东部新区建设, 有没有讲到大熊猫国家公园, 是不是部署了川藏铁路建设, 有没有去
     * 凉山彝区看望群众, 是不是已经列入世界自然遗产名录).
     */
    private static final Pattern ASKS_MENTION = Pattern.compile(
            "(?:是不是|是否|有没有|有无)(?:也|已经|已)?(?:(?:给|为)\\p{IsHan}{2,8}?)?"
                    + "(?:提到|提及|说到|讲到|谈到|涉及|通报|公布|披露|决定|宣布|部署|安排|去|到|考察|视察|看望|列入|纳入)"
                    + "(?:了|过)?([\\p{IsHan}“”]{2,16})");

    /**
     * Whether an agent leads or runs something (省委宣讲团是不是由宣传部牵头组建的, 是否由省纪委负责督导): the agent.
     */
    private static final Pattern ASKS_AGENT = Pattern.compile(
            "(?:是不是|是否)(?:由|归)([\\p{IsHan}]{2,10}?)来?(?:牵头|负责|组织|组建|主持|主办|承办|督导|指导|领导|统筹|召集)");

    /**
     * Whether someone attended or spoke (省政协主席是否出席了这次会议, 市委书记有没有在会上发言): the someone, before the
     * asking.
     */
    private static final Pattern ASKS_ATTENDED = Pattern.compile(
            "([\\p{IsHan}]{2,10}?)(?:是否|是不是|有没有)(?:也)?(?:出席|参加|列席|到场|参会|到会|在会上发言|发言)"
                    // the same asked with 吗 (广元和德阳的市委书记在会上发言了吗)
                    + "|([\\p{IsHan}]{2,10}?)(?:也)?(?:在会上)?(?:出席|参加|列席|到场|参会|到会|发言|讲话)了?"
                    + "(?:会议)?吗(?=[？?。]?$)");

    /**
     * How something is dealt with (乡村振兴考核排名靠后的地方会怎么处理, 不按时完成的要如何问责): the something.
     */
    private static final Pattern ASKS_TREATMENT = Pattern.compile(
            "([\\p{IsHan}]{2,16}?)(?:会|要|将|该|应该)?(?:怎么|如何|怎样|咋)(?:处理|处置|处罚|惩罚|问责|追责|奖励|奖惩)");

    /**
     * Who or what a body is made of (省里的宣讲团由哪些人组成, 督导组的成员有哪些): the body, after its last 的, as a
     * document would name it.
     */
    private static final Pattern ASKS_MEMBERS = Pattern.compile(
            "([\\p{IsHan}]{2,12}?)(?:是由|由)(?:哪些|什么|哪几)\\p{IsHan}{0,3}?(?:组成|构成)"
                    + "|([\\p{IsHan}]{2,12}?)的?(?:成员|组成人员)(?:有哪些|都有谁|是谁|包括)");

    /**
     * Which benefits of a kind there are, or whether there are any (能享受哪些税收优惠政策, 搬迁有啥补贴, 有没有省级专项资金
     * 补贴): the kind and its modifier.
     */
    private static final Pattern ASKS_BENEFIT = Pattern.compile(
            "(?:哪些|什么|啥|哪几项|哪几类|有没有|是否有)(\\p{IsHan}{0,6}?)的?(政策|优惠|补贴|待遇|奖励)");

    /**
     * Which ones of a kind there are, the kind before the asking and nothing after it (美丽四川建设的考核指标有哪些):
     * the kind. Not 德阳有哪些企业, where what comes before the asking is a place that has them.
     */
    private static final Pattern ASKS_KIND_BEFORE = Pattern.compile(
            "(?:^|的|和|与)(\\p{IsHan}{2,4}?)(?:都|主要|具体|分别)?有哪些[？?。]?$");

    /**
     * How many there are of a thing, counted with a measure word, the thing ending the question (四川有多少个国家级科研
     * 院所): the thing. Not which ones (哪几类农产品) nor which in a series (第几回).
     */
    private static final Pattern ASKS_HOW_MANY = Pattern.compile(
            "(?<![哪第这那近])(?:多少|几)(?:个|家|所|座|项|处|条|种|批)(\\p{IsHan}{2,12})[？?。]?$");

    /** Where a topic comes from, the topic before the asking (建设科技创新中心的资金从哪里来): the topic. */
    private static final Pattern ASKS_SOURCE = Pattern.compile("([\\p{IsHan}“”]{2,16}?)(?:从|由)哪(?:里|儿)?来");

    /**
     * Localizers (方位词), a closed class of words that place a topic rather than name it (川渝之间的合作): a document
     * need not write them to speak of the topic.
     */
    private static final Set<String> LOCALIZERS = Set.of("之间", "之中", "当中", "中间", "之内", "以内", "之外", "以外",
            "之前", "以前", "之后", "以后", "期间", "方面", "上面", "里面", "下面", "前后", "左右", "内外", "上下");

    private final ScopeTexts texts;

    UnmentionedTopicJudge(PassageCatalog catalog) {
        this.texts = new ScopeTexts(catalog);
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        if (!verdict.answered()) {
            return verdict;
        }
        if (unmentionedBody(question)) {
            return verdict.abstaining();
        }
        Optional<String> asked = topic(question);
        if (asked.isEmpty()) {
            return verdict;
        }
        String topic = asked.get();
        boolean unmentioned = question.terms().longerWords().stream()
                .filter(topic::contains)
                .filter(word -> !LOCALIZERS.contains(word))
                .anyMatch(word -> question.terms().alternatives(word).isEmpty()
                        && !texts.says(word, question.searched()));
        return unmentioned ? verdict.abstaining() : verdict;
    }

    /**
     * The topic of the first asking the question holds, read only as far as needed: an arrangement's topic with its
     * kind's own modifier (奖励 of 有哪些奖励政策), a mention's, a benefit's with its kind (有啥补贴: 补贴), a thing
     * counted, a source's topic, or a kind listed.
     */
    private static Optional<String> topic(SearchQuestion question) {
        String folded = question.folded();
        return found(ASKS_ARRANGEMENT, folded, m -> m.group(1) + " " + m.group(2))
                .or(() -> found(ASKS_MENTION, folded, m -> m.group(1)))
                .or(() -> found(ASKS_AGENT, folded, m -> m.group(1)))
                .or(() -> found(ASKS_TREATMENT, folded, m -> m.group(1)))
                .or(() -> found(ASKS_ATTENDED, folded, m -> m.group(1) != null ? m.group(1) : m.group(2)))
                .or(() -> found(ASKS_BENEFIT, folded, m -> m.group(1) + " " + m.group(2)))
                .or(() -> found(ASKS_HOW_MANY, folded, m -> m.group(1)))
                .or(() -> found(ASKS_PARTICULARS, folded, m -> m.group(1)))
                .or(() -> found(ASKS_SOURCE, folded, m -> m.group(1)))
                .or(() -> kindListed(question));
    }

    /** What a pattern's first match in the text reads, if it matches. */
    private static Optional<String> found(Pattern pattern, String text, Function<Matcher, String> read) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(read.apply(matcher)) : Optional.empty();
    }

    /**
     * The kind of thing a question asks which ones of before its asking (考核指标 of 考核指标有哪些), when it names a
     * thing: not an area of work, a kind a report states (要求, 措施) or one naming nothing (哪些内容). Asked the
     * other way (有哪些考核指标), the kind is often the asker's word for what the documents list in theirs (哪些灾害
     * for 洪涝、干旱、地震…), and is left to the other judges.
     */
    private static Optional<String> kindListed(SearchQuestion question) {
        return found(ASKS_KIND_BEFORE, question.folded(), m -> m.group(1))
                .filter(k -> !ListAnswerJudge.namesNoThing(k) && !ListAnswerJudge.stated(k) && !ListAnswerJudge.area(k));
    }

    /**
     * Whether the question asks what a body is made of, the body being one no searched document names: no ending of
     * two characters or more of what it names (这次宣讲团: 宣讲团 or 讲团) is written.
     */
    private boolean unmentionedBody(SearchQuestion question) {
        Matcher members = ASKS_MEMBERS.matcher(question.folded());
        if (!members.find()) {
            return false;
        }
        String named = members.group(1) != null ? members.group(1) : members.group(2);
        String body = named.substring(named.lastIndexOf('的') + 1);
        if (body.length() < 2) {
            return false;
        }
        for (int start = body.length() - 2; start >= 0; start--) {
            if (texts.says(body.substring(start), question.searched())) {
                return false;
            }
        }
        return true;
    }
}
