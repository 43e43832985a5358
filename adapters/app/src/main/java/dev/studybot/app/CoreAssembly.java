package dev.studybot.app;

import dev.studybot.chat.ButtonHandler;
import dev.studybot.chat.Command;
import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.Language;
import dev.studybot.chat.Messages;
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
import dev.studybot.daily.DailyScheduler;
import dev.studybot.daily.DailyService;
import dev.studybot.daily.ExcerptFormatter;
import dev.studybot.daily.ExcerptPlanner;
import dev.studybot.daily.QuestionMaker;
import dev.studybot.daily.ReadingPlan;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.quiz.DocumentAnalyzer;
import dev.studybot.quiz.QuestionBank;
import dev.studybot.quiz.QuestionGenerator;
import dev.studybot.quiz.QuizEngine;
import dev.studybot.quiz.QuizTimer;
import dev.studybot.quiz.ReviewService;
import dev.studybot.quiz.TermExtractor;
import dev.studybot.quiz.command.MeCommand;
import dev.studybot.quiz.command.QuizButtons;
import dev.studybot.quiz.command.QuizCommand;
import dev.studybot.quiz.command.ReviewCommand;
import dev.studybot.quiz.command.TopCommand;
import dev.studybot.quiz.command.TypedAnswers;
import dev.studybot.search.IndexFolder;
import dev.studybot.search.LuceneSearchEngine;
import dev.studybot.store.ChatSettingsStore;
import dev.studybot.store.sqlite.SqliteChatSettingsStore;
import dev.studybot.store.sqlite.SqliteDailyStore;
import dev.studybot.store.sqlite.SqliteDatabase;
import dev.studybot.store.sqlite.SqliteQuizStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Wires the core by hand: documents, index, database, commands and the dispatcher. The one place that knows
 * every piece; adapters get only what they need from it.
 */
public final class CoreAssembly implements AutoCloseable {

    private final DocumentLibrary library;
    private final LuceneSearchEngine search;
    private final SqliteDatabase database;
    private final MessengerRouter messenger = new MessengerRouter();
    private final Dispatcher dispatcher;
    private final QuestionBank questions;
    private final QuizEngine quiz;
    private final QuizTimer quizTimer;
    private final DailyService daily;
    private final DailyScheduler dailyScheduler;

    private CoreAssembly(Config config, DocumentLibrary library, Clock clock) {
        this.library = library;
        this.search = LuceneSearchEngine.open(library, IndexFolder.at(config.dataFolder().resolve("index")));
        this.database = SqliteDatabase.open(config.dataFolder().resolve("studybot.db"));
        Map<Language, Messages> messages = Messages.all();
        ChatSettingsStore settings = new SqliteChatSettingsStore(database);
        RecentAnswers recent = new RecentAnswers();
        AskCommand ask = new AskCommand(search, recent);
        MoreCommand more = new MoreCommand(recent);

        List<Command> commands = new ArrayList<>(List.of(
                ask, more, new DocsCommand(library), new UseCommand(library, settings),
                new LangCommand(settings, messages)));
        this.daily = new DailyService(new SqliteDailyStore(database), settings,
                new ReadingPlan(library, new ExcerptPlanner()), new ExcerptFormatter(new QuestionMaker()), messenger,
                messages, clock, config.daily());
        this.dailyScheduler = new DailyScheduler(daily, config.daily().tickInterval());
        commands.add(new DailyCommand(daily, clock));
        List<ButtonHandler> buttons = new ArrayList<>(List.of(more));
        List<TextInterceptor> interceptors = new ArrayList<>();

        SqliteQuizStore quizStore = new SqliteQuizStore(database);
        Random random = new Random();
        ReviewService reviews = new ReviewService(quizStore, clock, random);
        this.questions = new QuestionBank(library, new QuestionGenerator(new DocumentAnalyzer(new TermExtractor())));
        this.quiz = new QuizEngine(questions, quizStore, messenger, clock, random, reviews::missed);
        this.quizTimer = new QuizTimer(quiz, clock);
        commands.addAll(List.of(new QuizCommand(quiz), new TopCommand(quizStore), new MeCommand(quizStore, clock),
                new ReviewCommand(reviews)));
        buttons.add(new QuizButtons(quiz, reviews));
        interceptors.add(new TypedAnswers(quiz, reviews));

        commands.add(0, new HelpCommand(commands));
        this.dispatcher = new Dispatcher(commands, ask, buttons, interceptors, settings,
                new RateLimiter(config.questionsPerMinute(), Duration.ofMinutes(1), clock), messages);
    }

    /** Builds the core over the library, with its data (index, database) in the configured folder. */
    public static CoreAssembly build(Config config, DocumentLibrary library, Clock clock) {
        return new CoreAssembly(config, library, clock);
    }

    /** Starts the core's timers (quiz clocks, daily deliveries) and prepares the default quiz pool in the background. */
    public void start() {
        questions.prewarm(Set.of());
        quiz.recover();
        quizTimer.start();
        dailyScheduler.start();
    }

    public DocumentLibrary library() {
        return library;
    }

    public LuceneSearchEngine search() {
        return search;
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    /** Where adapters register to receive the core's pushed messages. */
    public MessengerRouter messenger() {
        return messenger;
    }

    /** The quiz engine (its {@code tick} is what the quiz timer calls). */
    public QuizEngine quiz() {
        return quiz;
    }

    public SqliteDatabase database() {
        return database;
    }

    /** Daily excerpts (for the command line and tests). */
    public DailyService daily() {
        return daily;
    }

    @Override
    public void close() throws IOException {
        quizTimer.close();
        dailyScheduler.close();
        search.close();
    }
}
