package dev.studybot.quiz;

/**
 * A key term found in a sentence.
 *
 * @param text  the term as written (without quotation marks)
 * @param kind  its kind
 * @param group a finer kind within the kind: the unit of a number ({@code 周年}, {@code 亿元}), else empty
 * @param start offset of the term in its sentence
 */
public record KeyTerm(String text, TermKind kind, String group, int start) {

    /** Offset just after the term. */
    public int end() {
        return start + text.length();
    }

    /** Kind and group together: distractors must share it. */
    public String sort() {
        return kind + "/" + group;
    }
}
