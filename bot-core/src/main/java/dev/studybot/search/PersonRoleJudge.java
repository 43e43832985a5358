package dev.studybot.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question on a named person's office (王晓晖是啥职务, 王晓晖担任什么职务) is answered by the passage that gives the
 * office before the name (省委书记王晓晖): the first of the leading candidates that does is shown first, answering.
 * The question has one word of the passage, the name, and the model finds such a question far from every sentence.
 */
final class PersonRoleJudge implements Judge {

    /** Asking a person's office: the name, then 是啥职务, 担任什么职务, 的职务是什么, 是什么身份, 是干嘛的. */
    private static final Pattern ASKS_ROLE = Pattern.compile(
            "^(\\p{IsHan}{2,4}?)(?:同志)?(?:的(?:职务|职位|身份)是(?:什么|啥)"
                    + "|(?:是|担任|任)?(?:什么|啥|何)(?:职务|职位|官职|身份)"
                    + "|是(?:干什么|干啥|干嘛|干吗|做什么|做啥|搞什么|搞啥)的)");
    /** The end of an office given before a name (省委书记, 省长, 主任, 常委). */
    private static final Pattern OFFICE_BEFORE = Pattern.compile("(?:书记|长|主任|主席|委员|常委|总理|秘书长|部长)$");
    /** How many of the leading candidates are read for the office. */
    private static final int LEADING = 3;

    private final PassageCatalog catalog;

    PersonRoleJudge(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        Matcher asks = ASKS_ROLE.matcher(question.folded());
        if (!asks.lookingAt()) {
            return verdict;
        }
        String name = asks.group(1);
        return verdict.answeredByFirstOf(LEADING, number -> givesOffice(catalog.folded(number), name));
    }

    /** Whether the folded passage gives an office right before the name (省委书记王晓晖). */
    static boolean givesOffice(String passage, String name) {
        for (int at = passage.indexOf(name); at >= 0; at = passage.indexOf(name, at + 1)) {
            if (OFFICE_BEFORE.matcher(passage).region(0, at).find()) {
                return true;
            }
        }
        return false;
    }
}
