package dev.studybot.search;

import java.util.stream.IntStream;

/**
 * A question that asks for a year, a day, a count, an amount, people by name, a place or a reason
 * ({@link ExpectedAnswer}) is answered only when the first passage holds one: "王晓晖是哪一年出任省委书记的" is not
 * answered by the sentence that names 王晓晖, when it names no year. A place the document names in its title or
 * headline, or in a third of its passages or more, is its setting (四川 and 中国 in a report headed …中国式现代化四川新篇章)
 * and answers no question of where: "这次会议是在哪里开的" is not answered by a sentence that only says 四川. The people of its title are its subject in the same way.
 */
final class ExpectedAnswerJudge implements Judge {

    /** The share of a document's passages that name a place for it to be the document's setting. */
    static final double SETTING_SHARE = 1.0 / 3;

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
        int number = verdict.first().number();
        String first = catalog.folded(number);
        String docId = catalog.passage(number).docId();
        return question.expected().get().heldBy(first, question.folded(), names, name -> setting(docId, name))
                ? verdict : verdict.abstaining();
    }

    /** Whether a place or a person is the document's setting: named in its title or headline, or in much of it. */
    private boolean setting(String docId, String place) {
        if (catalog.fullTitle(docId).contains(place)) {
            return true;
        }
        PassageCatalog.Range passages = catalog.passagesOf(docId);
        long naming = IntStream.range(passages.from(), passages.to())
                .filter(n -> catalog.folded(n).contains(place)).count();
        return naming >= SETTING_SHARE * passages.size();
    }
}
