package dev.studybot.chat.spec;

import java.util.Optional;

/**
 * Free text: the rest of a typed command, or a form's text field.
 *
 * @param maxLength the most characters (code points) allowed
 * @param tooLong   what to say about a longer text; empty: the command's usage says it
 */
public record TextType(int maxLength, Optional<Phrase> tooLong) implements ParameterType<String> {

    public TextType {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive");
        }
    }

    /** Text of at most {@code maxLength} characters; a longer one gets the command's usage. */
    public static TextType upTo(int maxLength) {
        return new TextType(maxLength, Optional.empty());
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
    public Parsed<String> read(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Parsed.invalid();
        }
        if (t.codePointCount(0, t.length()) > maxLength) {
            return tooLong.<Parsed<String>>map(Parsed::invalid).orElseGet(Parsed::invalid);
        }
        return Parsed.value(t);
    }
}
