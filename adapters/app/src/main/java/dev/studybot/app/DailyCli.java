package dev.studybot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studybot.chat.Messages;
import dev.studybot.daily.DailyConfig;
import dev.studybot.daily.Excerpt;
import dev.studybot.daily.ExcerptFormatter;
import dev.studybot.daily.ExcerptPlanner;
import dev.studybot.daily.QuestionMaker;
import dev.studybot.daily.ReadingPlan;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.model.Language;
import dev.studybot.store.ReadingPosition;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code studybot daily --preview --days N [--json] [--start YYYY-MM-DD] [--doc ID]… [--library DIR]…}: the next
 * N excerpts a new subscription starting that day would get, one a line.
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
        ExcerptFormatter formatter = new ExcerptFormatter(new QuestionMaker());
        Messages messages = Messages.of(Language.ZH);
        LocalDate first = start != null ? start : LocalDate.now(clock).plusDays(1);
        PrintWriter out = out();
        ObjectMapper mapper = new ObjectMapper();
        ReadingPosition position = ReadingPosition.START;
        for (int day = 1; day <= days; day++) {
            Optional<ReadingPlan.Step> step = plan.next(position, scope);
            if (step.isEmpty()) {
                throw new IllegalStateException("no document in scope has text to read");
            }
            Excerpt excerpt = step.get().excerpt();
            PreviewLine line = new PreviewLine(day, first.plusDays(day - 1L).toString(), excerpt.docId(),
                    excerpt.partText(), excerpt.text(), formatter.question(excerpt, messages));
            if (json) {
                out.println(mapper.writeValueAsString(line));
            } else {
                out.printf("%d  %s  %s %s  (%d chars)%n%s%n  ? %s%n%n", line.day(), line.date(), line.doc(),
                        line.part(), excerpt.length(), line.text(), line.question());
            }
            position = step.get().after();
        }
        return 0;
    }

    /** One day of the preview, as the review reads it. */
    record PreviewLine(int day, String date, String doc, String part, String text, String question) {
    }
}
