package dev.studybot.app;

import dev.studybot.StudyBotCore;
import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.MessengerRouter;
import dev.studybot.daily.DailyService;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.quiz.QuizEngine;
import dev.studybot.search.IndexFolder;
import dev.studybot.search.LuceneSearchEngine;
import dev.studybot.store.sqlite.SqliteDatabase;
import java.io.IOException;
import java.time.Clock;

/**
 * The core as the app runs it: a {@link StudyBotCore} with its index and database in the configured data folder
 * and the configured limits. Adapters get only what they need from it.
 */
public final class CoreAssembly implements AutoCloseable {

    private final DataFolderLock lock;
    private final StudyBotCore core;

    private CoreAssembly(DataFolderLock lock, StudyBotCore core) {
        this.lock = lock;
        this.core = core;
    }

    /**
     * Builds the core over the library, with its data (index, database) in the configured folder, which it holds
     * for this process until closed.
     */
    public static CoreAssembly build(Config config, DocumentLibrary library, Clock clock) throws IOException {
        DataFolderLock lock = DataFolderLock.acquire(config.dataFolder());
        try {
            SqliteDatabase database = SqliteDatabase.open(config.dataFolder().resolve("studybot.db"));
            StudyBotCore.Builder builder = StudyBotCore.builder(library, database);
            config.embedder().ifPresent(builder::embedder);
            return new CoreAssembly(lock, builder
                    .index(IndexFolder.at(config.dataFolder().resolve("index")))
                    .clock(clock)
                    .questionsPerMinute(config.questionsPerMinute())
                    .daily(config.daily())
                    .build());
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Starts the core's timers (quiz clocks, daily deliveries). */
    public void start() {
        core.start();
    }

    public DocumentLibrary library() {
        return core.library();
    }

    public LuceneSearchEngine search() {
        return core.search();
    }

    public Dispatcher dispatcher() {
        return core.dispatcher();
    }

    /** Where adapters register to receive the core's pushed messages. */
    public MessengerRouter messenger() {
        return core.messenger();
    }

    /** The quiz engine (its {@code tick} is what the quiz timer calls). */
    public QuizEngine quiz() {
        return core.quiz();
    }

    public SqliteDatabase database() {
        return core.database();
    }

    /** Daily excerpts (for the command line and tests). */
    public DailyService daily() {
        return core.daily();
    }

    @Override
    public void close() throws IOException {
        try {
            core.close();
        } finally {
            lock.close();
        }
    }
}
