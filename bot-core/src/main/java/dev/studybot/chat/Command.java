package dev.studybot.chat;

import java.util.List;

/**
 * One thing a member can ask the bot to do, such as {@code /ask} or {@code /docs}. Each command is a small class
 * that gets its collaborators through its constructor.
 */
public interface Command {

    /** The name typed after the slash, lower case, e.g. {@code ask}. */
    String name();

    /** Other names that run this command (e.g. {@code start} for {@code help}). */
    default List<String> aliases() {
        return List.of();
    }

    /** Whether {@code /help} lists it. */
    default boolean listed() {
        return true;
    }

    /** Runs the command; the replies go back to the chat it came from. */
    List<Reply> run(CommandRequest request);
}
