package dev.studybot.search;

import java.util.List;
import java.util.function.Predicate;

/**
 * A question that names a site where something was done (在三星堆，总书记着重强调了哪方面的问题) is answered by a
 * passage that names the site by what was done there (在三星堆对…), not by one that only shares the question's other
 * words (问题, 强调): when the first passage names none of the sites asked and one of the next {@value #LEADING}
 * does and would be accepted on its own, it is shown first. The document's setting (a place named in its title or in
 * much of it) tells no passage apart. Sites are found by their wording ({@link NamedEntities#sites}), not by the place
 * recogniser, whose models cost 17 MB of heap and a millisecond a question here (docs/evaluation.md, round 70).
 */
final class NamedSiteJudge implements Judge {

    /** How many of the leading candidates are read for the site. */
    private static final int LEADING = 3;

    private final PassageCatalog catalog;
    private final Predicate<Scored> accepted;

    /**
     * @param accepted whether a passage would answer if shown first, as the engine's first judge decides it
     */
    NamedSiteJudge(PassageCatalog catalog, Predicate<Scored> accepted) {
        this.catalog = catalog;
        this.accepted = accepted;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        List<Scored> ranked = verdict.ranked();
        String docId = catalog.passage(verdict.first().number()).docId();
        String first = catalog.folded(verdict.first().number());
        if (!askedSites(question, first, docId).isEmpty()) {
            return verdict;
        }
        for (int i = 1; i < Math.min(LEADING, ranked.size()); i++) {
            List<String> sites = askedSites(question, catalog.folded(ranked.get(i).number()), docId);
            if (!sites.isEmpty() && accepted.test(ranked.get(i))) {
                return sites.stream().anyMatch(first::contains) ? verdict : verdict.answeredBy(i);
            }
        }
        return verdict;
    }

    /**
     * The sites a passage names that the question asks about, but for the document's setting. They are taken from
     * the passage, not the question, which names a site without saying what was done there (在三星堆，…).
     */
    private List<String> askedSites(SearchQuestion question, String passage, String docId) {
        return NamedEntities.sites(passage).stream().filter(site -> asked(question, site))
                .filter(site -> !catalog.isSetting(docId, site)).toList();
    }

    /** Whether the question names the site, in its words or in an everyday word for it (古蜀遗址 for 三星堆). */
    private static boolean asked(SearchQuestion question, String site) {
        return question.folded().contains(site) || question.terms().allSynonyms().contains(site);
    }
}
