package dev.studybot.chat.spec;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One parameter of a command, declared once for every platform. Its texts are in the message bundles, under
 * {@code command.<command>[.<subcommand>].<name>.label} (how the help writes it) and {@code ….description}
 * (what a platform's form says about it).
 *
 * @param name         its name, lower-case letters (a Discord option's name)
 * @param type         what it takes
 * @param required     whether the command needs it
 * @param defaultValue the value when it is not given, if the command has one
 * @param adminOnly    whether giving it is for a group's admins only
 * @param <T>          the value's type
 */
public record Parameter<T>(String name, ParameterType<T> type, boolean required, Optional<T> defaultValue,
                           boolean adminOnly) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    public Parameter {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a parameter name: " + name);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }

    /** A parameter the command needs. */
    public static <T> Parameter<T> required(String name, ParameterType<T> type) {
        return new Parameter<>(name, type, true, Optional.empty(), false);
    }

    /** A parameter the command can do without. */
    public static <T> Parameter<T> optional(String name, ParameterType<T> type) {
        return new Parameter<>(name, type, false, Optional.empty(), false);
    }

    /** The same parameter, standing for {@code value} when not given. */
    public Parameter<T> withDefault(T value) {
        return new Parameter<>(name, type, required, Optional.of(value), adminOnly);
    }

    /** The same parameter, for a group's admins only. */
    public Parameter<T> forAdmins() {
        return new Parameter<>(name, type, required, defaultValue, true);
    }
}
