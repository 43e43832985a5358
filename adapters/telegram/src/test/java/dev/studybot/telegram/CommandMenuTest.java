package dev.studybot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.CommandTexts;
import dev.studybot.chat.Messages;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.model.Language;
import dev.studybot.testing.MutableClock;
import dev.studybot.testing.TestCore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * Telegram's command menus are the core's listed commands, in their order, described in each language: group members
 * do not see the admins' commands, group admins and private chats see them all.
 */
class CommandMenuTest {

    private static final List<CommandSpec> CORE = TestCore.fixture(
            new MutableClock(Instant.parse("2026-03-01T08:00:00Z"))).dispatcher().commands();

    @Test
    void theMenuIsTheCoresListedCommands() {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            List<BotCommand> menu = CommandMenu.commands(CORE, messages);
            List<CommandSpec> listed = CORE.stream().filter(CommandSpec::listed)
                    .filter(spec -> !spec.hiddenFromMembers()).toList();
            assertEquals(listed.stream().map(CommandSpec::name).toList(),
                    menu.stream().map(BotCommand::getCommand).toList());
            for (int i = 0; i < listed.size(); i++) {
                assertEquals(messages.get(CommandTexts.description(listed.get(i))), menu.get(i).getDescription());
            }
        }
    }

    @Test
    void groupAdminsAndPrivateChatsAlsoSeeUseAndDaily() {
        Messages messages = Messages.of(Language.ZH);
        List<String> members = CommandMenu.commands(CORE, messages, CommandMenu.Audience.MEMBERS).stream()
                .map(BotCommand::getCommand).toList();
        List<String> admins = CommandMenu.commands(CORE, messages, CommandMenu.Audience.GROUP_ADMINS).stream()
                .map(BotCommand::getCommand).toList();
        List<String> privateChats = CommandMenu.commands(CORE, messages, CommandMenu.Audience.PRIVATE_CHATS).stream()
                .map(BotCommand::getCommand).toList();
        assertFalse(members.contains("use") || members.contains("daily"), members.toString());
        assertTrue(admins.containsAll(List.of("use", "daily", "ask", "quiz")), admins.toString());
        assertEquals(admins, privateChats);
    }
}
