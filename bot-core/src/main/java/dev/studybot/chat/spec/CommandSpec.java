package dev.studybot.chat.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a command takes, declared once: its name, its parameters or its subcommands (with their types, ranges,
 * defaults, choices and who may use them), and what to say when it is used wrongly. The help, Telegram's command
 * menu and Discord's slash commands are made from it; typed text is read by it ({@link CommandLine}) and so are a
 * platform form's typed options ({@link CommandCall}).
 *
 * <p>Its texts are in the message bundles: {@code command.<name>.description} (a menu's line),
 * {@code command.<name>.summary} (the help's explanation, with {@link #summaryArguments()}), and the labels and
 * descriptions of its parameters and subcommands (see {@link Parameter}, {@link Subcommand}).
 *
 * @param name                the name typed after the slash, lower case, such as {@code quiz}
 * @param aliases             other names that run it ({@code start} for {@code help})
 * @param listed              whether the help and the platforms' menus show it
 * @param hiddenFromMembers   whether platforms that can hide a command from members who are not admins do so by
 *                            default (Discord's default member permissions); the core still checks every admin-only
 *                            subcommand and parameter itself
 * @param privateReplies      whether what it says is for the member alone ({@code /hint}, {@code /me}, {@code /help},
 *                            {@code /review}): a platform that shows a
 *                            placeholder before the command has run (Discord's deferred reply) makes it private
 * @param parameters          what it takes, when it has no subcommands
 * @param subcommands         its subcommands (then it has no parameters of its own)
 * @param implicitSubcommand  the subcommand a typed command means when its first word names none ({@code start}
 *                            for {@code /quiz 5 30}); empty: the first word must name one
 * @param usage               how to use it, said when it is used wrongly
 * @param adminOnly           what to say to a member who is not an admin using an admin-only part of it
 * @param unknownSubcommand   the message key for a first word that names no subcommand ({@code {0}}: the word),
 *                            said before the usage
 * @param summaryArguments    the arguments of its help summary (its limits and defaults, taken from its parameters)
 */
public record CommandSpec(String name, List<String> aliases, boolean listed, boolean hiddenFromMembers,
                          boolean privateReplies, List<Parameter<?>> parameters, List<Subcommand> subcommands,
                          Optional<String> implicitSubcommand, Phrase usage, Phrase adminOnly,
                          String unknownSubcommand, List<Object> summaryArguments) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    public CommandSpec {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a command name: " + name);
        }
        aliases = List.copyOf(aliases);
        parameters = List.copyOf(parameters);
        subcommands = List.copyOf(subcommands);
        summaryArguments = List.copyOf(summaryArguments);
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(adminOnly, "adminOnly");
        Objects.requireNonNull(unknownSubcommand, "unknownSubcommand");
        if (!parameters.isEmpty() && !subcommands.isEmpty()) {
            throw new IllegalArgumentException(name + ": parameters or subcommands, not both");
        }
        Set<String> names = new HashSet<>();
        for (Subcommand sub : subcommands) {
            if (!names.add(sub.name())) {
                throw new IllegalArgumentException(name + ": two subcommands " + sub.name());
            }
        }
        if (implicitSubcommand.isPresent() && !names.contains(implicitSubcommand.get())) {
            throw new IllegalArgumentException(name + ": no subcommand " + implicitSubcommand.get());
        }
        checkParameters(name, parameters);
    }

    /** A builder of the command with this name. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** The subcommand of this name. */
    public Optional<Subcommand> subcommand(String subName) {
        return subcommands.stream().filter(s -> s.name().equals(subName)).findFirst();
    }

    /** The parameters of a run of the command: its own, or the subcommand's. */
    public List<Parameter<?>> parametersOf(Optional<Subcommand> sub) {
        return sub.map(Subcommand::parameters).orElse(parameters);
    }

    /** A parameter list that a typed command can be read into: unique names, at most one that takes the rest. */
    static void checkParameters(String owner, List<Parameter<?>> parameters) {
        Set<String> names = new HashSet<>();
        long rest = 0;
        for (Parameter<?> p : parameters) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException(owner + ": two parameters " + p.name());
            }
            if (p.type().layout() == ParameterType.Layout.REST) {
                rest++;
            }
        }
        if (rest > 1) {
            throw new IllegalArgumentException(owner + ": more than one parameter takes the rest of the line");
        }
    }

    /** Collects a command's declaration. */
    public static final class Builder {
        private final String name;
        private final List<String> aliases = new ArrayList<>();
        private boolean listed = true;
        private boolean hiddenFromMembers;
        private boolean privateReplies;
        private final List<Parameter<?>> parameters = new ArrayList<>();
        private final List<Subcommand> subcommands = new ArrayList<>();
        private Optional<String> implicitSubcommand = Optional.empty();
        private Phrase usage = Phrase.of("input.usage");
        private Phrase adminOnly = Phrase.of("input.adminOnly");
        private String unknownSubcommand = "input.unknownSubcommand";
        private final List<Object> summaryArguments = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Other names that run it. */
        public Builder alsoCalled(String... names) {
            aliases.addAll(List.of(names));
            return this;
        }

        /** Left out of the help and the menus. */
        public Builder unlisted() {
            listed = false;
            return this;
        }

        /** Shown by default only to members who are admins, where the platform can. */
        public Builder hiddenFromMembers() {
            hiddenFromMembers = true;
            return this;
        }

        /** What it says is for the member alone, from the first placeholder on. */
        public Builder answeredPrivately() {
            privateReplies = true;
            return this;
        }

        public Builder parameter(Parameter<?> parameter) {
            parameters.add(parameter);
            return this;
        }

        public Builder subcommand(Subcommand subcommand) {
            subcommands.add(subcommand);
            return this;
        }

        /** The subcommand a typed command means when its first word names none. */
        public Builder implicitly(Subcommand subcommand) {
            subcommands.add(subcommand);
            implicitSubcommand = Optional.of(subcommand.name());
            return this;
        }

        public Builder usage(Phrase phrase) {
            usage = phrase;
            return this;
        }

        public Builder adminOnly(Phrase phrase) {
            adminOnly = phrase;
            return this;
        }

        public Builder unknownSubcommand(String key) {
            unknownSubcommand = key;
            return this;
        }

        /** The arguments of the help summary. */
        public Builder summary(Object... arguments) {
            summaryArguments.addAll(List.of(arguments));
            return this;
        }

        public CommandSpec build() {
            return new CommandSpec(name, aliases, listed, hiddenFromMembers, privateReplies, parameters, subcommands,
                    implicitSubcommand, usage, adminOnly, unknownSubcommand, summaryArguments);
        }
    }
}
