package dev.studybot.quiz;

/**
 * Whether a wrong option means nearly what the text says, so a member could argue it is also right: it differs from
 * the answer only in a pair of words of one synonym group (首要政治责任 for 重大政治责任: 首要 and 重大 in one Cilin group),
 * or it is an action whose object's head word the sentence already uses (强化宣传引导 beside 抓好宣传宣讲).
 */
final class NearMeaning {

    /** Shortest option read as a verb and its object (强化 + 宣传引导). */
    private static final int ACTION = 6;
    /** Length of the verb and of the object's head word. */
    private static final int WORD = 2;

    private NearMeaning() {
    }

    /**
     * Whether {@code candidate} and {@code answer}, after the part they share at their start and end (政治责任), differ
     * in words that are synonyms.
     */
    static boolean synonymSwap(String candidate, String answer, WordSense senses) {
        int prefix = 0;
        while (prefix < Math.min(candidate.length(), answer.length())
                && candidate.charAt(prefix) == answer.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < Math.min(candidate.length(), answer.length()) - prefix
                && candidate.charAt(candidate.length() - 1 - suffix) == answer.charAt(answer.length() - 1 - suffix)) {
            suffix++;
        }
        if (prefix + suffix == 0) {
            return false;
        }
        String a = candidate.substring(prefix, candidate.length() - suffix);
        String b = answer.substring(prefix, answer.length() - suffix);
        return !a.isEmpty() && !b.isEmpty() && senses.of(a).synonym(senses.of(b));
    }

    /**
     * Whether {@code candidate}, an action of six or more characters, names an object whose head word stands in
     * {@code sentence} outside the right answers (强化【宣传】引导 beside 抓好宣传宣讲): it restates what the sentence
     * already asks for. A head the answers share (新发 of 立足新发展阶段 beside 贯彻新发展理念) is their frame, not a
     * restatement.
     */
    static boolean restates(String candidate, String sentence, java.util.List<String> answers) {
        if (candidate.length() < ACTION || !Words.allHan(candidate) || sentence.contains(candidate)) {
            return false;
        }
        String head = candidate.substring(WORD, 2 * WORD);
        return sentence.contains(head) && answers.stream().noneMatch(a -> a.contains(head));
    }
}
