package dev.studybot.testing;

import dev.studybot.chat.ButtonHandler;
import dev.studybot.chat.ChatId;
import dev.studybot.chat.ChatType;
import dev.studybot.chat.Command;
import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.IncomingMessage;
import dev.studybot.chat.Language;
import dev.studybot.chat.Member;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Origin;
import dev.studybot.chat.RateLimiter;
import dev.studybot.chat.command.AskCommand;
import dev.studybot.chat.command.DocsCommand;
import dev.studybot.chat.command.HelpCommand;
import dev.studybot.chat.command.LangCommand;
import dev.studybot.chat.command.MoreCommand;
import dev.studybot.chat.command.RecentAnswers;
import dev.studybot.chat.command.UseCommand;
import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import dev.studybot.search.IndexFolder;
import dev.studybot.search.LuceneSearchEngine;
import dev.studybot.store.ChatSettingsStore;
import dev.studybot.store.InMemoryChatSettingsStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small, fully wired core for tests: two fixture documents (or any given), the real search engine in memory,
 * the ask/more/docs/use/lang/help commands, in-memory settings.
 */
public final class TestCore {

    private final DocumentLibrary library;
    private final LuceneSearchEngine search;
    private final ChatSettingsStore settings = new InMemoryChatSettingsStore();
    private final Dispatcher dispatcher;

    private TestCore(DocumentLibrary library, Clock clock, int perMinute, List<Command> extraCommands,
                     List<ButtonHandler> extraButtons) {
        this.library = library;
        this.search = LuceneSearchEngine.open(library, IndexFolder.inMemory());
        Map<Language, Messages> messages = Messages.all();
        RecentAnswers recent = new RecentAnswers();
        AskCommand ask = new AskCommand(search, recent);
        MoreCommand more = new MoreCommand(recent);
        List<Command> commands = new ArrayList<>(List.of(ask, more, new DocsCommand(library),
                new UseCommand(library, settings), new LangCommand(settings, messages)));
        commands.addAll(extraCommands);
        commands.add(0, new HelpCommand(commands));
        List<ButtonHandler> buttons = new ArrayList<>(List.of(more));
        buttons.addAll(extraButtons);
        this.dispatcher = new Dispatcher(commands, ask, buttons, List.of(), settings,
                new RateLimiter(perMinute, Duration.ofMinutes(1), clock), messages);
    }

    /** A core over the two fixture documents ({@code river-report}, {@code city-report}). */
    public static TestCore fixture(Clock clock) {
        return new TestCore(fixtureLibrary(), clock, 1000, List.of(), List.of());
    }

    /** A core over the fixtures with extra commands and button handlers, and a rate limit. */
    public static TestCore fixture(Clock clock, int perMinute, List<Command> extraCommands,
                                   List<ButtonHandler> extraButtons) {
        return new TestCore(fixtureLibrary(), clock, perMinute, extraCommands, extraButtons);
    }

    /** The two fixture documents. */
    public static DocumentLibrary fixtureLibrary() {
        return new DocumentLibrary(List.of(fixture("river-report.txt"), fixture("city-report.txt")));
    }

    private static Document fixture(String name) {
        try (InputStream in = TestCore.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new DocumentParser().parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A message from a member of a chat. */
    public static IncomingMessage message(ChatId chat, ChatType type, String memberId, boolean admin, String text) {
        Origin origin = new Origin(chat, type, new Member(memberId, "member " + memberId),
                Instant.parse("2026-11-27T08:00:00Z"), null, () -> admin);
        return new IncomingMessage(origin, text);
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    public DocumentLibrary library() {
        return library;
    }

    public LuceneSearchEngine search() {
        return search;
    }

    public ChatSettingsStore settings() {
        return settings;
    }
}
