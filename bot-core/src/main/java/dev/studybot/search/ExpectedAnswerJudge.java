package dev.studybot.search;

import java.util.ArrayList;
import java.util.List;
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

    /** How many of the first passages a question asking who did a named act looks at. */
    static final int ACT_LOOKS = 3;

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
        ExpectedAnswer expected = question.expected().get();
        if (holds(expected, verdict.first().number(), question)) {
            return verdict;
        }
        // Who did a named act (由谁主持) is specific enough to look past the first passage: the next ones that say
        // the act in the question's own words and name someone answer it ("这次会议上谁讲了话": 王晓晖主持会议并讲话,
        // second); one that says it in other words (督促 for 督导) does not.
        if (expected.kind() == ExpectedAnswer.Kind.WHO && !expected.unit().isEmpty()) {
            List<Scored> ranked = verdict.ranked();
            for (int i = 1; i < Math.min(ACT_LOOKS, ranked.size()); i++) {
                int number = ranked.get(i).number();
                if (catalog.folded(number).contains(expected.unit()) && holds(expected, number, question)) {
                    List<Scored> promoted = new ArrayList<>(ranked);
                    promoted.addFirst(promoted.remove(i));
                    return new Verdict(promoted, true);
                }
            }
        }
        return verdict.abstaining();
    }

    /** Whether the passage with this number holds an answer of the expected kind. */
    private boolean holds(ExpectedAnswer expected, int number, SearchQuestion question) {
        String docId = catalog.passage(number).docId();
        return expected.heldBy(catalog.folded(number), question.folded(), names, name -> setting(docId, name));
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
