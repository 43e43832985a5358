package dev.studybot.search;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A question asking how to carry out a procedure (怎么写, 咋填, 如何申请, 怎样报名) is answered only by a passage
 * that speaks of that act: "民主生活会的对照检查材料咋写嘛" is not answered by the sentence that asks for the
 * meeting to be held well, which says nothing of writing. Policy documents name what is to be done, and seldom how
 * a member fills in a form; the acts are concrete ones, never 做 or 办, which any passage on a task answers, nor
 * 报销, which a report answers in its own words (医保, 结算).
 *
 * <p>In the same way, a question on what someone saw, tasted or bought (总书记在三星堆看了哪些文物), or criticised or
 * praised (王晓晖在会上批评了哪些问题), is answered only by a passage that speaks of that act: the sentence that names
 * 三星堆 for what was said there does not say what was looked at; a question on what to prepare or hand in
 * (要准备哪些表格材料) by a passage that speaks of preparing, handing in or materials; where a text can be read
 * (讲话全文在哪里能看到) by a passage on publishing it; where to fetch something (模板从哪里领取) by a passage on
 * handing it out; whether something was changed (缴纳标准有没有调整) by a passage on a change; and what a template
 * looks like (议程模板是什么样的) by a passage on templates or formats.
 */
final class ProcedureJudge extends FirstPassageJudge {

    /** What a passage on holding someone to account contains. */
    private static final List<String> ACCOUNTING = List.of("追责", "问责", "责任追究", "追究责任", "追究");
    /** What a passage on moving a member's membership (组织关系) to another branch contains. */
    private static final List<String> TRANSFER = List.of("转接", "转入", "转出", "转移", "转到", "组织关系");
    /** What a passage on reporting misconduct (举报, 检举, 投诉) contains. */
    private static final List<String> REPORTING = List.of("举报", "检举", "投诉", "信访", "监督电话");
    /** The asked act, by how a question says it, and what a passage speaking of it contains. */
    private static final Map<String, List<String>> ACTS = Map.ofEntries(
            Map.entry("写", List.of("写")), Map.entry("撰写", List.of("写")), Map.entry("下笔", List.of("写")),
            Map.entry("填写", List.of("填")),
            Map.entry("填", List.of("填")), Map.entry("申请", List.of("申请")), Map.entry("报名", List.of("报名")),
            Map.entry("申报", List.of("申报")), Map.entry("办理", List.of("办理")), Map.entry("注册", List.of("注册")),
            Map.entry("登录", List.of("登录")), Map.entry("缴纳", List.of("缴")), Map.entry("缴", List.of("缴")),
            Map.entry("下载", List.of("下载")), Map.entry("预约", List.of("预约")),
            Map.entry("购买", List.of("买", "购")), Map.entry("买", List.of("买", "购")),
            Map.entry("提交", List.of("提交", "报送", "上交")), Map.entry("上交", List.of("提交", "报送", "上交")),
            Map.entry("上传", List.of("上传")), Map.entry("报送", List.of("报送", "上报", "提交")),
            Map.entry("上报", List.of("报送", "上报", "提交")), Map.entry("记录", List.of("记录")),
            // a member's own errands: making up a missed session, asking for leave, paying dues, signing in
            Map.entry("补课", List.of("补课", "补学")), Map.entry("补学", List.of("补课", "补学")),
            Map.entry("请假", List.of("请假", "休假", "假期")), Map.entry("交纳", List.of("缴", "交纳")),
            Map.entry("补交", List.of("缴", "交纳", "补交")),
            Map.entry("领取", List.of("领取", "发放")), Map.entry("签到", List.of("签到")),
            Map.entry("打卡", List.of("打卡")), Map.entry("审批", List.of("审批", "批准")),
            // moving one's membership to another branch, and the talks before a democratic life meeting
            Map.entry("转到", TRANSFER), Map.entry("转入", TRANSFER), Map.entry("转出", TRANSFER),
            Map.entry("转接", TRANSFER), Map.entry("征求", List.of("征求", "听取")), Map.entry("谈心", List.of("谈心", "谈话")),
            Map.entry("批评", List.of("批评")),
            // holding someone to account
            Map.entry("追责", ACCOUNTING), Map.entry("问责", ACCOUNTING),
            // reporting misconduct to the authorities
            Map.entry("举报", REPORTING), Map.entry("检举", REPORTING), Map.entry("投诉", REPORTING));
    /**
     * How a question asks how to do it: 咋写, 怎么填, 如何才能申请, 怎样去报名, 怎么在网上提交, 怎么把组织关系转到….
     * The acts are those of {@link #ACTS}.
     */
    private static final Pattern HOW_TO = Pattern.compile(
            "(?:咋|怎么|怎样|如何|咋样)(?:才能|样|去|来)?(?:把(?!握|关)[^，,。？?]{1,8}?)?"
                    + "(?:在(?:网上|线上|手机上|app上|平台上)|网上|线上|在线)?" + alternation(ACTS.keySet()));

