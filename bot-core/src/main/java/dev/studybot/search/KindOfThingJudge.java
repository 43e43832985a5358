package dev.studybot.search;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question on what kind or level of a thing is meant (四川在科技上要建成一个什么级别的中心) is answered by the passage
 * that names the thing with a modifier saying which (加快打造具有全国影响力的科技创新中心), when it is the first: the
 * question shares only the thing's word with that passage, and the model finds it far from every sentence. It moves no
 * other passage up: an abstract thing (什么样的地位) is modified in many passages, most of which do not answer. A thing
 * to be built (四川想建成个啥中心, 要打造什么平台, 建成一个什么级别的创新高地) is a goal the documents name once with its
 * modifier: the first of the leading candidates that names it so, or names a goal holding a word of the question
 * (打造具有全国影响力的科技创新中心 for 创新高地), is shown first.
 */
final class KindOfThingJudge implements Judge {

    /** What kind of a thing, the thing ending the question: 什么级别的中心, 怎样的平台, 啥水平的城市. */
    private static final Pattern ASKS_KIND = Pattern.compile(
            "(?:什么|怎样|怎么样|啥|何种)(?:级别|层次|层级|水平|规格|样)?的(\\p{IsHan}{2,4})[？?。！!]?$");
    /** What thing is to be built, the thing ending the question: 建成个啥中心, 打造一个什么平台. */
    private static final Pattern ASKS_BUILT = Pattern.compile(
            "(?:建成|建设成|打造成?|成为|建)(?:一个|一|个)?(?:什么|啥|何种)((?:(?!的)\\p{IsHan}){2,4})[？?。！!]?$");
    /**
     * What kind of thing is to be built, the thing ending the question: 建成一个什么级别的创新高地, 建成怎样的平台 (the
     * thing).
     */
    private static final Pattern ASKS_BUILT_KIND = Pattern.compile(
            "(?:建成|建设成|打造成?|成为)(?:一个|一|个)?(?:什么|怎样|怎么样|啥|何种)(?:级别|层次|层级|水平|规格|样)?的"
                    + "(\\p{IsHan}{2,4})[？?。！!]?$");
    /** The things documents name as goals to be built: 科技创新中心, 开放高地, 创新平台. */
    private static final String GOAL_NOUNS = "中心|高地|平台|基地|枢纽|示范区|先行区";
    /**
     * A goal to be built, named with its modifier, as documents name it: 打造具有全国影响力的科技创新中心, 建设…的…高地.
     */
    private static final Pattern GOAL = Pattern.compile(
            "(?:打造|建设|建成|构筑|构建)[^，,。；;]{0,20}?的[^，,。；;的]{0,8}?(?:" + GOAL_NOUNS + ")");
    /**
     * A thing asked that is such a goal (创新高地, 平台), not a standing (什么样的地位), which many passages modify and
     * only the first is read for.
     */
    private static final Pattern GOAL_ASKED = Pattern.compile("(?:" + GOAL_NOUNS + ")$");
    /** How many of the leading candidates are read for a thing to be built. */
    private static final int LEADING = 5;
    /** How far before the thing a passage's modifier may end in 的, in the same clause. */
    private static final int MODIFIER_REACH = 8;

    private final PassageCatalog catalog;

    KindOfThingJudge(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        Matcher built = ASKS_BUILT.matcher(question.folded());
        if (built.find()) {
            return verdict.answeredByFirstOf(LEADING, number -> modifies(catalog.folded(number), built.group(1)));
        }
        Matcher builtKind = ASKS_BUILT_KIND.matcher(question.folded());
        if (builtKind.find() && GOAL_ASKED.matcher(builtKind.group(1)).find()) {
            String thing = builtKind.group(1);
            List<String> words = question.terms().longerWords().stream()
                    .filter(word -> !builtKind.group().contains(word) || thing.contains(word))
                    .flatMap(word -> question.terms().withAlternatives(word).stream())
                    .toList();
            return verdict.answeredByFirstOf(LEADING, number -> modifies(catalog.folded(number), thing)
                    || namesGoal(catalog.folded(number), words));
        }
        Matcher asks = ASKS_KIND.matcher(question.folded());
        if (!asks.find()) {
            return verdict;
        }
        return modifies(catalog.folded(verdict.first().number()), asks.group(1)) ? verdict.answeredBy(0) : verdict;
    }

    /**
     * Whether the folded passage names a goal to be built whose words hold one of these (创新 of 创新高地 in
     * 打造具有全国影响力的科技创新中心): the documents' own word for the thing (中心 for 高地) may differ.
     */
    static boolean namesGoal(String passage, List<String> words) {
        Matcher goal = GOAL.matcher(passage);
        while (goal.find()) {
            String named = goal.group();
            if (words.stream().anyMatch(named::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the folded passage names the thing after a modifier ending in 的, in the same clause. */
    static boolean modifies(String passage, String thing) {
        for (int at = passage.indexOf(thing); at >= 0; at = passage.indexOf(thing, at + 1)) {
            if (Clauses.before(passage, at, MODIFIER_REACH).indexOf('的') >= 0) {
                return true;
            }
        }
        return false;
    }
}
