package dev.studybot.search;

/**
 * A definition question whose subject is a modified noun (四川工作的总牵引是啥) asks for the head noun after the last
 * 的 (总牵引), not for its modifier (四川工作): when the head is a term the searched documents use in one passage only,
 * the first passage lacks it and another of the first three holds it, that one is shown first. The modifier is often
 * the commoner phrase, so it can carry a passage that says nothing of the head above the one that does; a head the
 * documents use often (重点 of 关心的重点) says little of which passage answers.
 */
final class DefinedHeadJudge implements Judge {

    /** How many of the first candidates are read for the head noun: those an answer shows. */
    private static final int SHOWN = 3;

    private final PassageCatalog catalog;
    private final ScopeTexts texts;

    DefinedHeadJudge(PassageCatalog catalog) {
        this.catalog = catalog;
        this.texts = new ScopeTexts(catalog);
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        String head = head(question.folded());
        if (head == null || catalog.folded(verdict.first().number()).contains(head)
                || !texts.inOnePassage(head, question.searched())) {
            return verdict;
        }
        Verdict moved = verdict.answeredByFirstOf(SHOWN, number -> catalog.folded(number).contains(head));
        return verdict.answered() ? moved : moved.abstaining();
    }

    /** The head noun of a definition question's modified subject (总牵引 of 四川工作的总牵引是啥), or null. */
    static String head(String foldedQuestion) {
        String subject = PassageScorer.definitionSubject(foldedQuestion);
        if (subject == null) {
            return null;
        }
        int of = subject.lastIndexOf('的');
        if (of <= 0) {
            return null;
        }
        String head = subject.substring(of + 1);
        return head.codePointCount(0, head.length()) >= 2 ? head : null;
    }
}
