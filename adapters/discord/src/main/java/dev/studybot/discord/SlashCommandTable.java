package dev.studybot.discord;

import dev.studybot.discord.SlashCommandSpec.Sub;
import dev.studybot.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * StudyBot's slash commands on Discord: what to register (names in English, descriptions in English with Chinese
 * localisations) and how an invocation becomes the core's text command ({@code /quiz start count:5 seconds:30}
 * becomes {@code /quiz 5 30}).
 *
 * <p>{@code /daily} is for members with Manage Server by default. {@code /quiz} is open to everyone because
 * default permissions apply to a whole command, and {@code /quiz start} must stay open; {@code /quiz stop} is checked
 * by the core (the quiz's starter or a member with Manage Server, through {@code Origin.adminCheck}).
 */
final class SlashCommandTable {

    /** Discord's limit on a command or option description. */
    static final int DESCRIPTION_MAX = 100;

    private static final List<DiscordLocale> CHINESE = List.of(DiscordLocale.CHINESE_CHINA,
            DiscordLocale.CHINESE_TAIWAN);

    private final List<SlashCommandSpec> specs;

    SlashCommandTable() {
        SlashOption time = SlashOption.text("time", false).withMaxLength(5);
        SlashOption zone = SlashOption.text("zone", false).withAutocomplete().withMaxLength(64);
        this.specs = List.of(
                SlashCommandSpec.simple("ask", SlashOption.text("question", true).withMaxLength(1000)),
                SlashCommandSpec.simple("more"),
                SlashCommandSpec.simple("docs"),
                SlashCommandSpec.simple("use", SlashOption.text("documents", false).withMaxLength(200)),
                new SlashCommandSpec("daily", true, List.of(), List.of(
                        // The core's documented default time stands in when only a zone is given.
                        new Sub("on", "on", List.of(time.withFiller("08:00"), zone)),
                        new Sub("off", "off", List.of()),
                        new Sub("status", "status", List.of()),
                        new Sub("now", "now", List.of()),
                        new Sub("time", "time", List.of(
                                SlashOption.text("time", true).withMaxLength(5), zone)))),
                new SlashCommandSpec("quiz", false, List.of(), List.of(
                        // The core's documented default count stands in when only the seconds are given.
                        new Sub("start", "", List.of(SlashOption.integer("count", 1, 20, "5"),
                                SlashOption.integer("seconds", 10, 120, null))),
                        new Sub("stop", "stop", List.of()))),
                SlashCommandSpec.simple("top"),
                SlashCommandSpec.simple("me"),
                SlashCommandSpec.simple("review"),
                SlashCommandSpec.simple("lang", SlashOption.text("language", true).withChoices(List.of("zh", "en"))),
                SlashCommandSpec.simple("help"));
    }

    List<SlashCommandSpec> specs() {
        return specs;
    }

    /** The command data to register, described in the texts' languages. */
    List<SlashCommandData> commandData(AdapterTexts texts) {
        List<SlashCommandData> all = new ArrayList<>();
        for (SlashCommandSpec spec : specs) {
            SlashCommandData data = Commands.slash(spec.name(),
                    fit(texts.commandDescription(spec.name(), Language.EN)));
            for (DiscordLocale locale : CHINESE) {
                data.setDescriptionLocalization(locale, fit(texts.commandDescription(spec.name(), Language.ZH)));
            }
            data.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
            if (spec.manageServer()) {
                data.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
            }
            for (SlashOption option : spec.options()) {
                data.addOptions(option(option, "option." + spec.name() + "." + option.name(), texts));
            }
            for (Sub sub : spec.subcommands()) {
                String key = "sub." + spec.name() + "." + sub.name();
                SubcommandData subData = new SubcommandData(sub.name(), fit(texts.get(key, Language.EN, sub.name())));
                for (DiscordLocale locale : CHINESE) {
                    subData.setDescriptionLocalization(locale, fit(texts.get(key, Language.ZH, sub.name())));
                }
                for (SlashOption option : sub.options()) {
                    subData.addOptions(option(option,
                            "option." + spec.name() + "." + sub.name() + "." + option.name(), texts));
                }
                data.addSubcommands(subData);
            }
            all.add(data);
        }
        return all;
    }

    private static OptionData option(SlashOption option, String key, AdapterTexts texts) {
        OptionData data = new OptionData(option.type(), option.name(),
                fit(texts.get(key, Language.EN, option.name())), option.required(), option.autocomplete());
        for (DiscordLocale locale : CHINESE) {
            data.setDescriptionLocalization(locale, fit(texts.get(key, Language.ZH, option.name())));
        }
        if (option.type() == OptionType.INTEGER) {
            if (option.min() != null) {
                data.setMinValue(option.min());
            }
            if (option.max() != null) {
                data.setMaxValue(option.max());
            }
        } else if (option.max() != null) {
            data.setMaxLength(option.max().intValue());
        }
        option.choices().forEach(choice -> data.addChoice(choice, choice));
        return data;
    }

    /**
     * The core text command of an invocation, or empty when the command or subcommand is not StudyBot's.
     *
     * @param name       the slash command's name
     * @param subcommand the subcommand's name, or {@code null}
     * @param values     an option's value as text by name, {@code null} when not given
     */
    Optional<String> coreText(String name, String subcommand, Function<String, String> values) {
        Optional<SlashCommandSpec> spec = specs.stream().filter(s -> s.name().equals(name)).findFirst();
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        words.add("/" + name);
        List<SlashOption> options = spec.get().options();
        if (!spec.get().subcommands().isEmpty()) {
            Optional<Sub> sub = spec.get().subcommands().stream()
                    .filter(s -> s.name().equals(subcommand)).findFirst();
            if (sub.isEmpty()) {
                return Optional.empty();
            }
            if (!sub.get().coreWord().isEmpty()) {
                words.add(sub.get().coreWord());
            }
            options = sub.get().options();
        }
        words.addAll(optionWords(options, values));
        return Optional.of(String.join(" ", words));
    }

    /** The options' values in order; an absent one is skipped, or filled when a later one is given. */
    private static List<String> optionWords(List<SlashOption> options, Function<String, String> values) {
        List<String> words = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (SlashOption option : options) {
            String value = values.apply(option.name());
            if (value == null || value.isBlank()) {
                if (option.filler() != null) {
                    pending.add(option.filler());
                }
                continue;
            }
            words.addAll(pending);
            pending.clear();
            words.add(value.strip());
        }
        return words;
    }

    private static String fit(String text) {
        return text.length() <= DESCRIPTION_MAX ? text : text.substring(0, DESCRIPTION_MAX - 1) + "…";
    }
}
