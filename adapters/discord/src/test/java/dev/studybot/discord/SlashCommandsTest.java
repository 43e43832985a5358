package dev.studybot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.studybot.chat.Messages;
import dev.studybot.chat.spec.CommandCall;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.chat.spec.Input;
import dev.studybot.chat.spec.Parameter;
import dev.studybot.chat.spec.ParameterType;
import dev.studybot.chat.spec.Subcommand;
import dev.studybot.testing.MutableClock;
import dev.studybot.testing.TestCore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.junit.jupiter.api.Test;

/**
 * Discord's slash commands against the real core's declarations: every listed command, subcommand and parameter
 * is registered as the core declares it (type, required, range, length, choices, autocomplete), nothing else is,
 * and an invocation's options reach the core typed.
 */
class SlashCommandsTest {

    private static final List<CommandSpec> CORE = TestCore.fixture(
            new MutableClock(Instant.parse("2026-03-01T08:00:00Z"))).dispatcher().commands();

    private final SlashCommands slash = new SlashCommands(CORE, Messages.all());
    private final List<SlashCommandData> registered = slash.commandData();

    @Test
    void everyListedCommandIsRegisteredAsTheCoreDeclaresIt() {
        List<CommandSpec> listed = CORE.stream().filter(CommandSpec::listed).toList();
        assertEquals(listed.stream().map(CommandSpec::name).toList(),
                registered.stream().map(SlashCommandData::getName).toList());
        for (CommandSpec spec : listed) {
            SlashCommandData data = registered.stream().filter(d -> d.getName().equals(spec.name())).findFirst()
                    .orElseThrow();
            assertEquals(spec.hiddenFromMembers(), data.getDefaultPermissions().getPermissionsRaw() != null,
                    spec.name());
            assertOptions(spec.name(), spec.parameters(), data.getOptions());
            assertEquals(spec.subcommands().stream().map(Subcommand::name).toList(),
                    data.getSubcommands().stream().map(SubcommandData::getName).toList(), spec.name());
            for (Subcommand sub : spec.subcommands()) {
                SubcommandData subData = data.getSubcommands().stream()
                        .filter(s -> s.getName().equals(sub.name())).findFirst().orElseThrow();
                assertOptions(spec.name() + " " + sub.name(), sub.parameters(), subData.getOptions());
            }
        }
    }

    private static void assertOptions(String where, List<Parameter<?>> parameters, List<OptionData> options) {
        assertEquals(parameters.stream().map(Parameter::name).toList(),
                options.stream().map(OptionData::getName).toList(), where);
        for (int i = 0; i < parameters.size(); i++) {
            Parameter<?> p = parameters.get(i);
            OptionData o = options.get(i);
            ParameterType<?> type = p.type();
            String what = where + " " + p.name();
            assertEquals(type.kind() == ParameterType.Kind.INTEGER ? OptionType.INTEGER : OptionType.STRING,
                    o.getType(), what);
            assertEquals(p.required(), o.isRequired(), what);
            assertEquals(type.min().map(Number::longValue).orElse(null),
                    o.getMinValue() == null ? null : o.getMinValue().longValue(), what);
            assertEquals(type.max().map(Number::longValue).orElse(null),
                    o.getMaxValue() == null ? null : o.getMaxValue().longValue(), what);
            if (type.kind() == ParameterType.Kind.TEXT && type.maxLength() > 0) {
                assertEquals(type.maxLength(), o.getMaxLength(), what);
            }
            assertEquals(type.choices(), o.getChoices().stream().map(c -> c.getAsString()).toList(), what);
            assertEquals(type.suggests(), o.isAutoComplete(), what);
        }
    }

    @Test
    void theLimitsOfTheHelpAreTheLimitsOfTheForms() {
        OptionData count = registered.stream().filter(d -> d.getName().equals("quiz")).findFirst().orElseThrow()
                .getSubcommands().getFirst().getOptions().getFirst();
        assertEquals("count", count.getName());
        assertEquals(1, count.getMinValue().longValue());
        assertEquals(20, count.getMaxValue().longValue());
        OptionData language = registered.stream().filter(d -> d.getName().equals("lang")).findFirst().orElseThrow()
                .getOptions().getFirst();
        assertEquals(List.of("zh", "en"), language.getChoices().stream().map(c -> c.getAsString()).toList());
    }

    @Test
    void everyDescriptionIsChineseAndEnglishWithinDiscordsLimit() {
        for (SlashCommandData data : registered) {
            assertDescribed(data.getName(), data.getDescription(),
                    data.getDescriptionLocalizations().toMap().get(DiscordLocale.CHINESE_CHINA));
            for (SubcommandData sub : data.getSubcommands()) {
                assertDescribed(sub.getName(), sub.getDescription(),
                        sub.getDescriptionLocalizations().toMap().get(DiscordLocale.CHINESE_CHINA));
                sub.getOptions().forEach(o -> assertDescribed(o.getName(), o.getDescription(),
                        o.getDescriptionLocalizations().toMap().get(DiscordLocale.CHINESE_CHINA)));
            }
            data.getOptions().forEach(o -> assertDescribed(o.getName(), o.getDescription(),
                    o.getDescriptionLocalizations().toMap().get(DiscordLocale.CHINESE_CHINA)));
        }
    }

    private static void assertDescribed(String name, String english, String chinese) {
        assertTrue(english.length() <= SlashCommands.DESCRIPTION_MAX && !english.startsWith("command."), name);
        assertTrue(chinese != null && !chinese.isBlank() && !chinese.startsWith("command.")
                && chinese.length() <= SlashCommands.DESCRIPTION_MAX, name);
    }

    @Test
    void anInvocationsOptionsReachTheCoreTyped() {
        OptionMapping seconds = mock(OptionMapping.class);
        when(seconds.getAsLong()).thenReturn(45L);
        assertEquals(CommandCall.of("quiz", Optional.of("start")).option("seconds", Input.number(45)).build(),
                slash.call("quiz", "start", Map.of("seconds", seconds)::get));
        OptionMapping zone = mock(OptionMapping.class);
        when(zone.getAsString()).thenReturn("Asia/Tokyo");
        assertEquals(CommandCall.of("daily", Optional.of("on")).option("zone", Input.text("Asia/Tokyo")).build(),
                slash.call("daily", "on", Map.of("zone", zone)::get),
                "no time given stays no time given: the core knows the subscription's own");
        assertEquals(CommandCall.of("more", Optional.empty()).build(), slash.call("more", null, name -> null));
    }

    @Test
    void theZoneIsSuggestedWhileItIsTypedAndNothingElseIs() {
        assertEquals("Europe/Berlin", slash.suggestions("daily", "time", "zone", "berl").getFirst());
        assertTrue(slash.suggestions("daily", "time", "time", "08").isEmpty());
        assertTrue(slash.suggestions("nosuch", null, "zone", "berl").isEmpty());
    }

    @Test
    void useSuggestsTheLibrarysDocumentsWhileTheyAreTyped() {
        assertEquals(java.util.List.of("all", "river-report", "city-report"),
                slash.suggestions("use", null, "documents", ""));
        assertEquals(java.util.List.of("river-report"), slash.suggestions("use", null, "documents", "riv"));
        assertEquals(java.util.List.of("city-report river-report"),
                slash.suggestions("use", null, "documents", "city-report riv"), "the names typed before stay");
    }
}
