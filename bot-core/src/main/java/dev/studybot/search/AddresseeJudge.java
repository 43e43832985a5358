package dev.studybot.search;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A question on what the units below are to do (会开完了，下面各单位咋学; 各部门接下来要干啥) is answered by the passage
 * addressed to them (各地各部门要…及时组织党员干部开展学习研讨), not by another passage on the same work: the first of
 * the leading candidates whose sentence opens with them is shown first, answering, when it would be accepted on its
 * own or the model finds it close enough in meaning to answer ({@link DenseJudge#closeInMeaning}). The question's
 * other words are few and everyday (咋学, 干啥), and every passage of a report says what to do.
 */
final class AddresseeJudge implements Judge {

    /**
     * The units below as the subject of a question on what to do (下面各单位咋学), not a place the act goes to (到各市州
     * 检查) nor a question on when or where.
     */
    private static final Pattern ASKS_UNITS = Pattern.compile(
            "(?<![到去在对向给赴])(?:各(?:单位|部门|地方|地|级|市州|市县|区县|县区|系统)|下面(?:的)?(?:单位|部门)|基层单位)"
                    + "[^，,。？?]*?(?:咋|怎么|怎样|如何|干啥|干什么|做什么|做啥|干嘛)");
    /** A sentence or clause opening with the units below (各地各部门要, 全省各级党组织). */
    private static final Pattern ADDRESSES_UNITS = Pattern.compile("(?:^|[，,。；;])(?:全省|全市|全县)?各(?:地|部门|级|单位)");
    /** How many of the leading candidates are read for the passage addressed to the units. */
    private static final int LEADING = 3;

    private final PassageCatalog catalog;
    private final Predicate<Scored> accepted;

    /**
     * @param accepted whether a passage would answer if shown first, as the engine's first judge decides it
     */
    AddresseeJudge(PassageCatalog catalog, Predicate<Scored> accepted) {
        this.catalog = catalog;
        this.accepted = accepted;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        if (!ASKS_UNITS.matcher(question.folded()).find() || addresses(verdict.first().number())) {
            return verdict;
        }
        Verdict moved = verdict.answeredByFirstOf(LEADING, this::addresses);
        // Being addressed to the units asked stands for the wording a similarity needs beside it.
        return accepted.test(moved.first()) || DenseJudge.closeInMeaning(moved.first()) ? moved : verdict;
    }

    private boolean addresses(int number) {
        return ADDRESSES_UNITS.matcher(catalog.folded(number)).find();
    }
}
