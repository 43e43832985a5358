package dev.studybot.chat.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what was typed after a command's name by the command's declaration: the first word may name a subcommand;
 * a word that a word parameter claims by its shape ({@code 08:00} for a time) is that parameter's, in any order; the
 * words left are the text of the parameter that takes the rest (a question, a time zone typed in pieces). Values are
 * checked afterwards ({@link CallReader}), the same way as a platform form's.
 */
public final class CommandLine {

    private CommandLine() {
    }

    /** What the text says. */
    public sealed interface Reading {

        /**
         * A call of the command.
         *
         * @param call the call
         */
        record Call(CommandCall call) implements Reading {
        }

        /**
         * The first word names no subcommand, and the command has no subcommand to assume.
         *
         * @param word the word
         */
        record UnknownSubcommand(String word) implements Reading {
        }

        /** Words that no parameter takes. */
        record Unexpected() implements Reading {
        }
    }

    /**
     * Reads the text after a command's name (already cleaned: single spaces).
     *
     * @param spec      the command
     * @param arguments what was typed after its name
     */
    public static Reading read(CommandSpec spec, String arguments) {
        List<String> words = new ArrayList<>(Arrays.asList(arguments.strip().split(" +")));
        words.removeIf(String::isEmpty);
        Optional<Subcommand> sub = Optional.empty();
        if (!spec.subcommands().isEmpty()) {
            Optional<Subcommand> named = words.isEmpty() ? Optional.empty()
                    : spec.subcommands().stream().filter(s -> s.isCalled(words.getFirst())).findFirst();
            if (named.isPresent()) {
                sub = named;
                words.removeFirst();
            } else if (spec.implicitSubcommand().isPresent()) {
                sub = spec.implicitSubcommand().flatMap(spec::subcommand);
            } else if (!words.isEmpty()) {
                return new Reading.UnknownSubcommand(words.getFirst());
            }
        }
        List<Parameter<?>> parameters = spec.parametersOf(sub);
        Map<String, List<Input>> inputs = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        for (String word : words) {
            Optional<Parameter<?>> owner = claimant(parameters, word, inputs, false)
                    .or(() -> claimant(parameters, word, inputs, true));
            if (owner.isPresent()) {
                inputs.computeIfAbsent(owner.get().name(), n -> new ArrayList<>()).add(Input.text(word));
            } else {
                rest.add(word);
            }
        }
        if (!rest.isEmpty()) {
            Optional<Parameter<?>> restParameter = parameters.stream()
                    .filter(p -> p.type().layout() == ParameterType.Layout.REST).findFirst();
            if (restParameter.isPresent()) {
                inputs.put(restParameter.get().name(), List.of(Input.text(String.join(" ", rest))));
            } else if (!parameters.isEmpty()) {
                return new Reading.Unexpected();
            }
            // A command without parameters ignores what follows it.
        }
        return new Reading.Call(new CommandCall(spec.name(), sub.map(Subcommand::name), inputs));
    }

    /** The first word parameter that claims the word: among those not given yet, or (again) among all. */
    private static Optional<Parameter<?>> claimant(List<Parameter<?>> parameters, String word,
                                                   Map<String, List<Input>> given, boolean again) {
        return parameters.stream()
                .filter(p -> p.type().layout() == ParameterType.Layout.WORD && p.type().claims(word))
                .filter(p -> again || !given.containsKey(p.name()))
                .findFirst();
    }
}
