package dev.studybot.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.studybot.store.ExclusiveLocks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.sql.SQLException;
import org.sqlite.BusyHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * The StudyBot database: a SQLite file in the data folder (WAL mode), or a PostgreSQL server shared by several
 * processes; either way a HikariCP connection pool, Jdbi over it, and the schema brought up to date on open
 * ({@link Migrations}). The stores of {@link dev.studybot.store.jdbc} work on both.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** Connections to a SQLite file: writers queue on its one write lock anyway. */
    private static final int SQLITE_POOL = 4;
    /** Connections to a PostgreSQL server, per process. */
    private static final int POSTGRESQL_POOL = 10;
    /** Beside the SQLite file: SQLite's native library, kept there rather than unpacked at every start. */
    static final String NATIVE_FOLDER = "native";

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final ExclusiveLocks locks;

    private Database(DatabaseSettings settings, HikariDataSource dataSource, ExclusiveLocks locks) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.locks = locks;
    }

    /** Opens (creating if needed) the database and applies pending migrations. */
    public static Database open(DatabaseSettings settings) {
        Database database = settings.dialect() == Dialect.SQLITE ? openSqlite(settings) : openPostgresql(settings);
        try {
            Migrations.migrate(database.dataSource, settings.dialect(), settings.schema(), Migrations.LOCATION);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** Opens (creating if needed) a SQLite database file. */
    public static Database sqlite(Path file) {
        return open(DatabaseSettings.sqlite(file));
    }

    private static Database openSqlite(DatabaseSettings settings) {
        Path file = settings.sqliteFile();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SqliteNativeLibrary.useKeptIn((parent != null ? parent : Path.of("")).resolve(NATIVE_FOLDER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder for " + file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000); // replaced by QuickBusyWait on each connection
        SQLiteDataSource sqlite = new SQLiteDataSource(config) {
            @Override
            public SQLiteConnection getConnection(String user, String password) throws SQLException {
                SQLiteConnection connection = super.getConnection(user, password);
                BusyHandler.setHandler(connection, new QuickBusyWait());
                return connection;
            }
        };
        sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        HikariConfig pool = poolConfig("studybot-sqlite", SQLITE_POOL);
        pool.setDataSource(sqlite);
        return new Database(settings, new HikariDataSource(pool), new FileLocks(file));
    }

    private static Database openPostgresql(DatabaseSettings settings) {
        HikariConfig pool = poolConfig("studybot-postgresql", POSTGRESQL_POOL);
        pool.setJdbcUrl(settings.url());
        settings.user().ifPresent(pool::setUsername);
        settings.password().ifPresent(pool::setPassword);
        settings.schema().ifPresent(pool::setSchema);
        pool.addDataSourceProperty("ApplicationName", "studybot");
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        try {
            HikariDataSource dataSource = new HikariDataSource(pool);
            LOG.info("database: PostgreSQL {}", settings);
            return new Database(settings, dataSource, new AdvisoryLocks(settings));
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot connect to the database " + settings + ": "
                    + rootMessage(e), e);
        }
    }

    private static HikariConfig poolConfig(String name, int size) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName(name);
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(Duration.ofSeconds(15).toMillis());
        return pool;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    /** Jdbi over this database, for the stores. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** Which database this is. */
    public Dialect dialect() {
        return settings.dialect();
    }

    /** Where it is (without the password). */
    public DatabaseSettings settings() {
        return settings;
    }

    /** The pooled connections (for copying tables and for tests). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The highest migration applied. */
    public int schemaVersion() {
        return Migrations.version(dataSource, settings.schema());
    }

    /** The roles one process at a time may hold among the processes on this database. */
    public ExclusiveLocks locks() {
        return locks;
    }

    /** Closes the pool (the stores over it stop working). */
    @Override
    public void close() {
        dataSource.close();
    }
}
