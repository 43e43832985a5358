package dev.studybot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.Messages;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;

class SlashCommandTableTest {

    private final SlashCommandTable table = new SlashCommandTable();

    @Test
    void invocationsBecomeTheCoresTextCommands() {
        assertEquals("/ask 什么是新发展理念", text("ask", null, Map.of("question", " 什么是新发展理念 ")));
        assertEquals("/more", text("more", null, Map.of()));
        assertEquals("/use 1 3", text("use", null, Map.of("documents", "1 3")));
        assertEquals("/use", text("use", null, Map.of()));
        assertEquals("/lang en", text("lang", null, Map.of("language", "en")));
        assertEquals("/quiz", text("quiz", "start", Map.of()));
        assertEquals("/quiz 10 60", text("quiz", "start", Map.of("count", "10", "seconds", "60")));
        assertEquals("/quiz 7", text("quiz", "start", Map.of("count", "7")));
        assertEquals("/quiz stop", text("quiz", "stop", Map.of()));
        assertEquals("/daily on", text("daily", "on", Map.of()));
        assertEquals("/daily time 21:30 Europe/Berlin",
                text("daily", "time", Map.of("time", "21:30", "zone", "Europe/Berlin")));
        assertEquals("/daily status", text("daily", "status", Map.of()));
        assertEquals("/top", text("top", null, Map.of()));
    }

    @Test
    void aLaterOptionWithoutAnEarlierOneKeepsItsPosition() {
        assertEquals("/quiz 5 45", text("quiz", "start", Map.of("seconds", "45")));
        assertEquals("/daily on 08:00 Asia/Tokyo", text("daily", "on", Map.of("zone", "Asia/Tokyo")));
    }

    @Test
    void unknownCommandsAndSubcommandsAreNotTranslated() {
        assertEquals(Optional.empty(), table.coreText("ban", null, name -> null));
        assertEquals(Optional.empty(), table.coreText("quiz", "pause", name -> null));
    }

    @Test
    void everyCommandHasEnglishAndChineseDescriptionsWithinDiscordsLimit() {
        for (SlashCommandData data : table.commandData(new AdapterTexts(Messages.all()))) {
            assertTrue(data.getDescription().length() <= SlashCommandTable.DESCRIPTION_MAX);
            String chinese = data.getDescriptionLocalizations().toMap().get(DiscordLocale.CHINESE_CHINA);
            assertTrue(chinese != null && !chinese.isBlank() && !chinese.startsWith("command."), data.getName());
            assertTrue(!data.getDescription().equals(data.getName()) || data.getName().equals("help"),
                    "described: " + data.getName());
            data.getSubcommands().forEach(sub -> assertTrue(
                    sub.getDescriptionLocalizations().toMap().containsKey(DiscordLocale.CHINESE_CHINA)));
        }
    }

    @Test
    void theZoneOptionsAutocomplete() {
        SlashCommandData daily = table.commandData(new AdapterTexts(Messages.all())).stream()
                .filter(d -> d.getName().equals("daily")).findFirst().orElseThrow();
        daily.getSubcommands().stream().filter(s -> s.getName().equals("time")).findFirst().orElseThrow()
                .getOptions().stream().filter(o -> o.getName().equals("zone"))
                .forEach(o -> assertTrue(o.isAutoComplete()));
    }

    private String text(String name, String sub, Map<String, String> values) {
        return table.coreText(name, sub, values::get).orElseThrow();
    }
}
