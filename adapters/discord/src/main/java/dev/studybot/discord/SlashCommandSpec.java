package dev.studybot.discord;

import java.util.List;

/**
 * A slash command as Discord shows it, and the core text command it stands for.
 *
 * @param name         the command's name (English; Discord shows it in every language)
 * @param manageServer whether only members with Manage Server see it by default (admins can change this per server)
 * @param options      options of a command without subcommands
 * @param subcommands  its subcommands (then {@code options} is empty)
 */
record SlashCommandSpec(String name, boolean manageServer, List<SlashOption> options, List<Sub> subcommands) {

    SlashCommandSpec {
        options = List.copyOf(options);
        subcommands = List.copyOf(subcommands);
    }

    /**
     * A subcommand.
     *
     * @param name     its name
     * @param coreWord the word after the core command ({@code stop} for {@code /quiz stop}), empty for none
     * @param options  its options
     */
    record Sub(String name, String coreWord, List<SlashOption> options) {
        Sub {
            options = List.copyOf(options);
        }
    }

    static SlashCommandSpec simple(String name, SlashOption... options) {
        return new SlashCommandSpec(name, false, List.of(options), List.of());
    }
}
