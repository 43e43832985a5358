package dev.studybot.chat;

import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.chat.spec.Parameter;
import dev.studybot.chat.spec.Subcommand;
import java.util.Optional;

/**
 * Where a declared command's texts are in the message bundles, one place for the help and every platform's menus
 * and forms:
 *
 * <pre>{@code
 * command.<command>.description                              a menu's line
 * command.<command>.summary                                  the help's explanation
 * command.<command>.<subcommand>.description                 a subcommand's line
 * command.<command>[.<subcommand>].<parameter>.label         how the help writes a parameter
 * command.<command>[.<subcommand>].<parameter>.description   what a form says about it
 * }</pre>
 */
public final class CommandTexts {

    private CommandTexts() {
    }

    /** The command's line in a menu. */
    public static String description(CommandSpec spec) {
        return "command." + spec.name() + ".description";
    }

    /** What the help says the command does. */
    public static String summary(CommandSpec spec) {
        return "command." + spec.name() + ".summary";
    }

    /** A subcommand's line in a form. */
    public static String description(CommandSpec spec, Subcommand sub) {
        return "command." + spec.name() + "." + sub.name() + ".description";
    }

    /** How the help writes a parameter. */
    public static String label(CommandSpec spec, Optional<Subcommand> sub, Parameter<?> parameter) {
        return prefix(spec, sub, parameter) + ".label";
    }

    /** What a form says about a parameter. */
    public static String description(CommandSpec spec, Optional<Subcommand> sub, Parameter<?> parameter) {
        return prefix(spec, sub, parameter) + ".description";
    }

    private static String prefix(CommandSpec spec, Optional<Subcommand> sub, Parameter<?> parameter) {
        return "command." + spec.name() + sub.map(s -> "." + s.name()).orElse("") + "." + parameter.name();
    }
}
