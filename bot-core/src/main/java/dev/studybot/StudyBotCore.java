package dev.studybot;

import dev.studybot.chart.ChartFont;
import dev.studybot.chart.WeekChart;
import dev.studybot.chat.ActionHandler;
import dev.studybot.chat.Announcer;
import dev.studybot.chat.Command;
import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Messenger;
import dev.studybot.chat.MessengerRouter;
import dev.studybot.chat.RateLimiter;
import dev.studybot.chat.TextInterceptor;
import dev.studybot.chat.command.AskCommand;
import dev.studybot.chat.command.DocsCommand;
import dev.studybot.chat.command.HelpCommand;
import dev.studybot.chat.command.LangCommand;
import dev.studybot.chat.command.MoreCommand;
import dev.studybot.chat.command.RecentAnswers;
import dev.studybot.chat.command.UseCommand;
import dev.studybot.daily.DailyCommand;
import dev.studybot.daily.DailyConfig;
import dev.studybot.daily.DailyOutcome;
import dev.studybot.daily.DailyPresenter;
import dev.studybot.daily.DailyScheduler;
import dev.studybot.daily.DailyService;
import dev.studybot.daily.ExcerptFormatter;
import dev.studybot.daily.ExcerptPlanner;
import dev.studybot.daily.DailyAnswerHandler;
import dev.studybot.daily.DailyQuestions;
import dev.studybot.daily.DayAnswers;
import dev.studybot.daily.LessonMaker;
import dev.studybot.daily.ReadingPlan;
import dev.studybot.daily.RecallMaker;
import dev.studybot.daily.ReflectionPrompts;
import dev.studybot.daily.WeekCommand;
import dev.studybot.daily.WeekReports;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.model.Language;
import dev.studybot.quiz.DocumentAnalyzer;
import dev.studybot.quiz.HintWriter;
import dev.studybot.quiz.QuestionBank;
import dev.studybot.quiz.QuestionGenerator;
import dev.studybot.quiz.QuizEngine;
import dev.studybot.quiz.QuizPresenter;
import dev.studybot.quiz.ReviewPresenter;
import dev.studybot.quiz.QuizTimer;
import dev.studybot.quiz.ReviewService;
import dev.studybot.quiz.TermExtractor;
import dev.studybot.quiz.command.HintCommand;
import dev.studybot.quiz.command.MeCommand;
import dev.studybot.quiz.command.QuizAnswers;
import dev.studybot.quiz.command.QuizCommand;
import dev.studybot.quiz.command.ReviewCommand;
import dev.studybot.quiz.command.TopCommand;
import dev.studybot.quiz.command.TypedAnswers;
import dev.studybot.search.IndexFolder;
import dev.studybot.search.LuceneSearchEngine;
import dev.studybot.search.PassageEmbedder;
import dev.studybot.store.ChatSettingsStore;
import dev.studybot.store.ReachableDailyStore;
import dev.studybot.store.jdbc.Database;
import dev.studybot.store.jdbc.JdbcChatSettingsStore;
import dev.studybot.store.jdbc.JdbcDailyStore;
import dev.studybot.store.jdbc.JdbcQuizStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every capability of the core wired by hand over one library and one database: search, the chat commands, quizzes
 * (engine, commands, answer and hint buttons, typed answers, the quiz clock) and daily study (excerpts, recall passes,
 * the question of the day and its answers, the weekly picture; service, commands, scheduler), behind one {@link
 * Dispatcher}, with a {@link MessengerRouter} for what the core pushes. The app and the adapters' end-to-end tests
 * build it the same way; tests leave the timers off and call the ticks themselves.
 */
public final class StudyBotCore implements AutoCloseable {

    /** Name of the thread that starts the background preparations. */
    static final String WARM_UP_THREAD = "studybot-warm-up";
    private static final Logger LOG = LoggerFactory.getLogger(StudyBotCore.class);

    private final DocumentLibrary library;
    private final OpeningSearch search;
    private final Duration warmUpDelay;
    private volatile Thread warmUp;
    private final Database database;
    private final MessengerRouter messenger = new MessengerRouter();
    private final Dispatcher dispatcher;
    private final QuestionBank questions;
    private final QuizEngine quiz;
    private final QuizTimer quizTimer;
    private final DailyService daily;
    private final DailyScheduler dailyScheduler;

