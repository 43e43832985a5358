package dev.studybot.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;

/**
 * One option of a slash command, and how it becomes a word of the core's text command.
 *
 * @param name         the option's name (English, lower case)
 * @param type         STRING or INTEGER
 * @param required     whether Discord insists on it
 * @param autocomplete whether the adapter suggests values (time zones)
 * @param min          the smallest integer allowed, or {@code null}
 * @param max          the largest integer allowed (or longest string), or {@code null}
 * @param choices      fixed values to pick from (empty = free input)
 * @param filler       the word written in its place when it is absent but a later option is given (positional
 *                     arguments), or {@code null} to leave it out
 */
record SlashOption(String name, OptionType type, boolean required, boolean autocomplete, Long min, Long max,
                   List<String> choices, String filler) {

    SlashOption {
        choices = List.copyOf(choices);
    }

    static SlashOption text(String name, boolean required) {
        return new SlashOption(name, OptionType.STRING, required, false, null, null, List.of(), null);
    }

    static SlashOption integer(String name, long min, long max, String filler) {
        return new SlashOption(name, OptionType.INTEGER, false, false, min, max, List.of(), filler);
    }

    SlashOption withMaxLength(long length) {
        return new SlashOption(name, type, required, autocomplete, min, length, choices, filler);
    }

    SlashOption withChoices(List<String> values) {
        return new SlashOption(name, type, required, autocomplete, min, max, values, filler);
    }

    SlashOption withAutocomplete() {
        return new SlashOption(name, type, required, true, min, max, choices, filler);
    }

    SlashOption withFiller(String word) {
        return new SlashOption(name, type, required, autocomplete, min, max, choices, word);
    }
}
