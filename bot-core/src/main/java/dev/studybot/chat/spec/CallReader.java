package dev.studybot.chat.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Checks a call against its command's declaration, in one order for typed text and platform forms alike: the
 * subcommand, who may run it, the parameters it needs, who may give them, and each value by its type. The result
 * is the typed {@link Arguments} a command runs with, or what to say instead.
 */
public final class CallReader {

    private CallReader() {
    }

    /** The outcome of a check. */
    public sealed interface Result {

        /**
         * The call is good.
         *
         * @param subcommand the subcommand run, if any
         * @param arguments  the values
         */
        record Accepted(Optional<Subcommand> subcommand, Arguments arguments) implements Result {
        }

        /**
         * The call is not run.
         *
         * @param reply what to say, line by line
         */
        record Refused(List<Phrase> reply) implements Result {
        }
    }

    /**
     * Checks a call.
     *
     * @param spec    the command's declaration
     * @param call    what was given
     * @param isAdmin asked (only if needed) whether the member may use admin-only parts
     */
    public static Result read(CommandSpec spec, CommandCall call, BooleanSupplier isAdmin) {
        Optional<Subcommand> sub = call.subcommand().or(spec::implicitSubcommand).flatMap(spec::subcommand);
        if (call.subcommand().isPresent() && sub.isEmpty()) {
            return refused(Phrase.of(spec.unknownSubcommand(), call.subcommand().get()), spec.usage());
        }
        if (sub.isPresent() && sub.get().adminOnly() && !isAdmin.getAsBoolean()) {
            return refused(spec.adminOnly());
        }
        Phrase usage = sub.flatMap(Subcommand::usage).orElse(spec.usage());
        List<Parameter<?>> parameters = spec.parametersOf(sub);
        for (Parameter<?> p : parameters) {
            if (p.required() && inputs(call, p).isEmpty()) {
                return refused(usage);
            }
        }
        for (Parameter<?> p : parameters) {
            if (p.adminOnly() && !inputs(call, p).isEmpty() && !isAdmin.getAsBoolean()) {
                return refused(spec.adminOnly());
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (Parameter<?> p : parameters) {
            List<Input> given = inputs(call, p);
            Object value = null;
            for (Input input : given) {
                Parsed<?> parsed = read(p.type(), input);
                if (parsed instanceof Parsed.Invalid<?> invalid) {
                    return refused(invalid.problem().orElse(usage));
                }
                value = ((Parsed.Value<?>) parsed).value();
            }
            if (given.size() > 1) {
                return refused(p.type().givenTwice().orElse(usage));
            }
            if (value != null) {
                values.put(p.name(), value);
            }
        }
        return new Result.Accepted(sub, new Arguments(values));
    }

    private static List<Input> inputs(CommandCall call, Parameter<?> p) {
        return call.inputs().getOrDefault(p.name(), List.of());
    }

    private static Parsed<?> read(ParameterType<?> type, Input input) {
        return switch (input) {
            case Input.Text text -> type.read(text.text());
            case Input.Number number -> type.read(number.value());
        };
    }

    private static Result refused(Phrase... phrases) {
        return new Result.Refused(new ArrayList<>(List.of(phrases)));
    }
}