    private static final List<String> SEEING = List.of("看", "参观", "观看", "观赏", "观摩", "展品", "展览", "展出", "展示",
            "陈列");
    private static final List<String> PRAISING = List.of("表扬", "称赞", "赞扬", "夸", "肯定");
    /**
     * How to do it, asked after the act (征求意见该怎么组织, 批评与自我批评怎么开展): the act is one of {@link #ACTS}, the
     * asking words follow in the same clause.
     */
    private static final Pattern HOW_TO_AFTER = Pattern.compile(alternation(ACTS.keySet())
            + "[^，,。？?]{0,6}?(?:该|要|应该|应当|需要)?(?:怎么|如何|怎样|咋)(?:样)?(?:组织|开展|进行|做|办|搞|操作)");
    /** What was seen, tasted, bought, criticised, praised or made known, and what a passage speaking of it contains. */
    private static final Map<String, List<String>> DONE = Map.ofEntries(
            Map.entry("看", SEEING), Map.entry("参观", SEEING), Map.entry("观看", SEEING), Map.entry("观赏", SEEING),
            Map.entry("品尝", List.of("尝", "吃")), Map.entry("尝", List.of("尝", "吃")), Map.entry("吃", List.of("尝", "吃")),
            Map.entry("买", List.of("买", "购")), Map.entry("购买", List.of("买", "购")),
            Map.entry("批评", List.of("批评")), Map.entry("表扬", PRAISING), Map.entry("称赞", PRAISING),
            Map.entry("夸奖", PRAISING), Map.entry("夸", PRAISING), Map.entry("通报", List.of("通报")));
    /** What is to be prepared or handed in, and what a passage speaking of it contains. */
    private static final Map<String, List<String>> HANDED_IN = Map.ofEntries(
            Map.entry("准备", List.of("准备", "材料")), Map.entry("提交", List.of("提交", "报送", "上交", "材料")),
            Map.entry("上交", List.of("提交", "报送", "上交", "材料")));
    /**
     * What was done (看了哪些, 参观了什么, 吃了啥: the acts of {@link #DONE}), or is to be prepared or handed in
     * (要准备哪些表格材料, 需要提交什么: those of {@link #HANDED_IN}).
     */
    private static final Pattern WHAT_WAS = Pattern.compile(
            alternation(DONE.keySet()) + "了(?:些)?(?:哪些|哪几|哪一|哪[棵件座处株幅尊]|什么|啥)(?!时候)"
                    + "|" + alternation(HANDED_IN.keySet()) + "(?:好)?(?:哪些|哪几|什么|啥)(?!时候)");

