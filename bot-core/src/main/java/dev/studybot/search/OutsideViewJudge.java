package dev.studybot.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question asking how a named party judged something (德阳的基层干部对这次视察有什么评价, 外国媒体怎么评价大运会)
 * is answered only by a passage that has that party judge, in the clause that names it (让群众评价): a report gives its
 * own judgment, or its speakers', and the sentence on the visit to 德阳 says nothing of what the officials there
 * thought of it, nor the one on talks with foreign leaders what they thought of Sichuan. The document's own voices
 * (the report, the meeting, its bodies and its subject: 会议对…怎么评价, 总书记对四川有什么评价) are exempt, and a
 * question that names no one (如何评价这次视察) asks the document's own judgment.
 */
final class OutsideViewJudge extends FirstPassageJudge {

    /** Who judged (before 对), what (after it), and the asking words: 有什么评价, 怎么评价, 是如何看的. */
    private static final Pattern VIEW = Pattern.compile(
            "^(?:请问)?([^，,。？?]{2,15}?)对(?:于)?[^，,。？?]{1,30}?"
                    + "(?:有(?:什么|何|啥|哪些)|作何|是(?:怎么|如何|怎样)|怎么|如何|怎样|咋)(?:样的)?(?:评价|看法|感受)");
    /** Who judged, right before the asking words: 外国媒体怎么评价这次成都大运会. */
    private static final Pattern DIRECT_VIEW = Pattern.compile(
            "^(?:请问)?([^，,。？?对]{2,15}?)(?:是|又是|都是)?(?:怎么|如何|怎样|咋)(?:评价|看待)");
    /** Words of judging, which a passage giving a party's judgment has after naming it. */
    private static final Pattern JUDGING = Pattern.compile("评价|评判|认为|称赞|赞扬|赞赏|好评|肯定|看法|感受|表示|满意");
    /** The document's own voices, whose judgment any passage of it gives. */
    private static final Pattern OWN_VOICE = Pattern.compile(
            "报告|会议|会上|文件|文中|全文|本文|讲话|常委|省委|市委|党中央|中央|总书记|习近平|我们|咱们|我");


    OutsideViewJudge(PassageCatalog catalog) {
        super(catalog);
    }

    @Override
    boolean answers(SearchQuestion question, String first) {
        Matcher view = VIEW.matcher(question.folded());
        if (!view.find()) {
            view = DIRECT_VIEW.matcher(question.folded());
            if (!view.find()) {
                return true;
            }
        }
        if (OWN_VOICE.matcher(view.group(1)).find()) {
            return true;
        }
        String party = view.group(1);
        return judgedBy(first, party) || judgedBy(first, party.replace("的", ""));
    }

    /**
     * Whether the passage has the party judge, in the clause that names it (让群众评价, 受到外国元首高度评价): the
     * party named only as a counterpart (与外国元首政要举行双边会谈) gives no judgment of its own.
     */
    static boolean judgedBy(String passage, String party) {
        for (int at = passage.indexOf(party); at >= 0; at = passage.indexOf(party, at + 1)) {
            if (JUDGING.matcher(Clauses.after(passage, at + party.length())).find()) {
                return true;
            }
        }
        return false;
    }
}
