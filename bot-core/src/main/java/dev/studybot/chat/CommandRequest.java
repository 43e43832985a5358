package dev.studybot.chat;

import dev.studybot.chat.spec.Arguments;
import dev.studybot.chat.spec.Subcommand;
import dev.studybot.model.ChatSettings;
import java.util.Optional;

/**
 * One run of a command: who asked where, the subcommand and the checked, typed values, and the chat's settings and
 * messages.
 *
 * @param origin     where and from whom
 * @param subcommand the subcommand run, if the command has subcommands and one was chosen
 * @param arguments  the values, by parameter
 * @param settings   the chat's settings
 * @param messages   the texts in the chat's language
 */
public record CommandRequest(Origin origin, Optional<Subcommand> subcommand, Arguments arguments,
                             ChatSettings settings, Messages messages) {

    /** Whether the run is of this subcommand. */
    public boolean is(Subcommand sub) {
        return subcommand.map(s -> s.name().equals(sub.name())).orElse(false);
    }
}
