package dev.studybot.search;

/** A question anchored to a day (明天, 这周末) is answered only when the first passage says the same. */
final class DayTimeJudge implements Judge {

    private final PassageCatalog catalog;

    DayTimeJudge(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        if (question.dayWords().isEmpty() || !verdict.answered()) {
            return verdict;
        }
        String first = catalog.folded(verdict.first().number());
        return question.dayWords().stream().allMatch(first::contains) ? verdict : verdict.abstaining();
    }
}
