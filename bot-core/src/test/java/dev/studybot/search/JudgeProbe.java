package dev.studybot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Asks one {@link Judge} whether a question is answered when the passage of a small catalogue that starts with given
 * words is the only one found, or what it makes of a ranking of such passages: the probe the single-judge tests share.
 *
 * @param judge   the judge
 * @param catalog the passages it reads
 */
record JudgeProbe(Judge judge, PassageCatalog catalog) {

    /** Whether the judge lets {@code asked} be answered by the passage that starts with {@code passageStart}. */
    boolean answers(String asked, String passageStart) {
        return rank(asked, true, passageStart).answered();
    }

    /**
     * The judge's verdict on a ranking of the passages that start with the given words, in that order, answered or
     * not, the whole catalogue searched; the question's numbered slogans are read as the engine reads them.
     */
    Verdict rank(String asked, boolean answered, String... passageStarts) {
        return rank(asked, List.of(), answered, passageStarts);
    }

    /** The judge's verdict as {@link #rank(String, boolean, String...)} gives it, for a question with these words. */
    Verdict rank(String asked, List<String> words, boolean answered, String... passageStarts) {
        QueryTerms terms = new QueryTerms(words, List.of(), List.of());
        SearchQuestion question = new SearchQuestion(asked, asked, asked, terms, SearchScope.ALL, Set.of(),
                false, SearchResult.NamedDocuments.NONE, Optional.empty(), NumberedSlogans.in(asked), List.of());
        List<Scored> ranked = new ArrayList<>();
        for (String start : passageStarts) {
            ranked.add(new Scored(numberOf(start), 5.0 - ranked.size(), 0.8));
        }
        return judge.judge(question, new Verdict(ranked, answered));
    }

    /** The text of the passage shown first in a verdict. */
    String firstText(Verdict verdict) {
        return catalog.passage(verdict.first().number()).text();
    }

    private int numberOf(String passageStart) {
        for (int i = 0; i < catalog.passages().size(); i++) {
            if (catalog.passage(i).text().startsWith(passageStart)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no passage starts with " + passageStart);
    }
}
