package dev.studybot.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the documents a question names: by a year of the title or id ("2025年政府工作报告"), by a short name the
 * title gives in brackets ("(二十大)"), or by the congress or people's congress session it names, in full or short
 * ("十四届全国人大三次会议"). Words of the title ("政府工作报告") only break ties between named documents.
 * The naming words are cut from the question, so that they do not drive the ranking themselves. A question that
 * names none but speaks of the present (今年, 目前) names the newest dated document.
 */
public final class DocumentMentions {

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    /** A year said short ("84年那份政府工作报告"), not a span of years (近10年, 过去20年). */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![0-9近过去最这前后多每])([0-9]{2})年");
    private static final Pattern CONGRESS = Pattern.compile("第([一二三四五六七八九十]{1,3})次全国代表大会");
    /** A session of the National People's Congress, which people name short: 十四届全国人大三次会议. */
    private static final Pattern NPC_SESSION = Pattern.compile(
            "第([一二三四五六七八九十]{1,3})届全国人民代表大会第([一二三四五六七八九十]{1,3})次会议");
    private static final Pattern BRACKETED = Pattern.compile("[(（]([^()（）]{2,12})[)）]");
    private static final String NUMERALS = "一二三四五六七八九十";
    /** Words that name a kind of document; cut from a question that names a document. */
    private static final List<String> KIND_WORDS = List.of("政府工作报告", "工作报告", "决议", "报告", "全国代表大会");
    private static final int TITLE_WORD_MIN = 4;
    /** Words after a short congress name (三大) that make it the congress, whatever comes before it. */
    private static final List<String> CONGRESS_FOLLOWERS = List.of("报告", "上", "会议", "决议", "期间", "召开", "提出");
    /** Words after a name that make it a time (党的十八大以来), not the document. */
    private static final List<String> TIME_FOLLOWERS = List.of("以来", "以后", "之后", "后", "之前", "前", "至今",
            "召开以来", "召开以后", "召开后", "召开至今");

    /** Words by which a question asks about the present: it means the newest document. */
    private static final List<String> RECENCY_WORDS = List.of("今年", "去年", "明年", "本年度", "目前", "当前", "最新");

    private final Map<String, Names> names = new LinkedHashMap<>();
    /** The documents of the latest year any title or id gives. */
    private final List<String> newest;

    /** @param foldedTitles the documents' folded titles by id */
    public DocumentMentions(Map<String, String> foldedTitles) {
        foldedTitles.forEach((id, title) -> names.put(id, Names.of(id, title)));
        int latest = names.values().stream().flatMap(n -> n.years().stream()).mapToInt(Integer::parseInt).max()
                .orElse(0);
        this.newest = names.entrySet().stream().filter(e -> e.getValue().years().contains(String.valueOf(latest)))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * What a question says about documents.
     *
     * @param documents    the documents it names, best first (empty when it names none)
     * @param restQuestion the question without the naming words
     * @param explicit     whether it names them unmistakably (a short name, a year with the kind of document, or
     *                     the present): then only they may answer. A bare year ("2024年GDP") may be the topic, not
     *                     the document, and only makes the documents of that year preferred.
     * @param present      whether it names them only by speaking of the present (今年, 目前): the newest of all
     *                     documents, which a chat that reads older ones only does not mean
     * @param words        the words that name them ("二十大", "2025年", "报告"), as cut from the question
     */
    public record Mention(List<String> documents, String restQuestion, boolean explicit, boolean present,
                          List<String> words) {
        public Mention {
            documents = List.copyOf(documents);
            words = List.copyOf(words);
        }
    }

    /** The documents a folded question names, and the question without their names. */
    public Mention find(String foldedQuestion) {
        boolean namesKind = KIND_WORDS.stream().anyMatch(foldedQuestion::contains);
        Set<String> cut = new LinkedHashSet<>();
        Set<String> years = years(foldedQuestion, namesKind, cut);
        Map<String, Integer> scores = new LinkedHashMap<>();
        boolean byName = false;
        for (Map.Entry<String, Names> entry : names.entrySet()) {
            Names doc = entry.getValue();
            int score = 0;
            for (String y : years) {
                // A year's results are reported the next year: "2024年GDP达到多少" is answered by the 2025 report.
                boolean reviewed = !namesKind && doc.years().contains(String.valueOf(Integer.parseInt(y) + 1));
                if (doc.years().contains(y) || reviewed) {
                    score += 2;
                    cut.add(y + "年");
                    cut.add(y);
                }
            }
            boolean shortName = false;
            for (String name : doc.shortNames()) {
                if (mentions(foldedQuestion, name)) {
                    score += 2;
                    cut.add(name);
                    shortName = true;
                }
            }
            if (score > 0) {
                boolean kind = false;
                for (String word : KIND_WORDS) {
                    if (doc.title().contains(word) && foldedQuestion.contains(word)) {
                        score += 1;
                        cut.add(word);
                        kind = true;
                        break;
                    }
                }
                scores.put(entry.getKey(), score);
                byName |= shortName || kind;
            }
        }
        if (scores.isEmpty()) {
            List<String> recency = RECENCY_WORDS.stream().filter(foldedQuestion::contains).toList();
            if (recency.isEmpty() || newest.isEmpty()) {
                return new Mention(List.of(), foldedQuestion, false, false, List.of());
            }
            // "今年" in a question asked today means the newest document, not every year's report that says 今年;
            // cut, it no longer draws the passages of that document that happen to say 今年.
            return new Mention(newest, without(foldedQuestion, recency), true, true, recency);
        }
        int best = scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> named = new ArrayList<>();
        scores.forEach((id, score) -> {
            if (score == best) {
                named.add(id);
            }
        });
        return new Mention(named, without(foldedQuestion, cut), byName, false, List.copyOf(cut));
    }

    /** The question with these naming words cut out (each leaves a space), longest first. */
    private static String without(String question, Collection<String> words) {
        String rest = question;
        for (String word : words.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            rest = rest.replace(word, " ");
        }
        return rest;
    }

    /**
     * The years a question gives: in full, or short ("84年") when it also names a kind of document and some document
     * is of that year (1984 before 2084). Short years found go into {@code cut}.
     */
    private Set<String> years(String foldedQuestion, boolean namesKind, Set<String> cut) {
        Set<String> years = new LinkedHashSet<>();
        Matcher year = YEAR.matcher(foldedQuestion);
        while (year.find()) {
            years.add(year.group(1));
        }
        if (!namesKind) {
            return years;
        }
        Matcher shortYear = SHORT_YEAR.matcher(foldedQuestion);
        while (shortYear.find()) {
            for (String century : List.of("19", "20")) {
                String full = century + shortYear.group(1);
                if (names.values().stream().anyMatch(doc -> doc.years().contains(full))) {
                    years.add(full);
                    cut.add(shortYear.group());
                    break;
                }
            }
        }
        return years;
    }

    /**
     * Whether the question holds the short name as a name: a two-character name (一大, 十大) must not follow
     * another Han character (统一大市场, 二十大), except 党, 的 or 共 (党的一大, 中共三大), unless words that only a
     * congress takes follow it (陈独秀三大报告里); no name that starts with a numeral may follow one (二届… inside
     * 十二届…); a name followed by 以来, 之后, 前… is a time (党的十八大以来), not the document, and one that opens a
     * numbered slogan is a count (三大保卫战, {@link NumberedSlogans}).
     */
    static boolean mentions(String question, String shortName) {
        for (int at = question.indexOf(shortName); at >= 0; at = question.indexOf(shortName, at + 1)) {
            String after = question.substring(at + shortName.length());
            if (TIME_FOLLOWERS.stream().anyMatch(after::startsWith)) {
                continue; // 党的十八大以来: a time, not the report
            }
            if (shortName.length() == 2 && NumberedSlogans.opens(question.substring(at))) {
                continue; // 三大保卫战: a count of battles, not the congress
            }
            if (at == 0) {
                return true;
            }
            char before = question.charAt(at - 1);
            if (NUMERALS.indexOf(before) >= 0 && NUMERALS.indexOf(shortName.charAt(0)) >= 0) {
                continue; // 二届… inside 十二届…
            }
            if (shortName.length() > 2) {
                return true;
            }
            if (before == '党' || before == '的' || before == '共' || !Character.isIdeographic(before)) {
                return true;
            }
            if (CONGRESS_FOLLOWERS.stream().anyMatch(after::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** The ways a document can be named. */
    private record Names(String title, Set<String> years, Set<String> shortNames) {
        static Names of(String id, String title) {
            Set<String> years = new LinkedHashSet<>();
            for (String text : List.of(id, title)) {
                Matcher m = YEAR.matcher(text);
                while (m.find()) {
                    years.add(m.group(1));
                }
            }
            Set<String> shortNames = new LinkedHashSet<>();
            Matcher m = BRACKETED.matcher(title);
            while (m.find()) {
                String inside = m.group(1).strip();
                if (inside.length() >= 2 && !YEAR.matcher(inside).find()) {
                    shortNames.add(inside);
                }
            }
            Matcher congress = CONGRESS.matcher(title);
            if (congress.find()) {
                shortNames.add(congress.group(1) + "大");
            }
            Matcher session = NPC_SESSION.matcher(title);
            if (session.find()) {
                String term = session.group(1);
                String meeting = session.group(2);
                shortNames.add(session.group());
                shortNames.add(term + "届全国人大" + meeting + "次会议");
                shortNames.add(term + "届人大" + meeting + "次会议");
                shortNames.add(term + "届全国人民代表大会" + meeting + "次会议");
            }
            return new Names(title, years, shortNames);
        }
    }
}
