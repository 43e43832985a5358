package dev.studybot.search;

import java.util.regex.Pattern;

/**
 * A question on the theoretical standing of what a document reports (这次的指示在理论上处于什么地位, 这次的讲话在总书记
 * 思想体系里算什么地位) is answered by the passage that states it in the words such documents use for a standing (是…
 * 思想的最新发展, 重要组成部分, 丰富和发展): the first of the leading candidates that does is shown first, answering. The
 * question's own words are rare in that passage and common in others (战略地位), and its meaning is close to every
 * sentence about the same instructions.
 */
final class TheoryStandingJudge implements Judge {

    /** A standing in theory, asked in either order (在理论上处于什么地位, 在思想体系中的位置). */
    private static final Pattern ASKS_STANDING = Pattern.compile(
            "(?:理论|思想体系|理论体系)[^，,。？?]{0,12}?(?:地位|位置|定位)|(?:地位|位置|定位)[^，,。？?]{0,8}?(?:理论|思想体系)");
    /** How a document states a theoretical standing. */
    private static final Pattern STANDING = Pattern.compile("组成部分|最新成果|最新发展|理论成果|丰富和发展|原创性贡献");
    /** How many of the leading candidates are read for a stated standing. */
    private static final int LEADING = 5;

    private final PassageCatalog catalog;

    TheoryStandingJudge(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        if (!ASKS_STANDING.matcher(question.folded()).find()) {
            return verdict;
        }
        return verdict.answeredByFirstOf(LEADING, number -> STANDING.matcher(catalog.folded(number)).find());
    }
}
