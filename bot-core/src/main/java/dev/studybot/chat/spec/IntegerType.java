package dev.studybot.chat.spec;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A whole number in a range, typed as one word (in any script's digits, as Java reads them).
 *
 * @param lowest  the smallest allowed
 * @param highest the largest allowed
 */
public record IntegerType(int lowest, int highest) implements ParameterType<Integer> {

    private static final Pattern DIGITS = Pattern.compile("[+-]?\\p{Nd}{1,9}");

    public IntegerType {
        if (lowest > highest) {
            throw new IllegalArgumentException("empty range " + lowest + "–" + highest);
        }
    }

    @Override
    public Kind kind() {
        return Kind.INTEGER;
    }

    @Override
    public Layout layout() {
        return Layout.WORD;
    }

    @Override
    public boolean claims(String word) {
        return word.strip().matches("[+-]?\\p{Nd}+");
    }

    @Override
    public Parsed<Integer> read(String text) {
        String t = text.strip();
        return DIGITS.matcher(t).matches() ? read(Long.parseLong(t)) : Parsed.invalid();
    }

    @Override
    public Parsed<Integer> read(long number) {
        return number >= lowest && number <= highest ? Parsed.value((int) number) : Parsed.invalid();
    }

    @Override
    public Optional<Long> min() {
        return Optional.of((long) lowest);
    }

    @Override
    public Optional<Long> max() {
        return Optional.of((long) highest);
    }
}
