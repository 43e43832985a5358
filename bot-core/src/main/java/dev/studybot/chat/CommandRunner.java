package dev.studybot.chat;

import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.spec.CallReader;
import dev.studybot.chat.spec.CommandCall;
import dev.studybot.chat.spec.CommandLine;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.chat.spec.Phrase;
import dev.studybot.model.ChatSettings;
import java.util.List;

/**
 * Runs a command the one way, whether it was typed ({@code /quiz 5 30}) or came from a platform's form with typed
 * options: read and checked by the command's declaration, then run with typed values; or, when the call is not
 * good, the usage or the reason is said instead and nothing runs.
 */
public final class CommandRunner {

    private CommandRunner() {
    }

    /** Runs the command with what was typed after its name. */
    public static List<Reply> runText(Command command, Origin origin, String arguments, ChatSettings settings,
                                      Messages texts) {
        CommandSpec spec = command.spec();
        return switch (CommandLine.read(spec, arguments)) {
            case CommandLine.Reading.Call call -> run(command, call.call(), origin, settings, texts);
            case CommandLine.Reading.UnknownSubcommand unknown -> say(texts,
                    List.of(Phrase.of(spec.unknownSubcommand(), unknown.word()), spec.usage()));
            case CommandLine.Reading.Unexpected unexpected -> say(texts, List.of(spec.usage()));
        };
    }

    /** Runs the command with the options of a call. */
    public static List<Reply> run(Command command, CommandCall call, Origin origin, ChatSettings settings,
                                  Messages texts) {
        return switch (CallReader.read(command.spec(), call, origin::isAdmin)) {
            case CallReader.Result.Accepted accepted -> command.run(new CommandRequest(origin,
                    accepted.subcommand(), accepted.arguments(), settings, texts));
            case CallReader.Result.Refused refused -> say(texts, refused.reply());
        };
    }

    /** A call that does not run is explained to the member who made it alone. */
    private static List<Reply> say(Messages texts, List<Phrase> phrases) {
        return List.of(TextReply.toMember(String.join("\n",
                phrases.stream().map(p -> texts.get(p.key(), p.arguments())).toList())));
    }
}