    private StudyBotCore(Builder b) {
        this.library = b.library;
        this.database = b.database;
        this.search = new OpeningSearch(() -> LuceneSearchEngine.open(library, b.index, b.embedder));
        this.warmUpDelay = b.warmUpDelay;
        Map<Language, Messages> messages = Messages.all();
        ChatSettingsStore settings = new JdbcChatSettingsStore(database);
        RecentAnswers recent = new RecentAnswers();
        MeterRegistry meters = b.meters;
        Messenger pushed = new MeasuredMessenger(messenger, meters);
        AskCommand ask = new AskCommand(new MeasuredSearch(search, meters), recent);
        MoreCommand more = new MoreCommand(recent);
        List<Command> commands = new ArrayList<>(List.of(ask, more, new DocsCommand(library),
                new UseCommand(library, settings), new LangCommand(settings, messages)));

        JdbcQuizStore quizStore = new JdbcQuizStore(database);
        ReviewService reviews = new ReviewService(quizStore, b.clock, b.random);
        // One analyzer: the quiz pool, the questions of the day and the recall exercises share its cache.
        TermExtractor extractor = new TermExtractor();
        DocumentAnalyzer analyzer = new DocumentAnalyzer(extractor);
        QuestionGenerator generator = new QuestionGenerator(analyzer);
        this.questions = new QuestionBank(library, generator);

        JdbcDailyStore dailyStore = new JdbcDailyStore(database);
        DailyPresenter dailyPresenter = new DailyPresenter(new ExcerptFormatter(new ReflectionPrompts()),
                new WeekChart(ChartFont::bundled));
        DayAnswers dayAnswers = new DayAnswers(dailyStore, quizStore, b.clock, reviews::missed);
        WeekReports weeks = new WeekReports(dailyStore, dayAnswers, quizStore);
        LessonMaker lessons = new LessonMaker(new RecallMaker(library, analyzer, extractor),
                new DailyQuestions(library, generator));
        // Each process delivers to the chats it reaches; the claim in the shared store keeps a day to one delivery.
        this.daily = new DailyService(new ReachableDailyStore(dailyStore, messenger::reaches), settings,
                new ReadingPlan(library, new ExcerptPlanner()), lessons, dayAnswers, weeks,
                counted(Announcer.through(dailyPresenter::present, pushed, messages),
                        Counter.builder("studybot.daily.excerpts").description("daily excerpts delivered")
                                .register(meters)), b.clock, b.daily);
        this.dailyScheduler = new DailyScheduler(daily, b.daily.tickInterval());
        commands.add(new DailyCommand(daily, dailyPresenter, b.clock));
        commands.add(new WeekCommand(daily, weeks, dailyPresenter, b.clock));
        DailyAnswerHandler dailyAnswers = new DailyAnswerHandler(dayAnswers, dailyPresenter);

        QuizPresenter quizPresenter = new QuizPresenter();
        ReviewPresenter reviewPresenter = new ReviewPresenter();
        this.quiz = new QuizEngine(questions, new HintWriter(extractor), quizStore,
                Announcer.through(quizPresenter::present, pushed, messages), b.clock, b.random, reviews::missed,
                b.quizPoolWait);
        Gauge.builder("studybot.quizzes.running", quiz, QuizEngine::running).description("quizzes running now")
                .register(meters);
        FunctionCounter.builder("studybot.quiz.answers", quiz, QuizEngine::answersRecorded)
                .description("quiz answers recorded").register(meters);
        this.quizTimer = new QuizTimer(quiz, b.clock, messenger::reaches);
        HintCommand hint = new HintCommand(quiz, quizPresenter);
        commands.addAll(List.of(new QuizCommand(quiz, quizPresenter), hint, new TopCommand(quizStore),
                new MeCommand(quizStore, b.clock), new ReviewCommand(reviews, reviewPresenter)));
        commands.addAll(b.extraCommands);
        List<ActionHandler<?>> actions = List.of(more,
                new QuizAnswers(quiz, reviews, quizPresenter, reviewPresenter, dailyAnswers), hint);
        List<TextInterceptor> interceptors = List.of(
                new TypedAnswers(quiz, reviews, quizPresenter, reviewPresenter), dailyAnswers);

        commands.add(0, new HelpCommand(commands));
        this.dispatcher = new Dispatcher(commands, ask, actions, interceptors, settings,
                new RateLimiter(b.questionsPerMinute, Duration.ofMinutes(1), b.clock), messages);
    }

    /** The announcer, counting what it delivered. */
    private static Announcer<DailyOutcome> counted(Announcer<DailyOutcome> announcer, Counter delivered) {
        return (chat, language, outcome) -> {
            Messenger.Delivery delivery = announcer.announce(chat, language, outcome);
            // A day goes out part by part (reveal, picture, excerpt, question): the excerpt is the delivery.
            if (delivery == Messenger.Delivery.SENT && outcome instanceof DailyOutcome.ExcerptDue) {
                delivered.increment();
            }
            return delivery;
        };
    }

