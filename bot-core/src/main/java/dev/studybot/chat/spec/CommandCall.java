package dev.studybot.chat.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A command as a platform's form sends it, or as typed text is read: its name, its subcommand, and what was given
 * for each parameter, not yet checked.
 *
 * @param command    the command's name
 * @param subcommand the subcommand's name, if one was chosen
 * @param inputs     what was given, by parameter name; several inputs when a word parameter was typed twice
 */
public record CommandCall(String command, Optional<String> subcommand, Map<String, List<Input>> inputs) {

    public CommandCall {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(subcommand, "subcommand");
        Map<String, List<Input>> copy = new LinkedHashMap<>();
        inputs.forEach((name, given) -> copy.put(name, List.copyOf(given)));
        inputs = Collections.unmodifiableMap(copy);
    }

    /** A call of a command, with its subcommand (or none), to add options to. */
    public static Builder of(String command, Optional<String> subcommand) {
        return new Builder(command, subcommand);
    }

    /** Collects a call's options. */
    public static final class Builder {
        private final String command;
        private final Optional<String> subcommand;
        private final Map<String, List<Input>> inputs = new LinkedHashMap<>();

        private Builder(String command, Optional<String> subcommand) {
            this.command = command;
            this.subcommand = subcommand;
        }

        /** A parameter's value. */
        public Builder option(String parameter, Input value) {
            inputs.put(parameter, List.of(value));
            return this;
        }

        public CommandCall build() {
            return new CommandCall(command, subcommand, inputs);
        }
    }
}
