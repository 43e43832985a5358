package dev.studybot.search;

import dev.studybot.document.Passage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A question that asks for a year, a day, a count, an amount, people by name, a place or a reason
 * ({@link ExpectedAnswer}) is answered only when the first passage holds one: "王晓晖是哪一年出任省委书记的" is not
 * answered by the sentence that names 王晓晖, when it names no year. A place the document names in its title or
 * headline, or in a third of its passages or more, is its setting (四川 and 中国 in a report headed …中国式现代化四川新篇章)
 * and answers no question of where: "这次会议是在哪里开的" is not answered by a sentence that only says 四川. The people of its title are its subject in the same way.
 *
 * <p>When the first passage holds no answer of the kind, one of the next {@value #DEPTH} that holds one, would be
 * accepted on its own and holds every word of the question the first one holds (with the sentence before it in
 * its paragraph, whose subject it carries on) is shown first instead (answer-type
 * re-ranking): "总书记这次去了哪些地方考察" is answered by the sentence naming 广元 and 德阳, not by the one about the
 * visit's meaning that shares as many of its words. Further down, up to {@value #TIED_DEPTH}, only a passage that
 * covers the question as much as the first one may be moved up (总书记去了哪些地方啊: every passage holds 总书记); "省委十二届三次全会是哪天召开的" is not answered by the date of
 * another meeting, which lacks 十二届三次全会.
 *
 * <p>The converse holds too: a first passage the model judged a little too far from the question (a similarity from
 * {@value #KIND_FLOOR} up to {@link DenseJudge#FLOOR}) is an answer all the same when it holds much of the question's
 * wording ({@link CoverageJudge#MIN_COVERAGE}) and an answer of a kind that is a concrete token, a date, a number or a
 * name ({@link #CONCRETE_KINDS}): "啥时候开的会" is answered by the sentence that says when the meeting was held, whose
 * words a colloquial question shares but whose sentence it does not resemble. The kinds a report's everyday words hold
 * (a reason in 为了, who in 干部) are left out: found in nearly every passage, they say nothing.
 */
final class ExpectedAnswerJudge implements Judge {

    /** How many of the first passages may be looked at for one holding an answer of the kind asked for. */
    static final int DEPTH = 3;
    /**
     * How many of the first passages may be looked at when they cover the question as much as the first one: with
     * words every passage holds (总书记去了哪些地方啊: 总书记, 去), the one naming places may come sixth.
     */
    static final int TIED_DEPTH = 10;
    /**
     * The least similarity at which an answer of a concrete kind, in a passage holding much of the question's wording,
     * makes up for the model's doubt (below {@link DenseJudge#FLOOR}, never below this).
     */
    static final double KIND_FLOOR = 0.35;
    /** The kinds of answer held by a concrete token (a date, a number, a name, a title), not by everyday words. */
    static final Set<ExpectedAnswer.Kind> CONCRETE_KINDS = EnumSet.of(ExpectedAnswer.Kind.YEAR,
            ExpectedAnswer.Kind.DATE, ExpectedAnswer.Kind.DEADLINE, ExpectedAnswer.Kind.CLOCK,
            ExpectedAnswer.Kind.TIME, ExpectedAnswer.Kind.SPAN, ExpectedAnswer.Kind.ORDINAL, ExpectedAnswer.Kind.COUNT,
            ExpectedAnswer.Kind.AMOUNT, ExpectedAnswer.Kind.PERSON, ExpectedAnswer.Kind.PLACE,
            ExpectedAnswer.Kind.COUNTRY, ExpectedAnswer.Kind.TITLE);
    /** Words pointing at the present occasion: 这次, 这回, 此次, 本次. */
    private static final Pattern POINTING = Pattern.compile("[这此本][次回届]");

    private final PassageCatalog catalog;
    private final Predicate<Scored> accepted;
    private final NamedEntities names = new NamedEntities();

    /**
     * @param accepted whether a passage would answer the question on its own, as the first judge decides it
     */
    ExpectedAnswerJudge(PassageCatalog catalog, Predicate<Scored> accepted) {
        this.catalog = catalog;
        this.accepted = accepted;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        if (question.expected().isEmpty()) {
            return verdict;
        }
        if (!verdict.answered()) {
            return concreteAnswerDespiteDoubt(question, verdict.ranked().get(0))
                    ? new Verdict(verdict.ranked(), true) : verdict;
        }
        List<Scored> ranked = verdict.ranked();
        if (holds(question, ranked.get(0))) {
            return withTheActFirst(question, verdict);
        }
        Scored first = ranked.get(0);
        for (int i = 1; i < Math.min(TIED_DEPTH, ranked.size()); i++) {
            Scored next = ranked.get(i);
            // Past the first few, only a passage the words cannot tell from the first one (as much coverage).
            boolean near = i < DEPTH || next.coverage() >= first.coverage();
            if (near && (accepted.test(next) || concreteWithinReach(question, next, i)) && holds(question, next)
                    && keepsWords(question, first, next)) {
                return verdict.answeredBy(i);
            }
        }
        return verdict.abstaining();
    }

    /**
     * For a question on who did an act (这次常委会谁主持的呀), the first of the next passages that speaks of the act and
     * names someone, when the first one does not speak of it: the sentence naming who chaired, not the one naming the
     * committee that met. The next passage need only be close enough in meaning ({@link DenseJudge#FLOOR}): the act
     * and a doer are the evidence. Only the order changes; a question whose act no passage speaks of keeps its first.
     */
    private Verdict withTheActFirst(SearchQuestion question, Verdict verdict) {
        if (question.expected().orElseThrow().kind() != ExpectedAnswer.Kind.WHO) {
            return verdict;
        }
        Optional<String> act = ExpectedAnswer.whoAct(question.folded());
        List<Scored> ranked = verdict.ranked();
        if (act.isEmpty() || speaksOf(question, ranked.get(0), act.get())) {
            return verdict;
        }
        for (int i = 1; i < Math.min(DEPTH, ranked.size()); i++) {
            Scored next = ranked.get(i);
            if ((accepted.test(next) || closeInMeaning(next)) && speaksOf(question, next, act.get())
                    && holds(question, next)) {
                return verdict.answeredBy(i);
            }
        }
        return verdict;
    }

    private boolean speaksOf(SearchQuestion question, Scored scored, String word) {
        return speaksOf(question, catalog.folded(scored.number()), word);
    }

    /** Whether a folded passage holds a word of the question or one of its synonyms. */
    private static boolean speaksOf(SearchQuestion question, String passage, String word) {
        return passage.contains(word) || question.terms().alternatives(word).stream().anyMatch(passage::contains);
    }

    /** Whether the model judged a passage close enough to the question to be shown for the evidence it holds. */
    private static boolean closeInMeaning(Scored scored) {
        return scored.cosine().isPresent() && scored.cosine().getAsDouble() >= DenseJudge.FLOOR;
    }

    /**
     * Whether a passage among the first {@value #DEPTH}, which the model judged not quite close enough to answer on
     * its own, is close enough ({@link DenseJudge#FLOOR}) to be shown for the concrete answer it holds: "会议审议了
     * 哪两份文件" is answered by the passage naming the two titles, whose wording the question shares only in part.
     */
    private static boolean concreteWithinReach(SearchQuestion question, Scored scored, int rank) {
        return rank < DEPTH && CONCRETE_KINDS.contains(question.expected().orElseThrow().kind())
                && closeInMeaning(scored);
    }

    /**
     * Whether the first passage, which the model judged a little too far from the question, holds much of its wording
     * and an answer of a concrete kind: the answer the question asks for is evidence the similarity lacks.
     */
    private boolean concreteAnswerDespiteDoubt(SearchQuestion question, Scored first) {
        // A question with numbered slogans was refused by the slogan judge, not by the model: left as it is.
        if (!question.slogans().isEmpty() || first.cosine().isEmpty()) {
            return false;
        }
        boolean worded = CoverageJudge.accepts(first) && first.cosine().getAsDouble() >= KIND_FLOOR;
        if (worded && CONCRETE_KINDS.contains(question.expected().orElseThrow().kind()) && holds(question, first)) {
            return true;
        }
        // The act and the name are the evidence: the rest of the question may be the asker's own words (这次学习会是
        // 哪位领导牵头主持的), so a little wording will do where the model finds the passage close enough.
        return (worded || DenseJudge.nearEnough(first)) && doerNamed(question, first);
    }

    /**
     * Whether a question on who did an act (这次会谁主持的呀, 哪位领导主持的) meets a passage that speaks of the act and names a person
     * who is not the document's setting (省委书记王晓晖主持会议): a name is as concrete as a date, where the roles and
     * bodies that also answer who are words nearly every passage of a report holds.
     */
    private boolean doerNamed(SearchQuestion question, Scored scored) {
        ExpectedAnswer.Kind kind = question.expected().orElseThrow().kind();
        if (kind != ExpectedAnswer.Kind.WHO && kind != ExpectedAnswer.Kind.PERSON) {
            return false;
        }
        Optional<String> act = ExpectedAnswer.whoAct(question.folded());
        String passage = catalog.folded(scored.number());
        String docId = catalog.passage(scored.number()).docId();
        return act.isPresent() && speaksOf(question, passage, act.get())
                && ExpectedAnswer.namesSomeoneElse(passage, question.folded(), names,
                        name -> catalog.isSetting(docId, name));
    }

    /**
     * Whether the other passage holds every word of the question that the first one holds, but for words pointing
     * at the document's own occasion (这次, 此次, 本次) and words of its title (省委, 视察 in a report headed 省委常委会…
     * 来川视察…), which every passage of it speaks of.
     */
    private boolean keepsWords(SearchQuestion question, Scored first, Scored other) {
        String firstText = catalog.folded(first.number());
        String otherText = withLeadIn(other.number());
        String title = catalog.fullTitle(catalog.passage(other.number()).docId());
        return wordsAndRuns(question.terms().words()).stream().filter(word -> !POINTING.matcher(word).lookingAt())
                .filter(word -> !title.contains(word))
                .filter(firstText::contains).allMatch(otherText::contains);
    }

    /**
     * The question's words of two or more characters, and the pairs of neighbours in its runs of lone characters (王晓,
     * 晓晖 of 王晓晖 cut as 王, 晓, 晖): a lone character on its own (走 of 走了哪几个市, 个 of 哪几个) is found inside
     * other words (走深走实), and tells nothing apart.
     */
    static List<String> wordsAndRuns(List<String> words) {
        List<String> kept = new ArrayList<>();
        String previous = "";
        for (String word : words) {
            boolean lone = word.codePointCount(0, word.length()) == 1;
            if (!lone) {
                kept.add(word);
            } else if (!previous.isEmpty()) {
                kept.add(previous + word);
            }
            previous = lone ? word : "";
        }
        return kept;
    }

    /**
     * A passage with the sentence before it in the same paragraph, whose subject it often carries on without naming
     * it: "会议审议了《…》《…》" is the meeting that "7月29日下午，省委常委会召开（扩大）会议" opens.
     */
    private String withLeadIn(int number) {
        Passage passage = catalog.passage(number);
        if (passage.ordinal() == 0 || number == 0) {
            return catalog.folded(number);
        }
        Passage before = catalog.passage(number - 1);
        boolean sameParagraph = before.docId().equals(passage.docId()) && before.paragraph() == passage.paragraph();
        return sameParagraph ? catalog.folded(number - 1) + catalog.folded(number) : catalog.folded(number);
    }

    private boolean holds(SearchQuestion question, Scored scored) {
        String passage = catalog.folded(scored.number());
        String docId = catalog.passage(scored.number()).docId();
        return question.expected().orElseThrow().heldBy(passage, question.folded(), names,
                name -> catalog.isSetting(docId, name), word -> speaksOf(question, passage, word));
    }
}
