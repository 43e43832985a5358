package dev.studybot.app;

import dev.studybot.StudyBotCore;
import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.MessengerRouter;
import dev.studybot.daily.DailyService;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.quiz.QuestionBank;
import dev.studybot.quiz.QuizEngine;
import dev.studybot.search.HanlpDictionaries;
import dev.studybot.search.IndexFolder;
import dev.studybot.search.LuceneSearchEngine;
import dev.studybot.store.jdbc.Database;
import dev.studybot.search.PassageEmbedder;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core as the app runs it: a {@link StudyBotCore} with its index in the configured data folder, its database
 * where the configuration says (SQLite in the data folder, or PostgreSQL), and the configured limits. Adapters get
 * only what they need from it.
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

    /** How long closing waits for the embedding model to finish loading (a second or two; more on a busy machine). */
    static final Duration MODEL_LOAD_WAIT = Duration.ofSeconds(60);

    private final DataFolderLock lock;
    private final Database database;
    private final StudyBotCore core;
    private final PrometheusMeterRegistry meters;
    private final CompletableFuture<JvmGcMetrics> gcMetrics;
    private final Health health = new Health();
    private final Optional<ModelLoad> modelLoad;
    private OperationsServer operations;

    private CoreAssembly(DataFolderLock lock, Database database, StudyBotCore core, PrometheusMeterRegistry meters,
                         CompletableFuture<JvmGcMetrics> gcMetrics, Optional<ModelLoad> modelLoad) {
        this.modelLoad = modelLoad;
        this.lock = lock;
        this.database = database;
        this.core = core;
        this.meters = meters;
        this.gcMetrics = gcMetrics;
        health.part("index", core::searchReady);
    }

    /**
     * Builds the core over the library, with its data (index, database) in the configured folder, which it holds
     * for this process until closed.
     */
    public static CoreAssembly build(Config config, DocumentLibrary library, Clock clock) throws IOException {
        return build(config, () -> library, clock);
    }

    /**
     * Builds the core over the documents {@code library} reads. While they are read (on this thread), the database
     * opens, the embedding model loads and HanLP reads its dictionaries on threads of their own: each takes a good
     * part of a second, and the first answer waits for all four.
     */
    public static CoreAssembly build(Config config, Supplier<DocumentLibrary> library, Clock clock)
            throws IOException {
        DataFolderLock lock = DataFolderLock.acquire(config.dataFolder());
        HanlpDictionaries.readInBackground(config.dataFolder().resolve("hanlp"));
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(() -> Database.open(config.database()),
                task -> Thread.ofPlatform().name("studybot-database-open").daemon(true).start(task));
        Database database = null;
        Optional<PassageEmbedder> embedder = config.embedder();
        Optional<ModelLoad> modelLoad = embedder.map(ModelLoad::start);
        try {
            DocumentLibrary documents = library.get();
            database = opened(opening);
            StudyBotCore.Builder builder = StudyBotCore.builder(documents, database);
            embedder.ifPresent(builder::embedder);
            PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            // The JVM's meters go through JMX, whose start-up costs the first answer a fraction of a second.
            CompletableFuture<JvmGcMetrics> gc = CompletableFuture.supplyAsync(() -> bindJvmMeters(meters),
                    task -> Thread.ofPlatform().name("studybot-jvm-meters").daemon(true).start(task));
            return new CoreAssembly(lock, database, builder.meters(meters)
                    .index(IndexFolder.at(config.dataFolder().resolve("index")))
                    .warmUpDelay(WARM_UP_DELAY)
                    .quizPoolWait(QUIZ_POOL_WAIT)
                    .clock(clock)
                    .questionsPerMinute(config.questionsPerMinute())
                    .daily(config.daily())
                    .build(), meters, gc, modelLoad);
        } catch (RuntimeException e) {
            if (database == null) {
                // The documents failed: the database still opening is closed before the folder is let go.
                try {
                    database = opening.join();
                } catch (RuntimeException ignored) {
                    // it failed too; the documents' error is the one to tell
                }
            }
            if (database != null) {
                database.close();
            }
            modelLoad.ifPresent(load -> load.awaitEnd(MODEL_LOAD_WAIT)); // the process may end with the error
            lock.close();
            throw e;
        }
    }

    /** The database once open, or what opening it threw. */
    private static Database opened(CompletableFuture<Database> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static JvmGcMetrics bindJvmMeters(PrometheusMeterRegistry meters) {
        new JvmMemoryMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(meters);
        return gc;
    }

    /** The registry the core and the app count on ({@code /metrics}). */
    public PrometheusMeterRegistry meters() {
        return meters;
    }

    /** What {@code /healthz} reports; platforms add themselves. */
    Health health() {
        return health;
    }

    /** Serves {@code /healthz} and {@code /metrics} on the configured port, if one is, until closed. */
    void serveOperations(Config config) throws IOException {
        if (config.httpPort().isPresent()) {
            operations = OperationsServer.start(config.httpPort().getAsInt(), health, meters);
        }
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

    /** The library's quiz questions, by scope (built on first use or by the warm-up). */
    QuestionBank questions() {
        return core.questions();
    }

    /** The quiz engine (its {@code tick} is what the quiz timer calls). */
    public QuizEngine quiz() {
        return core.quiz();
    }

    public Database database() {
        return core.database();
    }

    /** Daily excerpts (for the command line and tests). */
    public DailyService daily() {
        return core.daily();
    }

    /** Stops the core, then closes the database. */
    @Override
    public void close() throws IOException {
        try {
            modelLoad.ifPresent(load -> load.awaitEnd(MODEL_LOAD_WAIT));
            if (operations != null) {
                operations.close();
            }
            gcMetrics.thenAccept(JvmGcMetrics::close);
            core.close();
        } finally {
            try {
                database.close();
            } finally {
                lock.close();
            }
        }
    }
}
