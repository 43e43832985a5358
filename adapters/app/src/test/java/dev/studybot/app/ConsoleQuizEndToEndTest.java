package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.console.ConsoleChat;
import dev.studybot.document.LibraryLoader;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plays a short quiz through the console chat, with a hint, as {@code studybot chat} does with piped input. */
@Tag("slow") // end to end: a console session over the whole core
class ConsoleQuizEndToEndTest {

    @TempDir
    Path data;

    @Test
    void aPipedConsoleSessionPlaysAQuizAndShowsTheStandings() throws Exception {
        Config config = Config.from(Map.of("STUDYBOT_DATA", data.toString(), "STUDYBOT_DENSE", "off"));
        Clock clock = Clock.fixed(Instant.parse("2024-03-01T08:00:00Z"), ZoneOffset.UTC);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String input = String.join("\n", "/quiz 3 10", "/quiz", "/hint", "A", "A", "A", "/me", "/top", "/help", "");
        try (CoreAssembly core = CoreAssembly.build(config, new LibraryLoader().load(List.of()), clock);
             PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true)) {
            // The pool as the warm-up leaves it: on a busy machine the first /quiz would otherwise take the
            // 'being prepared' path (QuizPoolPreparingTest) and the piped session end before the quiz starts.
            core.questions().pool(Set.of());
            ConsoleChat chat = new ConsoleChat(core.dispatcher(), new BufferedReader(new StringReader(input)), out,
                    clock);
            core.messenger().register(ConsoleChat.CHAT.platform(), chat);
            chat.run();
        }
        String output = bytes.toString(StandardCharsets.UTF_8);
        for (String expected : List.of("测验开始：共 3 题，每题 10 秒", "(1/3) ", "(2/3) ", "(3/3) ",
                "这里已有一场测验正在进行", "答案已记录", "第 1/3 题答案：", "第 3/3 题答案：", "解析：原文",
                "测验结束！排名：", "已答 3 题", "测验总排行榜", "你的名次：第 1 名", "/quiz [题数] [秒数]",
                "越快作答额外加分", "(💡 提示: /hint)", "💡 第 1/3 题提示", "看过 1 次提示", "/hint — ")) {
            assertTrue(output.contains(expected), "missing '" + expected + "' in:\n" + output);
        }
    }
}
