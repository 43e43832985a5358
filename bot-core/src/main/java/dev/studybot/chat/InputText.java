package dev.studybot.chat;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Makes member input safe to work with, and tells commands from questions. */
public final class InputText {

    private static final Pattern CONTROL_OR_INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n]]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern COMMAND =
            Pattern.compile("^[/／]([A-Za-z][A-Za-z0-9_]{0,31})(?:@[A-Za-z0-9_]{1,64})?(?:\\s+(.*))?$", Pattern.DOTALL);

    private InputText() {
    }

    /** Removes control and invisible characters and folds runs of white space to one space. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(CONTROL_OR_INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }

    /** The command in a cleaned text, if it starts with one ({@code /ask@StudyBot 什么是…}). */
    public static Optional<ParsedCommand> command(String cleaned) {
        var matcher = COMMAND.matcher(cleaned);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String arguments = matcher.group(2) == null ? "" : matcher.group(2).strip();
        return Optional.of(new ParsedCommand(matcher.group(1).toLowerCase(Locale.ROOT), arguments));
    }

    /**
     * A command as typed.
     *
     * @param name      lower-case name without slash or bot mention
     * @param arguments the rest of the text, stripped
     */
    public record ParsedCommand(String name, String arguments) {
    }
}
