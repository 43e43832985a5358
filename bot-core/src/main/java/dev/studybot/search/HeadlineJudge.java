package dev.studybot.search;

import java.util.regex.Pattern;

/**
 * A question asking what the document's headline says (会议报道的副标题是怎么写的, 這次會議報告的標題口號是什麼,
 * 标题口号是哪几句, 标题那句口号咋说的) or
 * which of its lines or words (标题里“始终铭记关怀”后面还有哪两句) is
 * answered by the headline, the subtitle lines under the title, when the chat reads one document and the headline
 * is among the candidates: the words of such a question (标题, 口号) are in no passage, and its meaning is close to
 * every passage of a report about itself.
 */
final class HeadlineJudge implements Judge {

    /** Asking outright what the headline or title says. */
    private static final Pattern ASKS_HEADLINE = Pattern.compile(
            "(?:副标题|标题|题目|标语|口号)[^，,。？?]{0,4}?"
                    + "(?:是什么|是啥|是怎么写的|怎么写|叫什么|说的是|说了什么|讲的是|提出了?什么|提了什么|喊出了?什么"
                    // asked in speech (标题那句口号咋说的)
                    + "|(?:咋|怎么)(?:说|写|讲)"
                    // which lines it is (标题口号是哪几句)
                    + "|是哪[一两二三四几]?[句个条]|有哪[几些]句)"
                    // what the headline says or asks of its readers (标题说要以什么…, 标题里要求大家以什么态度…, 标题号召…)
                    + "|(?:副标题|标题)(?:里|中|上)?(?:说|讲|写|提|强调|突出|要求|号召|呼吁|倡导)[^，,。？?]{0,8}?"
                    + "(?:什么|啥|怎样|哪些|哪几)"
                    // which of its lines or words (标题里“…”后面还有哪两句, 标题里对…关怀的十二个字是什么)
                    + "|(?:副标题|标题)(?:里|中|上)[^，,。？?]{0,16}?(?:哪[一两二三四几]?[句个条]|[几两二三四五六七八九十]+个字)");

    private final PassageCatalog catalog;

    HeadlineJudge(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        if (!ASKS_HEADLINE.matcher(question.folded()).find()) {
            return verdict;
        }
        return catalog.soleDocumentIn(question.searched())
                .map(document -> verdict.answeredByFirst(number -> catalog.passage(number).isHeadline()))
                .orElse(verdict);
    }
}
