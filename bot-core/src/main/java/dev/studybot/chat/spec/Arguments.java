package dev.studybot.chat.spec;

import java.util.Map;
import java.util.Optional;

/** A command's checked, typed values, by parameter; a parameter not given has its default, if it has one. */
public final class Arguments {

    private static final Arguments NONE = new Arguments(Map.of());

    private final Map<String, Object> values;

    Arguments(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    /** No values (a command without parameters). */
    public static Arguments none() {
        return NONE;
    }

    /** The parameter's value, or its default; empty when neither. */
    @SuppressWarnings("unchecked") // values are put here by CallReader, read by the parameter's own type
    public <T> Optional<T> get(Parameter<T> parameter) {
        Object value = values.get(parameter.name());
        return value == null ? parameter.defaultValue() : Optional.of((T) value);
    }

    /** The value of a parameter the command requires, or that has a default. */
    public <T> T value(Parameter<T> parameter) {
        return get(parameter).orElseThrow(() -> new IllegalStateException("no value for " + parameter.name()));
    }

    /** Whether the parameter was given (not just defaulted). */
    public boolean given(Parameter<?> parameter) {
        return values.containsKey(parameter.name());
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
