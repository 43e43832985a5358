package dev.studybot.search;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A question asking which of two things (总书记这次是坐飞机还是高铁来的, 哪天开的会？上午还是下午) is answered only by a
 * passage that names one of them: the first of the leading candidates that does is shown first, and when none does
 * the documents do not say, however close the rest of the question's words are (这次, 总书记, 四川).
 */
final class AlternativeJudge implements Judge {

    /** The word that joins the two things asked between. */
    private static final String OR = "还是";
    /**
     * 还是 meaning "still" or "had better" (还是要坚持, 还是得抓落实, 还是很重要), which joins no two things: before a
     * modal, an adverb or a verb of holding on.
     */
    private static final Pattern STILL = Pattern.compile("还是(?:要|得|会|应|该|能|可以|在|很|挺|那么|这样|一样|坚持|把|以|按)");
    /** How many of the leading candidates are read for one of the two things. */
    private static final int LEADING = 3;

    private final PassageCatalog catalog;

    AlternativeJudge(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        if (!verdict.answered()) {
            return verdict;
        }
        Optional<List<String>> named = choices(question);
        if (named.isEmpty()) {
            return verdict;
        }
        List<String> choices = named.get();
        List<Scored> ranked = verdict.ranked();
        for (int i = 0; i < Math.min(LEADING, ranked.size()); i++) {
            String text = catalog.folded(ranked.get(i).number());
            if (choices.stream().anyMatch(text::contains) && (i == 0 || DenseJudge.nearEnough(ranked.get(i)))) {
                return i == 0 ? verdict : verdict.answeredBy(i);
            }
        }
        return verdict.abstaining();
    }

    /**
     * The two things asked between, each with the documents' words for it: the question's words right before and
     * right after 还是 (坐飞机 and 高铁). Empty when the question asks no choice.
     */
    static Optional<List<String>> choices(SearchQuestion question) {
        if (!question.folded().contains(OR) || STILL.matcher(question.folded()).find()) {
            return Optional.empty();
        }
        List<String> words = question.terms().words();
        int or = words.indexOf(OR);
        if (or <= 0 || or == words.size() - 1) {
            return Optional.empty();
        }
        List<String> two = List.of(words.get(or - 1), words.get(or + 1));
        return Optional.of(two.stream().flatMap(word -> question.terms().withAlternatives(word).stream())
                .distinct().toList());
    }
}
