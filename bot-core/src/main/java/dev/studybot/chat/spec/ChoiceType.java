package dev.studybot.chat.spec;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One of a few fixed values: platforms offer {@code choices}; typed text is read by {@code reader}, which may accept
 * other spellings too ({@code 中文} for {@code zh}).
 *
 * @param choices the values as platforms offer them
 * @param reader  reads typed text into a value
 * @param <T>     the value's type
 */
public record ChoiceType<T>(List<String> choices, Function<String, Optional<T>> reader) implements ParameterType<T> {

    public ChoiceType {
        choices = List.copyOf(choices);
    }

    @Override
    public Kind kind() {
        return Kind.TEXT;
    }

    @Override
    public Layout layout() {
        return Layout.REST;
    }

    @Override
    public Parsed<T> read(String text) {
        return reader.apply(text.strip()).map(Parsed::value).orElseGet(Parsed::invalid);
    }
}
