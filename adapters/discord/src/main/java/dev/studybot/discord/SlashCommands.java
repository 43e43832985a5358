package dev.studybot.discord;

import dev.studybot.chat.CommandTexts;
import dev.studybot.chat.Messages;
import dev.studybot.chat.spec.CommandCall;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.chat.spec.Input;
import dev.studybot.chat.spec.Parameter;
import dev.studybot.chat.spec.ParameterType;
import dev.studybot.chat.spec.Subcommand;
import dev.studybot.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * StudyBot's slash commands, made from the core's command declarations: what to register (names in English,
 * descriptions in English with Chinese localisations, options with their types, ranges, lengths, choices and
 * autocomplete), how an invocation's typed options become the core's {@link CommandCall} (an integer stays an
 * integer), and what to suggest while a member types. Nothing about a command is written here.
 *
 * <p>A command the core hides from members who are not admins ({@code /daily}) is for members with Manage Server by
 * default. Default permissions apply to a whole command, so a command with subcommands for everyone
 * ({@code /quiz start}) stays open; the core checks the admin-only ones itself (Manage Server, through
 * {@code Origin.adminCheck}).
 */
final class SlashCommands {

    /** Discord's limit on a command or option description. */
    static final int DESCRIPTION_MAX = 100;

    private static final List<DiscordLocale> CHINESE = List.of(DiscordLocale.CHINESE_CHINA,
            DiscordLocale.CHINESE_TAIWAN);

    private final List<CommandSpec> specs;
    private final Map<Language, Messages> messages;

    /**
     * @param specs    the core's commands, in help order
     * @param messages the core's texts of each language
     */
    SlashCommands(List<CommandSpec> specs, Map<Language, Messages> messages) {
        this.specs = specs.stream().filter(CommandSpec::listed).toList();
        this.messages = Map.copyOf(messages);
    }

    /** The commands registered with Discord (the listed ones). */
    List<CommandSpec> specs() {
        return specs;
    }

    /** The command data to register. */
    List<SlashCommandData> commandData() {
        List<SlashCommandData> all = new ArrayList<>();
        for (CommandSpec spec : specs) {
            SlashCommandData data = Commands.slash(spec.name(), text(CommandTexts.description(spec), Language.EN));
            CHINESE.forEach(locale -> data.setDescriptionLocalization(locale,
                    text(CommandTexts.description(spec), Language.ZH)));
            data.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
            if (spec.hiddenFromMembers()) {
                data.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
            }
            for (Parameter<?> p : spec.parameters()) {
                data.addOptions(option(spec, Optional.empty(), p));
            }
            for (Subcommand sub : spec.subcommands()) {
                SubcommandData subData = new SubcommandData(sub.name(),
                        text(CommandTexts.description(spec, sub), Language.EN));
                CHINESE.forEach(locale -> subData.setDescriptionLocalization(locale,
                        text(CommandTexts.description(spec, sub), Language.ZH)));
                for (Parameter<?> p : sub.parameters()) {
                    subData.addOptions(option(spec, Optional.of(sub), p));
                }
                data.addSubcommands(subData);
            }
            all.add(data);
        }
        return all;
    }

    private OptionData option(CommandSpec spec, Optional<Subcommand> sub, Parameter<?> p) {
        ParameterType<?> type = p.type();
        String key = CommandTexts.description(spec, sub, p);
        OptionData data = new OptionData(optionType(type), p.name(), text(key, Language.EN), p.required(),
                type.suggests());
        CHINESE.forEach(locale -> data.setDescriptionLocalization(locale, text(key, Language.ZH)));
        type.min().ifPresent(data::setMinValue);
        type.max().ifPresent(data::setMaxValue);
        if (type.kind() == ParameterType.Kind.TEXT && type.maxLength() > 0) {
            data.setMaxLength(type.maxLength());
        }
        type.choices().forEach(choice -> data.addChoice(choice, choice));
        return data;
    }

    private static OptionType optionType(ParameterType<?> type) {
        return switch (type.kind()) {
            case TEXT -> OptionType.STRING;
            case INTEGER -> OptionType.INTEGER;
        };
    }

    /**
     * The core's call of an invocation: the command, its subcommand, and each declared option given, read as its
     * type asks (an integer as a number, the rest as text).
     *
     * @param name       the slash command's name
     * @param subcommand the subcommand's name, or {@code null}
     * @param options    an option by name, {@code null} when not given
     */
    CommandCall call(String name, String subcommand, Function<String, OptionMapping> options) {
        CommandCall.Builder call = CommandCall.of(name, Optional.ofNullable(subcommand));
        for (Parameter<?> p : parameters(name, subcommand)) {
            OptionMapping option = options.apply(p.name());
            if (option != null) {
                call.option(p.name(), p.type().kind() == ParameterType.Kind.INTEGER
                        ? Input.number(option.getAsLong()) : Input.text(option.getAsString()));
            }
        }
        return call.build();
    }

    /** Whether what the command says is for the member alone ({@code /hint}, {@code /me}): deferred privately. */
    boolean privateReplies(String name) {
        return specs.stream().anyMatch(s -> s.name().equals(name) && s.privateReplies());
    }

    /** Values to suggest for an option being typed; empty when it suggests none. */
    List<String> suggestions(String name, String subcommand, String option, String typed) {
        return parameters(name, subcommand).stream()
                .filter(p -> p.name().equals(option) && p.type().suggests())
                .findFirst().map(p -> p.type().suggest(typed)).orElse(List.of());
    }

    private List<Parameter<?>> parameters(String name, String subcommand) {
        return specs.stream().filter(s -> s.name().equals(name)).findFirst()
                .map(spec -> spec.parametersOf(Optional.ofNullable(subcommand).flatMap(spec::subcommand)))
                .orElse(List.of());
    }

    private String text(String key, Language language) {
        String text = messages.get(language).get(key);
        return text.length() <= DESCRIPTION_MAX ? text : text.substring(0, DESCRIPTION_MAX - 1) + "…";
    }
}
