package dev.studybot.quiz;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads an answer typed in a chat: letters ({@code A}, {@code ac}, {@code A C}) or 1-based numbers
 * ({@code 2}, {@code 1,3}, {@code 13}). Anything else is not an answer, so ordinary chat passes through.
 */
public final class AnswerParser {

    // Possessive quantifiers: a long line of letters must not recurse the regex engine into a stack overflow.
    private static final Pattern LETTERS = Pattern.compile("[A-Ja-jＡ-Ｊａ-ｊ](?:[\\s,，、]*+[A-Ja-jＡ-Ｊａ-ｊ])*+");
    private static final Pattern NUMBERS = Pattern.compile("[1-9](?:[\\s,，、]*+[1-9])*+");
    /** Longer than any answer to ten options can be, separators included. */
    private static final int MAX_ANSWER_CHARS = 40;

    private AnswerParser() {
    }

    /** The 0-based choices the text stands for, if it is an answer at all. */
    public static Optional<List<Integer>> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() > MAX_ANSWER_CHARS) {
            return Optional.empty();
        }
        TreeSet<Integer> choices = new TreeSet<>();
        if (LETTERS.matcher(t).matches()) {
            for (char c : t.toUpperCase(Locale.ROOT).toCharArray()) {
                if (c >= 'A' && c <= 'J') {
                    choices.add(c - 'A');
                } else if (c >= 'Ａ' && c <= 'Ｊ') {
                    choices.add(c - 'Ａ');
                }
            }
        } else if (NUMBERS.matcher(t).matches()) {
            t.chars().filter(Character::isDigit).forEach(c -> choices.add(c - '1'));
        } else {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(choices));
    }
}
