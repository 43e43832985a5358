package dev.studybot.search;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A report's overview sentence names each area it goes on to treat as an item of one list (努力在提高科技创新能力、
 * …、加强生态环境治理等方面实现新突破); a question on one of those areas that is not asking for the list ("生态环境咋
 * 治理", 在创新方面要建成什么样的中心) is answered by the passage on the area, not by the overview. When every word the
 * first passage shares with the question stands inside such a list, the first of the next {@value #DEPTH} passages
 * that shares one of those words and would be accepted on its own, or that the model finds closer to the question
 * than the overview, is shown first.
 */
final class OverviewJudge implements Judge {

    /** How many of the first passages are looked at. */
    static final int DEPTH = 3;

    /** A list of areas: items separated by 、 up to 等方面 or 等领域, within a clause. */
    private static final Pattern AREAS = Pattern.compile("[^，,。；;：:、]+(?:、[^，,。；;：:、]+)+等(?:方面|领域)");

    /** A question asking for the list itself (哪些方面, 哪几个领域, 什么方面). */
    private static final Pattern ASKS_LIST = Pattern.compile("哪些|哪几|哪[一二两三四五六七八九十]|哪方面|什么方面|啥方面");

    private final PassageCatalog catalog;
    private final Predicate<Scored> accepted;

    /**
     * @param accepted whether a passage would answer if shown first, as the engine's first judge decides it
     */
    OverviewJudge(PassageCatalog catalog, Predicate<Scored> accepted) {
        this.catalog = catalog;
        this.accepted = accepted;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        if (!verdict.answered() || ASKS_LIST.matcher(question.folded()).find()) {
            return verdict;
        }
        List<Scored> ranked = verdict.ranked();
        String first = catalog.folded(ranked.get(0).number());
        String title = catalog.fullTitle(catalog.passage(ranked.get(0).number()).docId());
        // A word the question shares in the documents' own word counts too (环保, written 生态环境).
        List<String> shared = question.terms().longerWords().stream()
                .filter(word -> !title.contains(word))
                .flatMap(word -> first.contains(word) ? Stream.of(word)
                        : question.terms().alternatives(word).stream().filter(first::contains))
                .toList();
        if (shared.isEmpty() || !shared.stream().allMatch(word -> onlyListed(word, first))) {
            return verdict;
        }
        for (int i = 1; i < Math.min(DEPTH, ranked.size()); i++) {
            Scored next = ranked.get(i);
            String text = catalog.folded(next.number());
            boolean sharesAndAnswers = accepted.test(next) && shared.stream().anyMatch(text::contains);
            if (sharesAndAnswers || closerInMeaning(next, ranked.get(0))) {
                return verdict.answeredBy(i);
            }
        }
        return verdict;
    }

    /**
     * Whether the model finds the passage close enough to the question ({@link DenseJudge#FLOOR}) and closer than the
     * overview: the area's passage may share none of a short question's words (环保这块咋搞).
     */
    private static boolean closerInMeaning(Scored next, Scored overview) {
        return next.cosine().isPresent() && overview.cosine().isPresent()
                && next.cosine().getAsDouble() >= DenseJudge.FLOOR
                && next.cosine().getAsDouble() >= overview.cosine().getAsDouble();
    }

    /** Whether every place the text holds the word is inside a list of areas. */
    static boolean onlyListed(String word, String text) {
        boolean[] listed = new boolean[text.length()];
        Matcher areas = AREAS.matcher(text);
        while (areas.find()) {
            for (int i = areas.start(); i < areas.end(); i++) {
                listed[i] = true;
            }
        }
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (!listed[at]) {
                return false;
            }
        }
        return true;
    }
}
