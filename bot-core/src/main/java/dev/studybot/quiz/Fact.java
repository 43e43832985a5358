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
 * @param wrong       wrong options, most plausible first (for an enumeration: wrong items)
 * @param question    a real question whose （ ） stands for the answer, or empty to blank the sentence itself
 * @param enumeration the items, for an enumeration fact; else null
 * @param wholeOnly   whether the wrong options only make sense against the whole enumeration (crossed halves:
 *                    against one item the others would show them up)
 */
public record Fact(String key, FactKind kind, int start, int end, List<String> wrong, String question,
                   Enumeration enumeration, boolean wholeOnly) {

    /** A fact asked about in every way its kind allows. */
    public Fact(String key, FactKind kind, int start, int end, List<String> wrong, String question,
                Enumeration enumeration) {
        this(key, kind, start, end, wrong, question, enumeration, false);
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
}
