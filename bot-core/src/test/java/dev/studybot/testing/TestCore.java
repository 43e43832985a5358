package dev.studybot.testing;

import dev.studybot.StudyBotCore;
import dev.studybot.chat.Command;
import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.IncomingMessage;
import dev.studybot.chat.Origin;
import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import dev.studybot.model.Member;
import dev.studybot.search.LuceneSearchEngine;
import dev.studybot.store.ChatSettingsStore;
import dev.studybot.store.jdbc.JdbcChatSettingsStore;
import dev.studybot.store.jdbc.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * The real core for tests, as the app wires it ({@link StudyBotCore}): the two fixture documents, the index in
 * memory, a database in a temporary file, a seeded random, timers off.
 */
public final class TestCore {

    private final StudyBotCore core;
    private final ChatSettingsStore settings;

    private TestCore(DocumentLibrary library, Clock clock, int perMinute, List<Command> extraCommands) {
        Database database = Database.sqlite(temporaryDatabase());
        StudyBotCore.Builder builder = StudyBotCore.builder(library, database).clock(clock).random(new Random(7))
                .questionsPerMinute(perMinute);
        extraCommands.forEach(builder::command);
        this.core = builder.build();
        this.settings = new JdbcChatSettingsStore(database);
    }

    /** A core over the two fixture documents ({@code river-report}, {@code city-report}). */
    public static TestCore fixture(Clock clock) {
        return new TestCore(fixtureLibrary(), clock, 1000, List.of());
    }

    /** A core over the fixtures with extra commands and a rate limit. */
    public static TestCore fixture(Clock clock, int perMinute, List<Command> extraCommands) {
        return new TestCore(fixtureLibrary(), clock, perMinute, extraCommands);
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

    private static Path temporaryDatabase() {
        try {
            Path folder = Files.createTempDirectory("studybot-test");
            folder.toFile().deleteOnExit();
            return folder.resolve("studybot.db");
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
        return core.dispatcher();
    }

    public DocumentLibrary library() {
        return core.library();
    }

    public LuceneSearchEngine search() {
        return core.search();
    }

    /** The chats' settings, as the commands store them. */
    public ChatSettingsStore settings() {
        return settings;
    }
}
