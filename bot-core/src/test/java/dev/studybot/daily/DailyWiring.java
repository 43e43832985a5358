package dev.studybot.daily;

import dev.studybot.chart.ChartFont;
import dev.studybot.chart.WeekChart;
import dev.studybot.chat.Announcer;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.quiz.DocumentAnalyzer;
import dev.studybot.quiz.QuestionGenerator;
import dev.studybot.quiz.TermExtractor;
import dev.studybot.store.InMemoryChatSettingsStore;
import dev.studybot.store.jdbc.JdbcDailyStore;
import dev.studybot.store.jdbc.Database;
import dev.studybot.store.jdbc.JdbcQuizStore;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The daily side as the core wires it, for the daily tests: one lesson maker per library, shared (it is costly). */
final class DailyWiring {

    static final DailyPresenter PRESENTER = new DailyPresenter(new ExcerptFormatter(new ReflectionPrompts()),
            new WeekChart(ChartFont.bundled()));
    private static final Map<DocumentLibrary, LessonMaker> LESSONS = new ConcurrentHashMap<>();

    private DailyWiring() {
    }

    /** The lesson maker of a library (questions and recall exercises are made once per document). */
    static LessonMaker lessons(DocumentLibrary library) {
        return LESSONS.computeIfAbsent(library, l -> {
            TermExtractor extractor = new TermExtractor();
            DocumentAnalyzer analyzer = new DocumentAnalyzer(extractor);
            return new LessonMaker(new RecallMaker(l, analyzer, extractor),
                    new DailyQuestions(l, new QuestionGenerator(analyzer)));
        });
    }

    /** A service over a database, as one bot process builds it. */
    static DailyService service(Database database, DocumentLibrary library, ReadingPlan plan,
                                Announcer<DailyOutcome> announcer, Clock clock, DailyConfig config) {
        JdbcDailyStore days = new JdbcDailyStore(database);
        JdbcQuizStore quizzes = new JdbcQuizStore(database);
        DayAnswers answers = new DayAnswers(days, quizzes, clock, miss -> { });
        return new DailyService(days, new InMemoryChatSettingsStore(), plan, lessons(library), answers,
                new WeekReports(days, answers, quizzes), announcer, clock, config);
    }
}
