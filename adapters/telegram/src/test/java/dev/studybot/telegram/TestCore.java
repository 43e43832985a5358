package dev.studybot.telegram;

import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.testing.MutableClock;
import dev.studybot.StudyBotCore;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import dev.studybot.document.LibraryLoader;
import dev.studybot.store.jdbc.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The whole core for the adapter's tests, built as the app builds it ({@link StudyBotCore}: search, quizzes, daily
 * excerpts) over the bundled document, its database in a temporary folder, on a clock the test moves and a seeded
 * random. Its timers stay off: tests tick the quiz engine and the daily service themselves. One extra command,
 * {@code /long}, answers with a text that needs several messages.
 */
final class TestCore implements AutoCloseable {

    final MutableClock clock;
    final StudyBotCore core;
    final Dispatcher dispatcher;

    TestCore(MutableClock clock, Path dataFolder) {
        this.clock = clock;
        this.core = StudyBotCore.builder(new LibraryLoader().load(List.of()),
                        Database.sqlite(dataFolder.resolve("studybot.db")))
                .clock(clock).random(new Random(7)).questionsPerMinute(1_000)
                .command(new LongAnswerCommand()).build();
        this.dispatcher = core.dispatcher();
    }

    /** Closes every question whose time is up now (what the quiz clock does once a second). */
    void tickQuiz() {
        core.quiz().tick(clock.instant());
    }

    @Override
    public void close() throws IOException {
        core.close();
    }

    /** {@code /long}: an answer of about 5,000 characters, with matched words, in sentences. */
    static final class LongAnswerCommand implements Command {
        static final String SENTENCE = "全面建设社会主义现代化国家，首要任务是高质量发展。";

        @Override
        public CommandSpec spec() {
            return CommandSpec.named("long").unlisted().build();
        }

        @Override
        public List<Reply> run(CommandRequest request) {
            return List.of(TextReply.of(longText(5_000)));
        }

        static RichText longText(int atLeast) {
            RichText.Builder text = RichText.builder();
            int length = 0;
            for (int i = 0; length < atLeast; i++) {
                text.plain("第" + i + "条：全面建设").match("社会主义现代化国家").plain("，首要任务是<高质量>发展 & 进步。");
                length += SENTENCE.length() + 14;
            }
            return text.muted("—— 《测试》第 1 段").build();
        }
    }
}
