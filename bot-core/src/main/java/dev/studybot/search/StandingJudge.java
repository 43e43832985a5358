package dev.studybot.search;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A question on the standing of what a document reports, in theory (这次的指示在理论上处于什么地位, 这次的讲话在总书记
 * 思想体系里算什么地位), in a history (这次视察在四川发展历史上被怎样定位) or as a visit judged (会议怎么评价总书记这次来川
 * 视察, 这次来川视察对四川意味着什么, 出席大运会活动被怎么定性; not the instructions it gave), is answered by the passage that states it in
 * the words such documents use for that standing (是…思想的最新发展, 重要组成部分; 具有里程碑意义, 历史性): the first of
 * the leading candidates that does is shown first, answering. The question's own words are rare in that passage and
 * common in others (战略地位), and its meaning is close to every sentence about the same visit.
 */
final class StandingJudge implements Judge {

    /**
     * A kind of standing: how a question asks it and how a document states it.
     *
     * @param asked  how a question asks it, in either order (在理论上处于什么地位, 在思想体系中的位置)
     * @param stated the words a document states it in
     * @param whole  whether, past the leading candidates, any candidate of the first one's document may state it: a
     *               visit is judged once, in a passage whose words are mostly the visit's own, which every passage
     *               on the visit shares
     */
    private record Standing(Pattern asked, Pattern stated, boolean whole) {
    }

    /** A visit's standing as documents state it, in a history or judged: 具有里程碑意义, 历史性. */
    private static final Pattern MILESTONE = Pattern.compile("里程碑|历史性|划时代");

    private static final List<Standing> STANDINGS = List.of(
            new Standing(Pattern.compile("(?:理论|思想体系|理论体系)[^，,。？?]{0,12}?(?:地位|位置|定位)"
                    + "|(?:地位|位置|定位)[^，,。？?]{0,8}?(?:理论|思想体系)"),
                    Pattern.compile("组成部分|最新成果|最新发展|理论成果|丰富和发展|原创性贡献"), false),
            new Standing(Pattern.compile("(?:历史|史上|进程|历程)[^，,。？?]{0,8}?(?:地位|位置|定位|分量)"), MILESTONE, false),
            // A visit judged, not what was said on it: the instructions' own standing is the theory's.
            new Standing(Pattern.compile("^(?!.*(?:指示|讲话|要求|精神|论述))(?:.*(?:评价|看待|定性)[^，,。？?]{0,10}?"
                    + "(?:视察|来川|考察|此行|来访|出席)|.*(?:视察|来川|考察|此行|这趟|来访|出席)[^，,。？?]{0,10}?"
                    // 意味著 as the traditional text writes it, which folding leaves (著 is also a simplified character)
                    + "(?:评价|看待|定性|意味[着著]|意义))"), MILESTONE, true));
    /** How many of the leading candidates are read for a stated standing. */
    private static final int LEADING = 5;

    private final PassageCatalog catalog;

    StandingJudge(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        for (Standing standing : STANDINGS) {
            if (standing.asked().matcher(question.folded()).find()) {
                Verdict leading = verdict.answeredByFirstOf(LEADING, number -> states(standing, number));
                if (leading != verdict || !standing.whole()) {
                    return leading;
                }
                String document = catalog.passage(verdict.first().number()).docId();
                return verdict.answeredByFirst(number -> catalog.passage(number).docId().equals(document)
                        && states(standing, number));
            }
        }
        return verdict;
    }

    private boolean states(Standing standing, int number) {
        return standing.stated().matcher(catalog.folded(number)).find();
    }
}
