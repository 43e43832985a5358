package dev.studybot.chat.spec;

import java.util.Optional;

/**
 * A parameter's value once read, or why it could not be.
 *
 * @param <T> the value's type
 */
public sealed interface Parsed<T> {

    /**
     * A good value.
     *
     * @param value the value
     * @param <T>   its type
     */
    record Value<T>(T value) implements Parsed<T> {
    }

    /**
     * Not a value of the parameter.
     *
     * @param problem what to say about it; empty: the command's usage says it
     * @param <T>     the type that was expected
     */
    record Invalid<T>(Optional<Phrase> problem) implements Parsed<T> {
    }

    /** A good value. */
    static <T> Parsed<T> value(T value) {
        return new Value<>(value);
    }

    /** Not a value; the command's usage explains. */
    static <T> Parsed<T> invalid() {
        return new Invalid<>(Optional.empty());
    }

    /** Not a value, for this reason. */
    static <T> Parsed<T> invalid(Phrase problem) {
        return new Invalid<>(Optional.of(problem));
    }
}
