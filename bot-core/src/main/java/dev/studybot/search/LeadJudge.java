package dev.studybot.search;

import java.util.regex.Pattern;

/**
 * A question asking what the meeting or the document is about as a whole (这个会是干嘛的, 这个会到底是开来干嘛的, 这次开会
 * 主要是干啥的, 这次会议的主题是什么) is answered by the document's lead, its first passage under the title and headline (7月29日下午，省委常委会
 * 召开（扩大）会议，专题传达学习…，对…进行研究部署), when the chat reads one document and the lead is among the
 * candidates: such a question has no word of its own to search for, and every passage of a report is about the meeting.
 */
final class LeadJudge implements Judge {

    /** The meeting or the document itself, asked what it is about, to the end of the question. */
    private static final Pattern ASKS_WHAT_ABOUT = Pattern.compile(
            "(?:这个会|这次会议?|这会|本次会议|这场会议?|会议|这次开会|开这个会|开这次会|这篇报道|这篇文章|这份报告|这篇报告)"
                    + "(?:主要|到底|究竟)?(?:是)?(?:开来|开了)?(?:干嘛|干啥|干什么|做什么|讲啥|讲什么|讲了啥|讲了什么|说啥|说什么|说了啥"
                    + "|说了什么|开的什么|的主题是什么|的主题是啥|的主要内容是什么|主要内容是什么)的?[？?吗呀啊呢。！!]*$");

    private final PassageCatalog catalog;

    LeadJudge(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        if (!ASKS_WHAT_ABOUT.matcher(question.folded()).find()) {
            return verdict;
        }
        return catalog.soleDocumentIn(question.searched()).map(this::leadOf)
                .map(lead -> verdict.answeredByFirst(number -> number == lead))
                .orElse(verdict);
    }

    /** The number of a document's first passage that is not its headline, or -1 if it has none. */
    private int leadOf(String docId) {
        PassageCatalog.Range passages = catalog.passagesOf(docId);
        for (int n = passages.from(); n < passages.to(); n++) {
            if (!catalog.passage(n).isHeadline()) {
                return n;
            }
        }
        return -1;
    }
}
