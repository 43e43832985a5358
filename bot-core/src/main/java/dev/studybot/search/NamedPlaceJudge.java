package dev.studybot.search;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * A question that names where something happened (在三星堆，总书记着重强调了哪方面的问题) is answered by a passage that
 * names that place, not by one that only shares its other words (问题, 强调): when the first passage names none of the
 * question's places and one of the next {@value #LEADING} does and would be accepted on its own, it is shown first.
 * The document's setting (四川 in a report on Sichuan: named in its title or in much of it) tells no passage apart.
 */
final class NamedPlaceJudge implements Judge {

    /** How many of the leading candidates are read for the place. */
    private static final int LEADING = 3;

    private final PassageCatalog catalog;
    private final Predicate<Scored> accepted;
    private final NamedEntities names = new NamedEntities();

    /**
     * @param accepted whether a passage would answer if shown first, as the engine's first judge decides it
     */
    NamedPlaceJudge(PassageCatalog catalog, Predicate<Scored> accepted) {
        this.catalog = catalog;
        this.accepted = accepted;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        String docId = catalog.passage(verdict.first().number()).docId();
        List<Scored> leading = verdict.ranked().subList(0, Math.min(LEADING, verdict.ranked().size()));
        // The places of the question as the passages name them: a site a report names by what was done there (在三星堆
        // 对…) is one the recogniser does not find in a question.
        List<String> places = leading.stream().flatMap(s -> names.places(catalog.folded(s.number())).stream())
                .distinct().filter(place -> place.codePointCount(0, place.length()) >= 2)
                .filter(place -> asked(question, place)).filter(place -> !setting(docId, place)).toList();
        if (places.isEmpty() || names(verdict.first().number(), places)) {
            return verdict;
        }
        List<Scored> ranked = verdict.ranked();
        for (int i = 1; i < Math.min(LEADING, ranked.size()); i++) {
            if (names(ranked.get(i).number(), places) && accepted.test(ranked.get(i))) {
                return verdict.answeredBy(i);
            }
        }
        return verdict;
    }

    /** Whether the question names the place, in its words or in an everyday word for it (古蜀遗址 for 三星堆). */
    private static boolean asked(SearchQuestion question, String place) {
        return question.folded().contains(place) || question.terms().allSynonyms().contains(place);
    }

    private boolean names(int number, List<String> places) {
        String passage = catalog.folded(number);
        return places.stream().anyMatch(passage::contains);
    }

    /** Whether a place is the document's setting: named in its title or headline, or in much of it. */
    private boolean setting(String docId, String place) {
        if (catalog.fullTitle(docId).contains(place)) {
            return true;
        }
        PassageCatalog.Range passages = catalog.passagesOf(docId);
        long naming = IntStream.range(passages.from(), passages.to())
                .filter(n -> catalog.folded(n).contains(place)).count();
        return naming >= ExpectedAnswerJudge.SETTING_SHARE * passages.size();
    }
}
