package dev.studybot.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studybot.chat.Messages;
import dev.studybot.daily.DailyConfig;
import dev.studybot.daily.DailyQuestions;
import dev.studybot.daily.Excerpt;
import dev.studybot.daily.ExcerptFormatter;
import dev.studybot.daily.ExcerptPlanner;
import dev.studybot.daily.Lesson;
import dev.studybot.daily.LessonMaker;
import dev.studybot.daily.Pass;
import dev.studybot.daily.ReadingPlan;
import dev.studybot.daily.RecallExercise;
import dev.studybot.daily.RecallMaker;
import dev.studybot.daily.ReflectionPrompts;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.model.Language;
import dev.studybot.quiz.DocumentAnalyzer;
import dev.studybot.quiz.Question;
import dev.studybot.quiz.QuestionGenerator;
import dev.studybot.quiz.TermExtractor;
import dev.studybot.store.ReadingPosition;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code studybot daily --preview --days N [--json] [--start YYYY-MM-DD] [--doc ID]… [--library DIR]…}: the next
 * N days a new subscription starting that day would get, one a line: the pass each day belongs to, the excerpt (as a
 * recall exercise on a reviewing pass: then {@code text} is the excerpt for reference, the message sends only
 * {@code recall}), the question to reflect on and the question of the day.
 */
@Command(name = "daily", mixinStandardHelpOptions = true,
        description = "Preview the daily excerpts of a new subscription.")
final class DailyCli extends Subcommand {

    @Option(names = "--preview", required = true, description = "Print the excerpts a new subscription would get.")
    boolean preview;

    @Option(names = "--days", paramLabel = "N", defaultValue = "7", description = "How many days (default 7).")
    int days;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD",
            description = "The first day (default tomorrow, Asia/Shanghai).")
    LocalDate start;

    @Option(names = "--json", description = "One JSON object a line (the default is readable text).")
    boolean json;

    private final Clock clock;

    DailyCli() {
        this(Clock.system(DailyConfig.defaults().defaultZone()));
    }

    DailyCli(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        if (days < 1 || days > 10_000) {
            throw new IllegalArgumentException("--days must be between 1 and 10000");
        }
        DocumentLibrary library = library();
        ReadingPlan plan = new ReadingPlan(library, new ExcerptPlanner());
        var scope = libraryOptions.scope(library).documentIds();
        TermExtractor extractor = new TermExtractor();
        DocumentAnalyzer analyzer = new DocumentAnalyzer(extractor);
        LessonMaker lessons = new LessonMaker(new RecallMaker(library, analyzer, extractor),
                new DailyQuestions(library, new QuestionGenerator(analyzer)));
        ExcerptFormatter formatter = new ExcerptFormatter(new ReflectionPrompts());
        Messages messages = Messages.of(Language.ZH);
        LocalDate first = start != null ? start : LocalDate.now(clock).plusDays(1);
        PrintWriter out = out();
        ObjectMapper mapper = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        ReadingPosition position = ReadingPosition.START;
        for (int day = 1; day <= days; day++) {
            Optional<ReadingPlan.Step> step = plan.next(position, scope);
            if (step.isEmpty()) {
                throw new IllegalStateException("no document in scope has text to read");
            }
            Excerpt excerpt = step.get().excerpt();
            Pass pass = new Pass(step.get().at().cycle());
            Optional<Question> question = lessons.question(excerpt, pass);
            Lesson lesson = lessons.lesson(excerpt, pass, question);
            PreviewLine line = new PreviewLine(day, first.plusDays(day - 1L).toString(), pass.number(),
                    lesson.recall().isPresent() ? "recall" : "read", excerpt.docId(), excerpt.partText(),
                    excerpt.text(), lesson.recall().map(RecallLine::of).orElse(null),
                    formatter.reflection(lesson, messages),
                    question.map(QuestionLine::of).orElse(null));
            if (json) {
                out.println(mapper.writeValueAsString(line));
            } else {
                text(out, line, excerpt);
            }
            position = step.get().after();
        }
        return 0;
    }

    private static void text(PrintWriter out, PreviewLine line, Excerpt excerpt) {
        out.printf("%d  %s  pass %d (%s)  %s %s  (%d chars)%n", line.day(), line.date(), line.pass(), line.mode(),
                line.doc(), line.part(), excerpt.length());
        out.println(line.recall() == null ? line.text() : line.recall().text());
        if (line.recall() != null) {
            out.println("  = " + String.join(" / ", line.recall().answers()));
        }
        if (line.reflection() != null) {
            out.println("  ? " + line.reflection());
        }
        if (line.question() != null) {
            out.println("  Q " + line.question().prompt().replace('\n', ' '));
            for (int i = 0; i < line.question().options().size(); i++) {
                out.println("    " + (char) ('A' + i) + ". " + line.question().options().get(i)
                        + (line.question().answers().contains(i) ? "  ✓" : ""));
            }
        }
        out.println();
    }

    /**
     * One day of the preview, as the review reads it.
     *
     * @param pass       the pass through the documents (1 reads, 2 reviews, 3 reads again…)
     * @param mode       {@code read} or {@code recall}
     * @param text       the excerpt as the document has it
     * @param recall     the recall exercise of a reviewing pass
     * @param reflection the question to reflect on (a short one under a recall exercise)
     * @param question   the question of the day
     */
    record PreviewLine(int day, String date, int pass, String mode, String doc, String part, String text,
                       RecallLine recall, String reflection, QuestionLine question) {
    }

    /**
     * A recall exercise: the text with numbered blanks and the answers in order.
     *
     * @param text    the text with blanks ({@code （1）＿＿＿＿})
     * @param answers the blanks' terms, blank 1 first
     */
    record RecallLine(String text, List<String> answers) {
        static RecallLine of(RecallExercise exercise) {
            return new RecallLine(exercise.text(), exercise.answers());
        }
    }

    /**
     * The question of the day, as the quiz export writes a question.
     *
     * @param answers 0-based indexes of the right options
     */
    record QuestionLine(String type, String prompt, List<String> options, List<Integer> answers,
                        String explanation) {
        static QuestionLine of(Question q) {
            return new QuestionLine(q.type().code(), q.prompt(), q.options(), q.answers(), q.explanation());
        }
    }
}
