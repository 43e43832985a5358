package dev.studybot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studybot.StudyBotCore;
import dev.studybot.store.jdbc.Database;
import dev.studybot.store.jdbc.DatabaseSettings;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code studybot bench-chats --chats N --answers M [--database URL] [--json]}: N chats each running a quiz, M
 * answers from many members at once through the dispatcher, on SQLite in the data folder or on the PostgreSQL
 * database given; answers sent and recorded, duplicates, latency median and p99, throughput.
 */
@Command(name = "bench-chats", mixinStandardHelpOptions = true,
        description = "N chats each running a quiz, M answers from many members arriving at once through the "
                + "dispatcher: answers sent and recorded in the database, duplicates, latency median and p99, "
                + "throughput. On SQLite in STUDYBOT_DATA, or on the database given.")
final class BenchChatsCli extends Subcommand {

    @Option(names = "--chats", defaultValue = "1000", description = "Chats, each running a quiz (default 1000).")
    int chats;

    @Option(names = "--answers", defaultValue = "100000", description = "Answers in all (default 100000).")
    int answers;

    @Option(names = "--database", paramLabel = "URL", description = "jdbc:postgresql://host[:port]/database "
            + "(user and password from STUDYBOT_DATABASE_USER and STUDYBOT_DATABASE_PASSWORD) or sqlite:PATH; "
            + "default: SQLite in STUDYBOT_DATA")
    String database;

    @Option(names = "--threads", defaultValue = "8", description = "Answers handled at once (default 8).")
    int threads;

    @Option(names = "--seed", defaultValue = "16", description = "Seed of the members' choices and order.")
    long seed;

    @Option(names = "--keep", description = "Keep the benchmark's chats in the database (deleted by default).")
    boolean keep;

    @Option(names = "--json", description = "One JSON object instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (chats < 1 || answers < 1 || threads < 1) {
            throw new IllegalArgumentException("--chats, --answers and --threads must be at least 1");
        }
        DatabaseSettings settings = database == null
                ? DatabaseSettings.sqlite(config().dataFolder().resolve("studybot.db"))
                : Config.databaseAt(database, main.environment());
        Clock frozen = Clock.fixed(Instant.now(), ZoneOffset.UTC);
        Random random = new Random(seed);
        String run = "run" + Long.toString(System.currentTimeMillis(), 36);
        ChatLoad.Result result;
        try (Database db = Database.open(settings);
             StudyBotCore core = StudyBotCore.builder(library(), db).clock(frozen).random(new Random(seed))
                     .questionsPerMinute(Integer.MAX_VALUE).build()) {
            result = new ChatLoad(core, db, run, random).run(chats, answers, threads, keep);
        }
        PrintWriter out = out();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("database", settings.dialect().label());
        figures.put("chats", result.chats());
        figures.put("answers_sent", result.answersSent());
        figures.put("answers_recorded", result.answersRecorded());
        figures.put("duplicates", result.duplicates());
        figures.put("median_ms", round(result.medianMs()));
        figures.put("p99_ms", round(result.p99Ms()));
        figures.put("answers_per_s", Math.round(result.answersPerSecond()));
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(figures));
        } else {
            out.printf("database          %s (%s)%n", settings.dialect().label(), settings);
            out.printf("chats             %d, each running a quiz%n", result.chats());
            out.printf("answers sent      %d, on %d threads%n", result.answersSent(), threads);
            out.printf("answers accepted  %d%n", result.answersAccepted());
            out.printf("answers recorded  %d%s%n", result.answersRecorded(),
                    result.answersRecorded() == result.answersSent() ? "" : "  (NOT ALL)");
            out.printf("duplicates        %d%n", result.duplicates());
            out.printf("latency           median %.2f ms, p99 %.2f ms%n", result.medianMs(), result.p99Ms());
            out.printf("throughput        %d answers/s%n", Math.round(result.answersPerSecond()));
        }
        out.flush();
        return result.answersRecorded() == result.answersSent() && result.duplicates() == 0 ? 0 : 1;
    }

    private static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }
}
