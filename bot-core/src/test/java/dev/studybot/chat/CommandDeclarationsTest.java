package dev.studybot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.chat.spec.Parameter;
import dev.studybot.chat.spec.Subcommand;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import dev.studybot.model.Language;
import dev.studybot.testing.MutableClock;
import dev.studybot.testing.TestCore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every command's declaration has its texts in both languages, and the help made from them reads as it always has. */
class CommandDeclarationsTest {

    private final TestCore core = TestCore.fixture(new MutableClock(Instant.parse("2026-11-27T08:00:00Z")));

    @Test
    void everyDeclaredTextExistsInChineseAndEnglish() {
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            Messages m = core.dispatcher().messages(language);
            for (CommandSpec spec : core.dispatcher().commands()) {
                List<String> keys = new ArrayList<>(List.of(CommandTexts.description(spec),
                        CommandTexts.summary(spec)));
                for (Parameter<?> p : spec.parameters()) {
                    keys.addAll(parameterKeys(spec, Optional.empty(), p));
                }
                for (Subcommand sub : spec.subcommands()) {
                    keys.add(CommandTexts.description(spec, sub));
                    sub.parameters().forEach(p -> keys.addAll(parameterKeys(spec, Optional.of(sub), p)));
                }
                keys.addAll(List.of(spec.usage().key(), spec.adminOnly().key(), spec.unknownSubcommand()));
                spec.subcommands().forEach(sub -> sub.usage().ifPresent(usage -> keys.add(usage.key())));
                keys.stream().filter(key -> !m.has(key)).forEach(key -> missing.add(language + " " + key));
            }
        }
        assertEquals(List.of(), missing);
    }

    private static List<String> parameterKeys(CommandSpec spec, Optional<Subcommand> sub, Parameter<?> p) {
        List<String> keys = new ArrayList<>(List.of(CommandTexts.description(spec, sub, p)));
        if (p.type().choices().isEmpty()) {
            keys.add(CommandTexts.label(spec, sub, p));
        }
        return keys;
    }

    @Test
    void theHelpIsMadeFromTheDeclarationsAndReadsAsBefore() {
        String zh = help("/help");
        for (String line : List.of(
                "/help — 显示本帮助",
                "/ask 问题 — 在文件中查找回答问题的原文（私聊可直接发问题）",
                "/use 编号或ID… | all — 只在这些文件中回答、出题和推送（群内仅管理员）",
                "/lang zh|en — 切换回复语言",
                "/daily on [时间] [时区] | time 时间 [时区] | off | status | now — 每日原文推送（开关和改时间仅群管理员）",
                "/quiz [题数] [秒数] — 开始测验（默认 5 题、每题 30 秒，最多 20 题、10–120 秒）。答对得 10 分，越快作答额外加分"
                        + "（最多 5 分）；每人每题以第一次作答为准；/quiz stop 提前结束（发起人或管理员）",
                "/top — 本群测验总排行榜（前 10 名和你的名次）")) {
            assertTrue(zh.contains(line + "\n"), "missing «" + line + "» in\n" + zh);
        }
        help("/lang en");
        String en = help("/help");
        assertTrue(en.contains("/daily on [time] [zone] | time HH:MM [zone] | off | status | now — a daily excerpt"),
                en);
        assertTrue(en.contains("/quiz [questions] [seconds] — start a quiz (default 5 questions, 30 s each; at most "
                + "20, 10–120 s)."), en);
    }

    private String help(String text) {
        ChatId chat = new ChatId("test", "help");
        List<Reply> replies = core.dispatcher().onMessage(TestCore.message(chat, ChatType.PRIVATE, "u", true, text));
        return ((TextReply) replies.getFirst()).text().plainText();
    }
}