    /** A builder over the library and the database (which the caller opens and owns). */
    public static Builder builder(DocumentLibrary library, Database database) {
        return new Builder(library, database);
    }

    /**
     * Closes quizzes a restart interrupted, starts the quiz clock and the daily deliveries, and, once the index is
     * open and the warm-up delay has passed, prepares the question pool and the passage vectors in the background
     * (they take minutes of both cores with a large library: the delay leaves the first questions alone).
     */
    public void start() {
        warmUp = Thread.ofPlatform().name(WARM_UP_THREAD).daemon(true).start(() -> {
            try {
                LuceneSearchEngine engine = search.engine();
                Thread.sleep(warmUpDelay);
                engine.warmUpInBackground();
                // The question pool of the whole library takes a while: prepare it before the first /quiz asks.
                questions.prewarm(Set.of());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("the search index could not be opened: {}", e.toString());
            }
        });
        quiz.recover(messenger::reaches);
        quizTimer.start();
        dailyScheduler.start();
    }

    public DocumentLibrary library() {
        return library;
    }

    /** The search engine, waiting for it to open if it has not yet. */
    public LuceneSearchEngine search() {
        return search.engine();
    }

    /** Whether the search index is open (without waiting for it). */
    public boolean searchReady() {
        return search.isOpen();
    }

    public Database database() {
        return database;
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    /** Where adapters register to receive what the core pushes (quiz questions and reveals, daily excerpts). */
    public MessengerRouter messenger() {
        return messenger;
    }

    /** The question pool of the library's documents (prepared once, shared by every quiz). */
    public QuestionBank questions() {
        return questions;
    }

    /** The quiz engine; its {@code tick} is what the quiz clock calls. */
    public QuizEngine quiz() {
        return quiz;
    }

    /** Daily excerpts; its {@code tick} is what the daily scheduler calls. */
    public DailyService daily() {
        return daily;
    }

    /** Stops the timers and closes the index; the database stays with its owner. */
    @Override
    public void close() throws IOException {
        Thread starting = warmUp;
        if (starting != null) {
            starting.interrupt();
        }
        quizTimer.close();
        dailyScheduler.close();
        search.close();
    }

    /** The settings of a core; everything but the library and the database has a default. */
    public static final class Builder {
        private final DocumentLibrary library;
        private final Database database;
        private IndexFolder index = IndexFolder.inMemory();
        private Optional<PassageEmbedder> embedder = Optional.empty();
        private Clock clock = Clock.systemUTC();
        private Random random = new Random();
        private int questionsPerMinute = 10;
        private DailyConfig daily = DailyConfig.defaults();
        private Duration warmUpDelay = Duration.ZERO;
        private MeterRegistry meters = new SimpleMeterRegistry();
        private Duration quizPoolWait = QuizEngine.WAIT_FOR_ANY_POOL;
        private final List<Command> extraCommands = new ArrayList<>();

        private Builder(DocumentLibrary library, Database database) {
            this.library = Objects.requireNonNull(library, "library");
            this.database = Objects.requireNonNull(database, "database");
        }

        /** Where the search index lives (default: in memory). */
        public Builder index(IndexFolder folder) {
            this.index = Objects.requireNonNull(folder);
            return this;
        }

        /** The dense second opinion of the search (default: none, words alone). */
        public Builder embedder(PassageEmbedder value) {
            this.embedder = Optional.of(value);
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value);
            return this;
        }

        /** The source of quiz draws and ids (seed it in tests). */
        public Builder random(Random value) {
            this.random = Objects.requireNonNull(value);
            return this;
        }

        /** Messages a member may send a minute (default 10). */
        public Builder questionsPerMinute(int value) {
            this.questionsPerMinute = value;
            return this;
        }

        public Builder daily(DailyConfig value) {
            this.daily = Objects.requireNonNull(value);
            return this;
        }

        /** Where the core counts what it does (default: kept in memory, read by nobody). */
        public Builder meters(MeterRegistry value) {
            this.meters = Objects.requireNonNull(value);
            return this;
        }

        /** How long after the index opened the background preparations start (default at once). */
        public Builder warmUpDelay(Duration value) {
            this.warmUpDelay = Objects.requireNonNull(value);
            return this;
        }

        /**
         * How long {@code /quiz} waits for a question pool still being generated before it answers that the questions
         * are being prepared (default: as long as it takes).
         */
        public Builder quizPoolWait(Duration value) {
            this.quizPoolWait = Objects.requireNonNull(value);
            return this;
        }

        /** A further command, after the built-in ones (tests add unlisted helpers this way). */
        public Builder command(Command command) {
            this.extraCommands.add(Objects.requireNonNull(command));
            return this;
        }

        public StudyBotCore build() {
            return new StudyBotCore(this);
        }
    }
}
