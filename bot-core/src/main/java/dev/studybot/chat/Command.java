package dev.studybot.chat;

import dev.studybot.chat.spec.CommandSpec;
import java.util.List;

/**
 * One thing a member can ask the bot to do, such as {@code /ask} or {@code /docs}. Each command is a small class
 * that gets its collaborators through its constructor, declares what it takes ({@link #spec()}), and runs with
 * those values checked and typed.
 */
public interface Command {

    /** What the command takes: its name, parameters or subcommands, and what to say when it is used wrongly. */
    CommandSpec spec();

    /** Runs the command with checked, typed arguments; the replies go back to the chat it came from. */
    List<Reply> run(CommandRequest request);
}
