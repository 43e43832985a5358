package dev.studybot.chat.spec;

import java.util.List;
import java.util.Optional;

/**
 * What kind of value a parameter takes: how platforms ask for it (a text field or a number, with its range, length,
 * fixed choices or suggestions) and how the core reads it, from typed text or from a platform's form alike.
 *
 * @param <T> the value's type, as commands receive it
 */
public interface ParameterType<T> {

    /** How a platform's form asks for the value. */
    enum Kind {
        /** A text field. */
        TEXT,
        /** A whole number. */
        INTEGER
    }

    /** Where the value stands in a typed command. */
    enum Layout {
        /** One word, recognised by its shape ({@link #claims}); a command's word parameters may come in any order. */
        WORD,
        /** Every word no other parameter took, in order: free text (a question, a time zone typed in pieces). */
        REST
    }

    /** How a platform's form asks for it. */
    Kind kind();

    /** Where it stands in a typed command. */
    Layout layout();

    /** Reads a value from text. */
    Parsed<T> read(String text);

    /** Reads a number a platform's form already read; by default as its digits. */
    default Parsed<T> read(long number) {
        return read(Long.toString(number));
    }

    /** For a {@link Layout#WORD} parameter: whether a typed word is meant as this parameter's (by its shape). */
    default boolean claims(String word) {
        return false;
    }

    /** What to say when a word parameter is given twice; empty: the command's usage says it. */
    default Optional<Phrase> givenTwice() {
        return Optional.empty();
    }

    /** The smallest number allowed ({@link Kind#INTEGER}). */
    default Optional<Long> min() {
        return Optional.empty();
    }

    /** The largest number allowed ({@link Kind#INTEGER}). */
    default Optional<Long> max() {
        return Optional.empty();
    }

    /** The longest text allowed ({@link Kind#TEXT}), 0 for no limit. */
    default int maxLength() {
        return 0;
    }

    /** The only values allowed, as typed; empty for free input. */
    default List<String> choices() {
        return List.of();
    }

    /** Whether platforms should suggest values while the member types ({@link #suggest}). */
    default boolean suggests() {
        return false;
    }

    /** Values to suggest for what the member has typed so far. */
    default List<String> suggest(String typed) {
        return List.of();
    }
}
