package dev.studybot.telegram;

import dev.studybot.chat.ButtonHandler;
import dev.studybot.chat.ButtonPress;
import dev.studybot.chat.ChatSettings;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.Language;
import dev.studybot.chat.Messages;
import dev.studybot.chat.RateLimiter;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import dev.studybot.chat.command.AskCommand;
import dev.studybot.chat.command.DocsCommand;
import dev.studybot.chat.command.HelpCommand;
import dev.studybot.chat.command.LangCommand;
import dev.studybot.chat.command.MoreCommand;
import dev.studybot.chat.command.RecentAnswers;
import dev.studybot.chat.command.UseCommand;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.LibraryLoader;
import dev.studybot.search.IndexFolder;
import dev.studybot.search.LuceneSearchEngine;
import dev.studybot.store.InMemoryChatSettingsStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real core for the adapter's tests, wired like the app's CoreAssembly over the bundled document with an
 * in-memory index and settings, plus two test doubles: a {@code quiz:} button handler that records what reaches it
 * (the quiz capability is built elsewhere) and a {@code /long} command whose answer needs several messages.
 */
final class TestCore implements AutoCloseable {

    final LuceneSearchEngine search;
    final Dispatcher dispatcher;
    final RecordingQuizHandler quiz = new RecordingQuizHandler();

    TestCore(Clock clock) {
        DocumentLibrary library = new LibraryLoader().load(List.of());
        this.search = LuceneSearchEngine.open(library, IndexFolder.inMemory());
        Map<Language, Messages> messages = Messages.all();
        InMemoryChatSettingsStore settings = new InMemoryChatSettingsStore();
        RecentAnswers recent = new RecentAnswers();
        AskCommand ask = new AskCommand(search, recent);
        MoreCommand more = new MoreCommand(recent);
        List<Command> commands = new ArrayList<>(List.of(ask, more, new DocsCommand(library),
                new UseCommand(library, settings), new LangCommand(settings, messages), new LongAnswerCommand()));
        commands.add(0, new HelpCommand(commands));
        this.dispatcher = new Dispatcher(commands, ask, List.of(more, quiz), List.of(), settings,
                new RateLimiter(1_000, Duration.ofMinutes(1), clock), messages);
    }

    @Override
    public void close() throws java.io.IOException {
        search.close();
    }

    /** Records quiz answers and acknowledges each with a short text, as the quiz capability will. */
    static final class RecordingQuizHandler implements ButtonHandler {
        static final String ACK = "已记录你的答案";
        final List<ButtonPress> presses = new CopyOnWriteArrayList<>();

        @Override
        public String prefix() {
            return "quiz:";
        }

        @Override
        public List<Reply> press(ButtonPress press, ChatSettings settings, Messages messages) {
            presses.add(press);
            return List.of(TextReply.of(ACK));
        }
    }

    /** {@code /long}: an answer of about 5,000 characters, with matched words, in sentences. */
    static final class LongAnswerCommand implements Command {
        static final String SENTENCE = "全面建设社会主义现代化国家，首要任务是高质量发展。";

        @Override
        public String name() {
            return "long";
        }

        @Override
        public boolean listed() {
            return false;
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
