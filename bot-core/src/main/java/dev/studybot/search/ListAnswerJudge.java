package dev.studybot.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question on which ones of a kind of thing (环境污染治理要打赢哪几场攻坚战, 农业这块主要保哪几样) is answered by a first
 * passage that lists things of that kind (以更高标准打好蓝天、碧水、净土保卫战) even when the model left a little doubt
 * (a similarity from {@link DenseJudge#FLOOR} up) and the question shares little of its wording: the list asked for
 * is evidence the similarity lacks. A list is of the kind asked for when its last item, to the end of its clause,
 * holds one of the last two characters of the kind (战 of 攻坚战 and 战役 in 净土保卫战); a kind that names no thing
 * (哪几样, 哪些品类) takes any list.
 */
final class ListAnswerJudge implements Judge {

    /**
     * Which ones, with the measure word and the kind after it: 哪几场攻坚战, 哪些品类, 哪两条河, 哪些具体的重大项目 (项目, not
     * the measure word 项 and 目); the spoken 哪仨 and 哪俩 (which three, which two) are 哪三个 and 哪两个; the spoken
     * 哪几块 (哪几块工作) asks which areas of work, as 哪几个方面 does.
     */
    private static final Pattern ASKS_WHICH_ONES = Pattern.compile(
            "(?:哪几|哪些|哪两|哪三|哪四|哪五|哪仨|哪俩)(?:场|个|样|类|种|项(?!目)|条|大|位|座|家|所|件|批|块)?"
                    + "(?:具体的?)?(?:重大|重点)?"
                    + "([\\p{IsHan}]*?)(?=[的啊呀呢吗了和与及？?，,。！!]|$)");
    /** A word for "kind" after the kind itself (灾害类型, 农产品种类): the kind is what it follows. */
    private static final Pattern CLASSIFIER_AFTER = Pattern.compile("(?<=\\p{IsHan}{2})(?:类型|种类|类别)$");
    /**
     * The thing a question names before asking which ones with no kind of its own (要打的保卫战是哪几个): its last
     * characters, after any 的, up to three of a longer name (污染防治攻坚战: 攻坚战); not an adverb before 是 (具体是哪两条
     * names no kind).
     */
    private static final Pattern KIND_BEFORE = Pattern.compile(
            "(?:^|的|\\P{IsHan})\\p{IsHan}{0,4}?(?!具体|到底|究竟|分别)(\\p{IsHan}{2,3})(?:都|分别|具体|到底|究竟)?[是有]$");
    /** The thing after an area asked (哪些方面的功能), ending the question: the kind asked is that thing. */
    private static final Pattern THING_OF_AREA = Pattern.compile("的(\\p{IsHan}{2,4}?)[啊呀呢吗？?。！!]*$");
    /** Kinds that name no thing of their own: any list answers them. */
    private static final Set<String> ANY_KIND = Set.of("", "品类", "类别", "种类", "东西", "内容");
    /** A list of at least two items (A、B、C…), to the end of the clause that holds it. */
    private static final Pattern LIST = Pattern.compile("(?:[\\p{IsHan}“”]{1,8}、)+([^，,。；;：:、]{1,16})(?=[，,。；;：:]|$)");

    /**
     * The words for an area of work, which documents use alike (在…等方面实现新突破, 在…等领域取得突破): a question
     * asking in which 领域 is answered by a list of 方面.
     */
    private static final Set<String> AREAS = Set.of("领域", "方面");
    /**
     * The last words of kinds that a report states rather than lists by name (要求, 措施, 部署…): the passage that
     * states them answers, whatever list another passage ends with the word.
     */
    static final Set<String> STATED_KINDS = Set.of("要求", "措施", "举措", "部署", "任务", "工作", "安排", "内容", "意见",
            "办法", "路径", "思路", "目标", "重点", "方向", "问题", "事情", "事项", "做法", "精神", "指示");
    /** How many of the first passages are looked at for a list of the kind asked. */
    static final int DEPTH = 5;

    private final PassageCatalog catalog;

    ListAnswerJudge(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        if (verdict.ranked().isEmpty() || !question.slogans().isEmpty()) {
            return verdict;
        }
        List<Scored> ranked = verdict.ranked();
        Scored first = ranked.get(0);
        String text = catalog.folded(first.number());
        if (answers(question, text)) {
            return verdict.answered() || !(DenseJudge.nearEnough(first) || namedInFull(question, first, text)) ? verdict
                    : new Verdict(ranked, true);
        }
        // Kinds a report states (要求, 措施…) are not named by a list's last item (提出的重要要求 is no list of them).
        return kindAsked(question.folded()).filter(kind -> !ANY_KIND.contains(kind) && !stated(kind))
                .map(kind -> withTheListFirst(question, verdict)).orElse(verdict);
    }

    /**
     * Whether the first passage lists things of the kind by its full name (蓝天、碧水、净土保卫战 for 哪几场保卫战) and
     * covers enough of the question's words: evidence enough where the model is a little short of its floor (治污要打
     * 哪几场保卫战啊).
     */
    private static boolean namedInFull(SearchQuestion question, Scored first, String text) {
        return CoverageJudge.accepts(first) && kindAsked(question.folded()).filter(kind -> !ANY_KIND.contains(kind))
                .map(kind -> listsByName(text, kindNames(question))).orElse(false);
    }

    /** Whether a kind is one that reports state rather than list by name ({@link #STATED_KINDS}). */
    static boolean stated(String kind) {
        return STATED_KINDS.stream().anyMatch(kind::endsWith);
    }

    /** Whether a kind is an area of work ({@link #AREAS}), which a list of areas names at its end (等方面). */
    static boolean area(String kind) {
        return AREAS.stream().anyMatch(area -> kind.startsWith(area) || kind.endsWith(area));
    }

    /**
     * A question on which ones of a named kind (环保要打哪几场仗) whose first passage does not speak of that kind is
     * answered by the first of the next {@value #DEPTH} passages that lists things of it by name (蓝天、碧水、净土保卫战
     * for 仗, whose documents' word is 保卫战), if any: the list is the answer, a passage that only shares the topic's
     * words is not.
     */
    private Verdict withTheListFirst(SearchQuestion question, Verdict verdict) {
        List<String> names = kindNames(question);
        List<Scored> ranked = verdict.ranked();
        if (names.stream().anyMatch(catalog.folded(ranked.get(0).number())::contains)) {
            return verdict;
        }
        for (int i = 1; i < Math.min(DEPTH, ranked.size()); i++) {
            if (DenseJudge.nearEnough(ranked.get(i)) && listsByName(catalog.folded(ranked.get(i).number()), names)) {
                return verdict.answeredBy(i);
            }
        }
        return verdict;
    }

    /**
     * The words naming the kind asked: its last word and the documents' words for it (仗, 保卫战, 攻坚战); for an area
     * of work, each word for one ({@link #AREAS}).
     */
    private static List<String> kindNames(SearchQuestion question) {
        String kind = kindAsked(question.folded()).orElseThrow();
        List<String> names = new ArrayList<>();
        // The kind as read runs on to the next particle (领域取得新 of 哪几个领域取得新的突破): its noun is a word for
        // an area opening it (领域拿出突破性), the word ending it, or else the first word in it.
        AREAS.stream().filter(kind::startsWith).findFirst()
                .or(() -> wordEnding(question, kind))
                .or(() -> question.terms().words().stream().filter(kind::contains).findFirst())
                .ifPresentOrElse(word -> names.addAll(question.terms().withAlternatives(word)), () -> names.add(kind));
        if (names.stream().anyMatch(AREAS::contains)) {
            AREAS.stream().filter(area -> !names.contains(area)).forEach(names::add);
        }
        return names;
    }

    /** The question's word that ends the kind asked (仗 of 污染防治仗), if one does. */
    private static Optional<String> wordEnding(SearchQuestion question, String kind) {
        return question.terms().words().stream().filter(kind::endsWith).findFirst();
    }

    /** Whether a folded passage holds a list whose last item names the kind in one of these words. */
    private static boolean listsByName(String passage, List<String> names) {
        Matcher list = LIST.matcher(passage);
        while (list.find()) {
            String last = list.group(1);
            if (names.stream().anyMatch(last::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded passage lists things of the kind the question asks which ones of. */
    static boolean answers(SearchQuestion question, String first) {
        Optional<String> kind = kindAsked(question.folded());
        if (kind.isEmpty()) {
            return false;
        }
        Matcher list = LIST.matcher(first);
        if (ANY_KIND.contains(kind.get())) {
            return list.find();
        }
        Set<Character> heads = heads(kind.get());
        // The documents' words for the kind's last word count as the kind (仗 of the question, 保卫战 of the report).
        wordEnding(question, kind.get()).ifPresent(word -> question.terms().alternatives(word)
                .forEach(alternative -> heads.addAll(heads(alternative))));
        while (list.find()) {
            if (list.group(1).chars().anyMatch(c -> heads.contains((char) c))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a kind names no thing of its own (哪几样, 哪些品类): any list answers it. */
    static boolean namesNoThing(String kind) {
        return ANY_KIND.contains(kind);
    }

    /** The kind of thing a question asks which ones of (攻坚战 of 哪几场攻坚战; empty for 哪几样), if it asks that. */
    static Optional<String> kindAsked(String foldedQuestion) {
        Matcher matcher = ASKS_WHICH_ONES.matcher(foldedQuestion);
        if (!matcher.find()) {
            return Optional.empty();
        }
        if (matcher.group().contains("块")) {
            return Optional.of("方面"); // 哪几块工作: the spoken measure of areas of work
        }
        String kind = matcher.group(1);
        Matcher named = KIND_BEFORE.matcher(foldedQuestion).region(0, matcher.start());
        if (kind.isEmpty() && named.find()) {
            return Optional.of(named.group(1)); // 要打的保卫战是哪几个: which 保卫战
        }
        Matcher thing = THING_OF_AREA.matcher(foldedQuestion).region(matcher.end(), foldedQuestion.length());
        if (AREAS.contains(kind) && thing.lookingAt()) {
            return Optional.of(thing.group(1)); // 哪些方面的功能: which functions
        }
        return Optional.of(CLASSIFIER_AFTER.matcher(kind).replaceFirst(""));
    }

    /** The last two characters of the kind: the head of a Chinese noun is at its end (攻坚战, 战役). */
    private static Set<Character> heads(String kind) {
        Set<Character> heads = new HashSet<>();
        for (int i = Math.max(0, kind.length() - 2); i < kind.length(); i++) {
            heads.add(kind.charAt(i));
        }
        return heads;
    }
}