    /** Where something can be seen or found (全文在哪里能看到, 在哪能查到): a passage on publishing it answers. */
    private static final Pattern WHERE_TO_FIND = Pattern.compile(
            "(?:在|去|到)?(?:哪里|哪儿|哪)(?:能|可以|才能)?(?:看到|查到|找到|看(?!出)|查(?!出)|下载|读到)");
    /** What speaks of where a text is published. */
    private static final List<String> PUBLISHING = List.of("刊发", "刊登", "发布", "公布", "印发", "网站", "报道", "播发",
            "全文", "下载");
    /** What formalities something takes (请假要走什么手续, 有哪些程序, 流程是怎样的): a passage on formalities answers. */
    private static final Pattern WHAT_FORMALITIES = Pattern.compile(
            "(?:什么|哪些|啥|哪几个)(?:手续|程序|流程)|(?:手续|程序|流程)(?:是|有)?(?:怎样|怎么样|什么|啥|哪些)");
    private static final List<String> FORMALITIES = List.of("手续", "程序", "流程", "办理");
    /**
     * Whether something was changed (党费缴纳标准有没有调整, 是否修订): a passage on a change answers, not one that
     * only names the thing.
     */
    private static final Pattern WHETHER_CHANGED = Pattern.compile(
            "(?:有没有|是否|有无|会不会|有没)(?:做|作|进行)?(?:调整|变化|改变|变动|修改|修订|上调|下调)");
    /** What speaks of a change. */
    private static final List<String> CHANGES = List.of("调整", "变化", "改变", "变动", "修改", "修订", "上调", "下调",
            "提高", "降低");
    /**
     * What a document's template or format is (会议议程模板是什么样的, 用什么格式): a passage on templates or formats
     * answers, not one that only names the document.
     */
    private static final Pattern WHAT_TEMPLATE = Pattern.compile(
            "(?:模板|模版|范本|样本|样表|格式)(?:是|长)?(?:什么|啥|怎样|怎么)|(?:什么|啥|哪种|统一的?)(?:模板|模版|范本|格式)"
                    + "|有没有(?:模板|模版|范本|样本)");
    /** What speaks of a template or a format. */
    private static final List<String> TEMPLATES = List.of("模板", "模版", "范本", "样本", "样表", "格式");
    /** Where something is to be fetched (模板从哪里领取, 去哪儿领): a passage on handing it out answers. */
    private static final Pattern WHERE_TO_GET = Pattern.compile(
            "(?:在|去|到|从)?(?:哪里|哪儿|哪)(?:能|可以|才能)?(?:领取|领到|领|拿到|获取|申领)");
    /** What speaks of handing something out. */
    private static final List<String> HANDING_OUT = List.of("发放", "领取", "下发", "印发", "分发", "配发");


    ProcedureJudge(PassageCatalog catalog) {
        super(catalog);
    }

    @Override
    boolean answers(SearchQuestion question, String first) {
        Matcher asked = HOW_TO.matcher(question.folded());
        Matcher askedAfter = HOW_TO_AFTER.matcher(question.folded());
        if (asked.find() || askedAfter.find()) {
            String act = asked.hasMatch() ? asked.group(1) : askedAfter.group(1);
            return ACTS.get(act).stream().anyMatch(first::contains);
        }
        if (WHAT_FORMALITIES.matcher(question.folded()).find()) {
            return FORMALITIES.stream().anyMatch(first::contains);
        }
        if (WHAT_TEMPLATE.matcher(question.folded()).find()) {
            return TEMPLATES.stream().anyMatch(first::contains);
        }
        if (WHETHER_CHANGED.matcher(question.folded()).find()) {
            return CHANGES.stream().anyMatch(first::contains);
        }
        if (WHERE_TO_GET.matcher(question.folded()).find()) {
            return HANDING_OUT.stream().anyMatch(first::contains);
        }
        if (WHERE_TO_FIND.matcher(question.folded()).find()) {
            return PUBLISHING.stream().anyMatch(first::contains);
        }
        Matcher done = WHAT_WAS.matcher(question.folded());
        if (done.find()) {
            List<String> spoken = done.group(1) != null ? DONE.get(done.group(1)) : HANDED_IN.get(done.group(2));
            return spoken.stream().anyMatch(first::contains);
        }
        return true;
    }

    /** A group that matches any of these words, the longer first (填写 before 填). */
    private static String alternation(Collection<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining("|", "(", ")"));
    }
}
