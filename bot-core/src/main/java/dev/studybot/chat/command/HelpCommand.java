package dev.studybot.chat.command;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandTexts;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.chat.spec.Parameter;
import dev.studybot.chat.spec.Subcommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /help} (and {@code /start}): what StudyBot does and every listed command, each line made from the
 * command's declaration: how to type it ({@code /quiz [题数] [秒数]}), then what it does.
 */
public final class HelpCommand implements Command {

    private static final CommandSpec SPEC = CommandSpec.named("help").alsoCalled("start").answeredPrivately().build();

    private final List<Command> others;

    /** @param others the commands to list after this one */
    public HelpCommand(List<Command> others) {
        this.others = List.copyOf(others);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> run(CommandRequest request) {
        Messages messages = request.messages();
        RichText.Builder text = RichText.builder().strong(messages.get("help.title")).newline()
                .plain(messages.get("help.intro")).newline().newline();
        text.plain(line(SPEC, messages)).newline();
        for (Command command : others) {
            if (command.spec().listed()) {
                text.plain(line(command.spec(), messages)).newline();
            }
        }
        text.newline().muted(messages.get("help.footer"));
        return List.of(TextReply.toMember(text.build()));
    }

    /** A command's line: how to type it, a dash, what it does. */
    static String line(CommandSpec spec, Messages m) {
        return usage(spec, m) + " — " + m.get(CommandTexts.summary(spec), spec.summaryArguments().toArray());
    }

    /**
     * How to type a command: its parameters, optional ones in brackets; its subcommands as alternatives
     * ({@code on … | off}), except that a command whose bare form runs a subcommand ({@code /quiz 5 30}) shows that
     * form, its other subcommands being for its summary to explain.
     */
    static String usage(CommandSpec spec, Messages m) {
        StringBuilder out = new StringBuilder("/").append(spec.name());
        if (spec.subcommands().isEmpty()) {
            return out.append(parameters(spec, Optional.empty(), m)).toString();
        }
        Optional<Subcommand> implicit = spec.implicitSubcommand().flatMap(spec::subcommand);
        if (implicit.isPresent()) {
            return out.append(parameters(spec, implicit, m)).toString();
        }
        List<String> alternatives = new ArrayList<>();
        for (Subcommand sub : spec.subcommands()) {
            alternatives.add(sub.name() + parameters(spec, Optional.of(sub), m));
        }
        return out.append(' ').append(String.join(" | ", alternatives)).toString();
    }

    private static String parameters(CommandSpec spec, Optional<Subcommand> sub, Messages m) {
        StringBuilder out = new StringBuilder();
        for (Parameter<?> p : spec.parametersOf(sub)) {
            String label = p.type().choices().isEmpty() ? m.get(CommandTexts.label(spec, sub, p))
                    : p.type().choices().stream().collect(Collectors.joining("|"));
            out.append(' ').append(p.required() ? label : "[" + label + "]");
        }
        return out.toString();
    }
}
