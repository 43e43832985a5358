package dev.studybot.search;

/**
 * A judge that can only withhold an answer, by what the first passage says: it leaves an abstention as it is, and
 * otherwise keeps the answer when the first passage, folded, {@linkplain #answers may answer} the question as far as
 * this judge can tell.
 */
abstract class FirstPassageJudge implements Judge {

    private final PassageCatalog catalog;

    FirstPassageJudge(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public final Verdict judge(SearchQuestion question, Verdict verdict) {
        if (!verdict.answered()) {
            return verdict;
        }
        return answers(question, catalog.folded(verdict.first().number())) ? verdict : verdict.abstaining();
    }

    /** Whether the first passage (folded) may answer the question, as far as this judge can tell. */
    abstract boolean answers(SearchQuestion question, String firstPassage);
}
