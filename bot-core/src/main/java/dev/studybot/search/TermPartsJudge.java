package dev.studybot.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that asks what a named term consists of ("两个确立"是哪两个, 「两地」具体是指什么, 形式主义突出问题有哪些具体
 * 表现, 包括哪几大支柱产业), or what was said in detail at an occasion (双边会谈中具体介绍了四川哪些情况), is not
 * answered by a passage that only names the term or the occasion: the passage must spell it out where
 * it names it (即, ：, 包括, 是指, or a list in the same clause: 三步走…第一步), count its parts (第一…, 一是…) or, for
 * parts of a kind the question names (生态屏障说的是哪两条河), name parts of that kind right before it (长江黄河上游生态屏障).
 * Reports name many terms they never spell out, and the sentence naming one is close to the question in every word.
 *
 * <p>The term is the longest stretch of the question before its asking words that the passage holds (at least
 * {@value #MIN_TERM} characters).
 */
final class TermPartsJudge extends FirstPassageJudge {

    /** The shortest stretch of the question that counts as the term it asks about. */
    static final int MIN_TERM = 2;

    /** What a question asks when it asks for a term's parts or meaning. */
    private static final Pattern ASKS_PARTS = Pattern.compile(
            "具体(?:是)?指|具体表现|(?:指的是|是指)(?:什么|哪)|分别(?:是|指)(?:什么|哪|啥)|包括哪"
                    + "|是哪[几两二三四五六七八九十]+[个项条步大种]"
                    + "|哪[几两二三四五六七八九十]+步"
                    // what was said, in detail, at an occasion the passage only names (具体介绍了四川哪些情况)
                    + "|具体地?(?:介绍|讲述|讲|谈|说|提|阐述|汇报|通报)了?.{0,8}?(?:哪|什么|啥)");
    /** Where a passage spells a term out right after naming it: 即, ：, 包括, 是指, 就是, a bracket. */
    private static final Pattern SPELLED_OUT = Pattern.compile("^[”」』\"'》]*[，,]?(?:即|：|:|包括|是指|指的是|就是|（|\\()");
    /**
     * A passage that counts parts: 第一步, 一是 (after a stop), 其一, （一）, or pairs them in the set phrases of two
     * sides (一手抓科技创新，一手抓科技成果转化; 一方面…另一方面).
     */
    private static final Pattern COUNTED = Pattern.compile(
            "第[一二三四五六七八九十]+[，,、步是条]|(?:^|[，。；：,;:])[一二三四五六七八九]是|其[一二三]|[（(][一二三四五六七八九十][）)]"
                    + "|一手(?:抓|推|促)[^。；]{1,30}?一手(?:抓|推|促)|一方面[^。]{1,60}?另一方面");
    /** The kind of the parts, right after the count asked (哪两条河啊: 河). */
    private static final Pattern KIND_OF_PARTS = Pattern.compile("(\\p{IsHan}{1,4}?)(?=[的啊呀呢吗了？?，,。！!]|$)");
    /** The kind of the parts asked, then 的 and the term they belong to (大河的屏障责任). */
    private static final Pattern TERM_AFTER_KIND = Pattern.compile("\\p{IsHan}{1,4}?的(\\p{IsHan}{2,8})");
    /** How far before a term a list of its parts may start. */
    private static final int LIST_REACH = 16;
    /** How far before a term its modifiers may name its parts. */
    private static final int MODIFIER_REACH = 8;


    TermPartsJudge(PassageCatalog catalog) {
        super(catalog);
    }

    @Override
    boolean answers(SearchQuestion question, String passage) {
        Matcher asks = ASKS_PARTS.matcher(question.folded());
        if (!asks.find()) {
            return true;
        }
        String term = longestHeld(question.folded().substring(0, asks.start()), passage);
        String kind = kindOfParts(question.folded().substring(asks.end()));
        String termAfter = termAfterKind(question, asks.end(), passage);
        return term.length() < MIN_TERM || spelledOut(term, passage)
                || namedBefore(kind, term, passage)
                || termAfter.length() >= MIN_TERM && namedBefore(kind, termAfter, passage);
    }

    /**
     * The term the parts asked belong to when the question names it after their kind (哪两条大河的屏障责任: 屏障),
     * the longest stretch of it the passage holds, or an empty text.
     */
    private static String termAfterKind(SearchQuestion question, int asked, String passage) {
        Matcher of = TERM_AFTER_KIND.matcher(question.folded()).region(asked, question.folded().length());
        return of.lookingAt() ? longestHeld(of.group(1), passage) : "";
    }

    /** The kind of the parts a question counts (河 of 是哪两条河啊), or an empty text. */
    static String kindOfParts(String afterAsking) {
        Matcher kind = KIND_OF_PARTS.matcher(afterAsking);
        return kind.lookingAt() ? kind.group(1) : "";
    }

    /**
     * Whether the passage names parts of that kind right before the term, in the same clause: 长江黄河上游生态屏障
     * says which two rivers the 生态屏障 is of.
     */
    static boolean namedBefore(String kind, String term, String passage) {
        if (kind.isEmpty()) {
            return false;
        }
        char head = kind.charAt(kind.length() - 1);
        for (int at = passage.indexOf(term); at >= 0; at = passage.indexOf(term, at + 1)) {
            if (Clauses.before(passage, at, MODIFIER_REACH).indexOf(head) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the passage says what the term consists of: where it names it, or by counting parts. */
    static boolean spelledOut(String term, String passage) {
        if (COUNTED.matcher(passage).find()) {
            return true;
        }
        for (int at = passage.indexOf(term); at >= 0; at = passage.indexOf(term, at + 1)) {
            String after = passage.substring(at + term.length());
            String clause = Clauses.after(after, 0);
            // A list after the term, not one the term is an item of (…、建设现代化产业体系、推进乡村振兴…).
            boolean listed = clause.contains("、") && !clause.startsWith("、");
            // Or a list right before it whose last item the term ends (蓝天、碧水、净土保卫战), not a list it closes
            // (…、加强生态环境治理等方面).
            boolean listedBefore = Clauses.before(passage, at, LIST_REACH).contains("、")
                    && !after.startsWith("、") && !after.startsWith("等");
            if (SPELLED_OUT.matcher(after).find() || listed || listedBefore) {
                return true;
            }
        }
        return false;
    }

    /** The longest stretch of the text that the passage holds. */
    static String longestHeld(String text, String passage) {
        String best = "";
        for (int from = 0; from < text.length(); from++) {
            for (int to = text.length(); to > from + best.length(); to--) {
                if (passage.contains(text.substring(from, to))) {
                    best = text.substring(from, to);
                    break;
                }
            }
        }
        return best;
    }
}
