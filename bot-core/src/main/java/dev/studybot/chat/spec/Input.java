package dev.studybot.chat.spec;

import java.util.Objects;

/** A parameter's value as it arrived: typed text, or a number a platform's form already read. */
public sealed interface Input {

    /**
     * Text: a word or the rest of a typed command, or a platform form's text field.
     *
     * @param text the text
     */
    record Text(String text) implements Input {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A whole number from a platform's form (a Discord integer option).
     *
     * @param value the number
     */
    record Number(long value) implements Input {
    }

    /** Text. */
    static Input text(String text) {
        return new Text(text);
    }

    /** A number. */
    static Input number(long value) {
        return new Number(value);
    }
}
