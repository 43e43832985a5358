package dev.studybot.search;

/**
 * A question that asks for a year, a day, a count, an amount, people by name or a place ({@link ExpectedAnswer}) is
 * answered only when the first passage holds one: "王晓晖是哪一年出任省委书记的" is not answered by the sentence
 * that names 王晓晖, when it names no year.
 */
final class ExpectedAnswerJudge implements Judge {

    private final PassageCatalog catalog;
    private final NamedEntities names = new NamedEntities();

    ExpectedAnswerJudge(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        if (question.expected().isEmpty() || !verdict.answered()) {
            return verdict;
        }
        String first = catalog.folded(verdict.first().number());
        return question.expected().get().heldBy(first, question.folded(), names) ? verdict : verdict.abstaining();
    }
}
