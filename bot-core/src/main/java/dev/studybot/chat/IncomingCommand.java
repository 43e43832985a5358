package dev.studybot.chat;

import dev.studybot.chat.spec.CommandCall;
import java.util.Objects;

/**
 * A command from a platform's own form (a Discord slash command), its options already typed: it reaches the
 * command without being written out as text and read again.
 *
 * @param origin where and from whom
 * @param call   the command, its subcommand and its options
 */
public record IncomingCommand(Origin origin, CommandCall call) {

    public IncomingCommand {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(call, "call");
    }
}
