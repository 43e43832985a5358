package dev.studybot.chat.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something to say, by its message key and arguments; it is worded in the chat's language where it is said.
 *
 * @param key  the message key, such as {@code quiz.usage}
 * @param args its {@code {0}}-style arguments
 */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** A phrase with these arguments. */
    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    /** The arguments as an array, for a message bundle. */
    public Object[] arguments() {
        return args.toArray();
    }
}
