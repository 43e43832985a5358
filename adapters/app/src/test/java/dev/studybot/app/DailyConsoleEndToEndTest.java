package dev.studybot.app;

import dev.studybot.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console chat over a real core and database: subscribe, look at the status, read today's excerpt. */
@Tag("slow") // end to end: a console session over the whole core
class DailyConsoleEndToEndTest {

    @TempDir
    Path data;

    @Test
    void subscribesShowsStatusAndSendsTodaysExcerptThenPushesTomorrows() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T22:00:00Z")); // 06:00 in Shanghai
        Config config = Config.from(Map.of("STUDYBOT_DATA", data.toString(), "STUDYBOT_DENSE", "off"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
        String input = "/daily on 08:00 Asia/Shanghai\n/daily status\n/daily now\n/daily now\nA\nA\n";
        try (CoreAssembly core = CoreAssembly.build(config, new LibraryLoader().load(List.of()), clock)) {
            ConsoleChat chat = new ConsoleChat(core.dispatcher(), new BufferedReader(new StringReader(input)), out,
                    clock);
            core.messenger().register(ConsoleChat.CHAT.platform(), chat);
            core.start();
            chat.run();
            String conversation = bytes.toString(StandardCharsets.UTF_8);
            assertTrue(conversation.contains("已开启每日推送：每天 08:00（Asia/Shanghai）发送一段原文。"
                    + "第一次推送：2026-12-02 08:00 (Asia/Shanghai)。"), conversation);
            assertTrue(conversation.contains("下一次：2026-12-02 08:00 (Asia/Shanghai)"), conversation);
            assertTrue(conversation.contains("下一篇是《省委常委会召开（扩大）会议"), conversation);
            assertTrue(conversation.contains("【每日学习】12月2日 星期三"), conversation);
            assertTrue(conversation.contains("第 1/"), conversation);
            assertTrue(conversation.contains("7月29日下午，省委常委会召开（扩大）会议"), conversation);
            assertTrue(conversation.contains("想一想："), conversation);
            assertTrue(conversation.contains("(今日一题) "), "the question of the day, to answer by letter: "
                    + conversation);
            assertTrue(conversation.contains("（今天的原文已经推送过，这里再发一遍；今日一题每人只计一次。）"),
                    conversation);
            // A typed letter answers it, checked at once in the console's private chat; a second counts nothing.
            assertTrue(conversation.contains("答对了！") || conversation.contains("答错了。正确答案："), conversation);
            assertTrue(conversation.contains("你已经回答过这道题了，以第一次作答为准。"), conversation);

            // The next morning the scheduler pushes part 2 to the console, once.
            bytes.reset();
            clock.set(Instant.parse("2026-12-03T00:00:30Z"));
            core.daily().tick();
            core.daily().tick();
            String pushed = bytes.toString(StandardCharsets.UTF_8);
            assertEquals(1, pushed.split("【每日学习】", -1).length - 1, pushed);
            assertTrue(pushed.contains("12月3日") && pushed.contains("第 2/"), pushed);
        }
    }
}
