package dev.studybot.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The StudyBot database: a SQLite file in WAL mode, with its schema brought up to date on open.
 *
 * <p>Migrations are class-path resources {@code db/migration/V1.sql}, {@code V2.sql}, … up to
 * {@code V100.sql}, applied in order, missing numbers skipped; each runs once, in its own transaction, and is
 * recorded in {@code schema_version}. Each capability owns its numbers: V1 chats, V2 quizzes, V3 daily excerpts,
 * V4 the daily lesson (question of the day, passes) and posted polls.
 */
public final class SqliteDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
    private static final String MIGRATIONS = "db/migration/V%d.sql";
    /** The highest migration number looked for. */
    static final int MAX_VERSION = 100;

    private final Jdbi jdbi;
    private final Path file;

    private SqliteDatabase(Path file, Jdbi jdbi) {
        this.file = file;
        this.jdbi = jdbi;
    }

    /** Opens (creating if needed) the database file and applies pending migrations. */
    public static SqliteDatabase open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder for " + file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        SqliteDatabase database = new SqliteDatabase(file, Jdbi.create(dataSource));
        database.migrate();
        return database;
    }

    /** Jdbi over this database, for the stores. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** The highest migration applied. */
    public int schemaVersion() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")
                .mapTo(Integer.class).one());
    }

    private void migrate() {
        jdbi.useHandle(h -> h.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                + "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"));
        java.util.Set<Integer> applied = new java.util.HashSet<>(jdbi.withHandle(h -> h.createQuery(
                "SELECT version FROM schema_version").mapTo(Integer.class).list()));
        // Every number that exists is applied once, in order; a missing number is skipped rather than ending the
        // run, because capabilities own their numbers and may land in any order (V3 before V2).
        for (int version = 1; version <= MAX_VERSION; version++) {
            if (applied.contains(version)) {
                continue;
            }
            String script = resource(String.format(MIGRATIONS, version));
            if (script == null) {
                continue;
            }
            int v = version;
            jdbi.useTransaction(h -> {
                for (String statement : statements(script)) {
                    h.execute(statement);
                }
                h.execute("INSERT INTO schema_version(version) VALUES (?)", v);
            });
            LOG.info("database {} migrated to version {}", file.getFileName(), version);
        }
    }

    private static String resource(String name) {
        try (InputStream in = SqliteDatabase.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + name, e);
        }
    }

    /** Splits a script at semicolons that end a line; migrations keep one statement per such line. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    /** Runs work in one transaction. */
    public <T> T inTransaction(java.util.function.Function<Handle, T> work) {
        return jdbi.inTransaction(work::apply);
    }
}
