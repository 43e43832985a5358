package dev.studybot.store.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The StudyBot database: a SQLite file in WAL mode, with its schema brought up to date on open by Flyway.
 *
 * <p>Migrations are class-path resources {@code db/migration/V<n>__<what>.sql}, applied in order, each once, and
 * recorded in Flyway's {@code flyway_schema_history}; a migration numbered below the newest applied one is refused
 * rather than applied out of order. Each capability owns its numbers: V1 chats, V2 quizzes, V3 daily excerpts.
 * A database made before Flyway (its versions in {@code schema_version}) is taken over at its version, rows intact.
 */
public final class SqliteDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
    /** Where the migrations are. */
    static final String MIGRATIONS = "classpath:db/migration";
    /** The table of the hand-written runner that came before Flyway. */
    private static final String LEGACY_VERSIONS = "schema_version";

    private final Jdbi jdbi;
    private final Path file;
    private final Flyway flyway;

    private SqliteDatabase(Path file, Jdbi jdbi, Flyway flyway) {
        this.file = file;
        this.jdbi = jdbi;
        this.flyway = flyway;
    }

    /** Opens (creating if needed) the database file and applies pending migrations. */
    public static SqliteDatabase open(Path file) {
        return open(file, MIGRATIONS);
    }

    /** As {@link #open(Path)}, with the migrations of these Flyway locations (tests add their own). */
    static SqliteDatabase open(Path file, String... migrationLocations) {
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
        Jdbi jdbi = Jdbi.create(dataSource);

        FluentConfiguration flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(migrationLocations)
                .loggers("slf4j")
                .cleanDisabled(true);
        Integer legacyVersion = legacyVersion(jdbi, file);
        if (legacyVersion != null) {
            // Flyway starts its history at the version the old runner reached and applies only what is newer.
            flyway.baselineOnMigrate(true).baselineVersion(String.valueOf(legacyVersion))
                    .baselineDescription("taken over from schema_version");
        }
        SqliteDatabase database = new SqliteDatabase(file, jdbi, flyway.load());
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

    /** The highest migration applied (the baseline's version for a database taken over from before Flyway). */
    public int schemaVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
    }

    private void migrate() {
        MigrateResult result;
        try {
            result = flyway.migrate();
        } catch (FlywayException e) {
            throw new IllegalStateException("the database " + file + " cannot be brought up to date: "
                    + e.getMessage(), e);
        }
        if (result.migrationsExecuted > 0) {
            LOG.info("database {} migrated from version {} to {}", file.getFileName(),
                    result.initialSchemaVersion == null ? 0 : result.initialSchemaVersion, result.targetSchemaVersion);
        }
    }

    /**
     * The version a database made before Flyway reached, or null when there is none to take over. Refuses a
     * database whose old versions have a gap (possible with the old runner, which skipped missing numbers): Flyway
     * could not tell which migrations it still needs.
     */
    private static Integer legacyVersion(Jdbi jdbi, Path file) {
        return jdbi.withHandle(h -> {
            List<String> tables = h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name IN ('schema_version', 'flyway_schema_history')").mapTo(String.class).list();
            if (!tables.equals(List.of(LEGACY_VERSIONS))) {
                return null;
            }
            List<Integer> versions = h.createQuery("SELECT version FROM schema_version ORDER BY version")
                    .mapTo(Integer.class).list();
            if (versions.isEmpty()) {
                return 0; // the old runner's table, made before its first migration failed
            }
            int newest = versions.getLast();
            if (versions.size() != newest || versions.getFirst() != 1) {
                throw new IllegalStateException("the database " + file + " has migrations " + versions
                        + " applied, with a gap: restore it from a backup made by a release");
            }
            return newest;
        });
    }

    /** Runs work in one transaction. */
    public <T> T inTransaction(java.util.function.Function<Handle, T> work) {
        return jdbi.inTransaction(work::apply);
    }
}
