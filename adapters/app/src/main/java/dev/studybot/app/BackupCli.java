package dev.studybot.app;

import dev.studybot.store.jdbc.Dialect;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code studybot backup FILE}: a consistent copy of the SQLite database, taken with SQLite's {@code VACUUM INTO} over
 * a read-only connection, so it works while the bot runs (it does not take the data folder) and the copy is compact.
 * A PostgreSQL database is backed up with the server's own tools ({@code pg_dump}).
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the database (studybot.db in STUDYBOT_DATA) to FILE, consistently, while the bot runs.")
final class BackupCli extends ToolCommand {

    @Parameters(paramLabel = "FILE", description = "Where the copy goes (a new file).")
    Path target;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        if (config().database().dialect() != Dialect.SQLITE) {
            throw new IllegalArgumentException("the database is PostgreSQL (STUDYBOT_DATABASE_URL): back it up with "
                    + "the server's own tools, e.g. pg_dump --format=custom --file=FILE DATABASE");
        }
        Path database = config().database().sqliteFile();
        if (!Files.isRegularFile(database)) {
            throw new IllegalArgumentException("no database at " + database.toAbsolutePath()
                    + " (is STUDYBOT_DATA the bot's data folder?)");
        }
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists already: give the backup a new file name");
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        readOnly.setBusyTimeout(10_000);
        try (Connection connection = readOnly.createConnection("jdbc:sqlite:" + database.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            statement.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("the backup failed: " + e.getMessage());
        }
        out.println("backed up " + database + " to " + target + " (" + Files.size(target) + " bytes)");
        out.flush();
        return 0;
    }
}
