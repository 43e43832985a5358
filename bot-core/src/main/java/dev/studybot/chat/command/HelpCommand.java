package dev.studybot.chat.command;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import java.util.List;

/** {@code /help} (and {@code /start}): what StudyBot does and every command with its usage. */
public final class HelpCommand implements Command {

    private final List<Command> others;

    /** @param others the commands to list after this one */
    public HelpCommand(List<Command> others) {
        this.others = List.copyOf(others);
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public List<String> aliases() {
        return List.of("start");
    }

    @Override
    public List<Reply> run(CommandRequest request) {
        Messages messages = request.messages();
        RichText.Builder text = RichText.builder().strong(messages.get("help.title")).newline()
                .plain(messages.get("help.intro")).newline().newline();
        text.plain(messages.get("command.help.help")).newline();
        for (Command command : others) {
            if (command.listed()) {
                text.plain(messages.get("command." + command.name() + ".help")).newline();
            }
        }
        text.newline().muted(messages.get("help.footer"));
        return List.of(TextReply.of(text.build()));
    }
}
