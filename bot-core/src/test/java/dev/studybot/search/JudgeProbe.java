package dev.studybot.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Asks one {@link Judge} whether a question is answered when the passage of a small catalogue that starts with given
 * words is the only one found: the probe the single-judge tests share.
 *
 * @param judge   the judge
 * @param catalog the passages it reads
 */
record JudgeProbe(Judge judge, PassageCatalog catalog) {

    /** Whether the judge lets {@code asked} be answered by the passage that starts with {@code passageStart}. */
    boolean answers(String asked, String passageStart) {
        SearchQuestion question = new SearchQuestion(asked, asked, asked, QueryTerms.EMPTY, SearchScope.ALL, Set.of(),
                false, SearchResult.NamedDocuments.NONE, Optional.empty(), List.of(), List.of());
        for (int i = 0; i < catalog.passages().size(); i++) {
            if (catalog.passage(i).text().startsWith(passageStart)) {
                return judge.judge(question, new Verdict(List.of(new Scored(i, 5.0, 0.8)), true)).answered();
            }
        }
        throw new IllegalArgumentException("no passage starts with " + passageStart);
    }
}
