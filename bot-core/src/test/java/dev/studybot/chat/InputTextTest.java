package dev.studybot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Telling commands from questions, and cleaning what members type. */
class InputTextTest {

    @Test
    void parsesCommandsWithBotMentionAndArguments() {
        var parsed = InputText.command("/Ask@StudyBot 什么是 两个确立").orElseThrow();
        assertEquals("ask", parsed.name());
        assertEquals("什么是 两个确立", parsed.arguments());
        assertEquals("quiz", InputText.command("／quiz 2 10").orElseThrow().name());
    }

    @Test
    void plainTextAndOddSlashesAreNotCommands() {
        assertTrue(InputText.command("什么是中国式现代化？").isEmpty());
        assertTrue(InputText.command("/ 空格").isEmpty());
        assertTrue(InputText.command("/123").isEmpty());
    }

    @Test
    void cleaningRemovesControlAndInvisibleCharactersAndFoldsSpaces() {
        assertEquals("两个 确立", InputText.clean("\u0000两个\u200B\u3000\t 确立\u0007 "));
        assertEquals("", InputText.clean(null));
    }
}
