package dev.studybot.chat.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One of a command's actions, such as {@code on} of {@code /daily on}. Its description is in the message bundles
 * under {@code command.<command>.<name>.description}.
 *
 * @param name       its name, the word typed after the command (lower-case letters)
 * @param aliases    other words that choose it ({@code 开启} for {@code on})
 * @param adminOnly  whether only a group's admins may run it
 * @param parameters what it takes, in the order typed
 * @param usage      how to use it, said when a parameter it needs is missing; empty: the command's usage
 */
public record Subcommand(String name, List<String> aliases, boolean adminOnly, List<Parameter<?>> parameters,
                         Optional<Phrase> usage) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    public Subcommand {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a subcommand name: " + name);
        }
        aliases = List.copyOf(aliases);
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(usage, "usage");
        CommandSpec.checkParameters(name, parameters);
    }

    /** A subcommand that anyone may run. */
    public static Subcommand of(String name, Parameter<?>... parameters) {
        return new Subcommand(name, List.of(), false, List.of(parameters), Optional.empty());
    }

    /** The same subcommand, also chosen by these words. */
    public Subcommand alsoCalled(String... words) {
        return new Subcommand(name, List.of(words), adminOnly, parameters, usage);
    }

    /** The same subcommand, for a group's admins only. */
    public Subcommand forAdmins() {
        return new Subcommand(name, aliases, true, parameters, usage);
    }

    /** The same subcommand, with its own usage. */
    public Subcommand withUsage(Phrase phrase) {
        return new Subcommand(name, aliases, adminOnly, parameters, Optional.of(phrase));
    }

    /** Whether the word (any case) chooses this subcommand. */
    public boolean isCalled(String word) {
        return name.equalsIgnoreCase(word) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(word));
    }
}
