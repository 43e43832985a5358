package dev.studybot.quiz;

import java.util.List;

/**
 * A key fact of a sentence: the span a question blanks or swaps, and the wrong options of the same kind that a
 * member who half remembers would mix it up with, the most plausible first.
 *
 * @param key         what the fact is (the same fact found twice has one key)
 * @param kind        its kind
 * @param start       offset of the answer in the sentence
 * @param end         offset just after it
 * @param wrong       wrong options, most plausible first (for an enumeration: wrong items; for a swap: the partner,
 *                    then two siblings of the answer and two of the partner the sentence does not say, or none)
 * @param question    a real question whose （ ） stands for the answer, or empty to blank the sentence itself
 * @param enumeration the items, for an enumeration fact; else null
 * @param partner     for a swap, the span of the term it trades places with; else null
 */
public record Fact(String key, FactKind kind, int start, int end, List<String> wrong, String question,
                   Enumeration enumeration, Span partner) {

    /** A fact that is no swap. */
    public Fact(String key, FactKind kind, int start, int end, List<String> wrong, String question,
                Enumeration enumeration) {
        this(key, kind, start, end, wrong, question, enumeration, null);
    }

    public Fact {
        wrong = List.copyOf(wrong);
    }

    /** The answer as the sentence has it. */
    public String answer(String sentence) {
        return sentence.substring(start, end);
    }

    /** Whether the fact is a whole enumeration. */
    public boolean isEnumeration() {
        return enumeration != null;
    }

    /** Where the fact lies in its sentence, the partner of a swap included. */
    int from() {
        return partner == null ? start : Math.min(start, partner.start());
    }

    /** Where the fact ends in its sentence, the partner of a swap included. */
    int to() {
        return partner == null ? end : Math.max(end, partner.end());
    }

    /**
     * A span of a sentence.
     *
     * @param start its offset
     * @param end   the offset after it
     */
    public record Span(int start, int end) {
    }
}
