package dev.studybot.app;

import dev.studybot.store.jdbc.Database;
import dev.studybot.store.jdbc.DatabaseSettings;
import dev.studybot.store.jdbc.Dialect;
import dev.studybot.store.jdbc.StoreCopy;
import dev.studybot.store.jdbc.StoreCopy.TableCount;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code studybot migrate-store --from sqlite:PATH --to jdbc:postgresql://…}: copies everything a running bot
 * stored (settings, scores, quizzes, reviews, subscriptions, delivery log) into a new, empty database, and prints
 * each table's rows before and after. The PostgreSQL user and password come from {@code STUDYBOT_DATABASE_USER} and
 * {@code STUDYBOT_DATABASE_PASSWORD}. Stop the bot first: what it writes during the copy is not copied.
 */
@Command(name = "migrate-store", mixinStandardHelpOptions = true,
        description = "Copy a StudyBot database into a new, empty one (SQLite to PostgreSQL, or back) and compare "
                + "each table's row counts before and after. Stop the bot first.")
final class MigrateStoreCli implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "URL",
            description = "The database to copy: sqlite:PATH (e.g. sqlite:data/studybot.db) or jdbc:postgresql://…")
    String from;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "The new, empty database: jdbc:postgresql://host[:port]/database or sqlite:PATH")
    String to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DatabaseSettings source = Config.databaseAt(from, main.environment());
        DatabaseSettings target = Config.databaseAt(to, main.environment());
        if (source.dialect() == Dialect.SQLITE && !Files.isRegularFile(source.sqliteFile())) {
            throw new IllegalArgumentException("there is no SQLite database at " + source.sqliteFile());
        }
        if (source.url().equals(target.url())) {
            throw new IllegalArgumentException("--from and --to name the same database");
        }
        out.printf("copying %s %s to %s %s%n", source.dialect().label(), source, target.dialect().label(), target);
        List<TableCount> counts;
        try (Database in = Database.open(source); Database into = Database.open(target)) {
            counts = StoreCopy.copy(in, into);
        }
        out.printf("%-22s %10s %10s%n", "table", "before", "after");
        long before = 0;
        long after = 0;
        boolean complete = true;
        for (TableCount count : counts) {
            out.printf("%-22s %10d %10d  %s%n", count.table(), count.source(), count.target(),
                    count.complete() ? "ok" : "MISMATCH");
            before += count.source();
            after += count.target();
            complete &= count.complete();
        }
        out.printf("%d tables, %d rows before, %d after: %s%n", counts.size(), before, after,
                complete ? "every row copied" : "ROWS DIFFER, do not switch to the new database");
        out.flush();
        return complete ? 0 : 1;
    }
}
