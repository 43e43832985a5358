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
import dev.studybot.search.PassageEmbedder;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core as the app runs it: a {@link StudyBotCore} with its index and database in the configured data folder
 * and the configured limits. Adapters get only what they need from it.
 */
public final class CoreAssembly implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CoreAssembly.class);

    /**
     * The background preparations (passage vectors, the library's question pool) start this long after the index
     * opened: with a large library they keep both cores busy for minutes, and the first questions come first.
     */
    static final Duration WARM_UP_DELAY = Duration.ofSeconds(10);
    /** A {@code /quiz} whose questions are not ready within this answers at once that they are being prepared. */
    static final Duration QUIZ_POOL_WAIT = Duration.ofSeconds(1);

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
            config.embedder().ifPresent(embedder -> builder.embedder(loadingInBackground(embedder)));
            return new CoreAssembly(lock, builder
                    .index(IndexFolder.at(config.dataFolder().resolve("index")))
                    .warmUpDelay(WARM_UP_DELAY)
                    .quizPoolWait(QUIZ_POOL_WAIT)
                    .clock(clock)
                    .questionsPerMinute(config.questionsPerMinute())
                    .daily(config.daily())
                    .build());
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Loads the embedding model on a thread of its own while the index opens: the first question, which with a few
     * documents compares every passage in meaning, then finds it loaded.
     */
    private static PassageEmbedder loadingInBackground(PassageEmbedder embedder) {
        Thread.ofPlatform().name("studybot-model-load").daemon(true).start(() -> {
            try {
                embedder.embed("学习");
            } catch (RuntimeException e) {
                LOG.warn("the embedding model could not be loaded: {}", e.toString());
            }
        });
        return embedder;
    }

    /** Waits until the search index is open; what opening it threw, if it failed. */
    public void awaitSearch() {
        core.search();
    }

    /** Whether the search index is open (without waiting). */
    public boolean searchReady() {
        return core.searchReady();
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
