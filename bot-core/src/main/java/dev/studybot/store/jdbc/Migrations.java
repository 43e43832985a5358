package dev.studybot.store.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema, brought up to date by Flyway from the numbered scripts in {@code db/migration} ({@code V1.sql},
 * {@code V6__shared_state.sql}, …), the same scripts for both databases. Flyway applies each once, in its own
 * transaction, in version order; a script numbered below the newest applied one, a changed script or a misnamed
 * one stops the start with Flyway's message instead of being applied out of order or skipped. A database whose
 * history already ends at the newest bundled script opens without Flyway (see {@link #NEWEST_BUNDLED}).
 *
 * <p>The scripts are written in the SQL both databases speak. SQLite's {@code INTEGER} is 64 bits and
 * PostgreSQL's 32, so on PostgreSQL every {@code INTEGER} column a script creates is widened to {@code BIGINT}
 * right after that script (epoch milliseconds do not fit in 32 bits).
 *
 * <p>A database made before Flyway (its history in the table {@code schema_version} of the hand-written runner) is
 * baselined at its highest version, so that nothing is applied twice and no row is touched; {@code schema_version}
 * is left in place, which keeps a rollback to an older build possible.
 */
public final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    /** Where the scripts are, on the class path. */
    public static final String LOCATION = "classpath:db/migration";
    /**
     * The newest script in {@link #LOCATION}: raise it with every new script (a test compares it with the scripts
     * Flyway finds there).
     */
    static final int NEWEST_BUNDLED = 6;
    static final String HISTORY_TABLE = "flyway_schema_history";
    private static final String LEGACY_TABLE = "schema_version";

    private Migrations() {
    }

    /**
     * Applies the pending scripts of {@code locations} and returns the schema's version afterwards.
     *
     * @param schema the PostgreSQL schema (created when missing), empty for the connection's default
     */
    public static int migrate(DataSource dataSource, Dialect dialect, Optional<String> schema, String... locations) {
        if (locations.length == 1 && LOCATION.equals(locations[0]) && upToDate(dataSource, schema)) {
            return NEWEST_BUNDLED;
        }
        FluentConfiguration config = Flyway.configure()
                .dataSource(dataSource)
                .locations(locations)
                .table(HISTORY_TABLE)
                .validateMigrationNaming(true)
                .failOnMissingLocations(true);
        schema.ifPresent(name -> config.schemas(name).defaultSchema(name).createSchemas(true));
        if (dialect == Dialect.POSTGRESQL) {
            config.callbacks(new WidenIntegers());
        }
        baselineLegacy(dataSource, config);
        Flyway flyway = config.load();
        var result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("database schema migrated to version {} ({} script(s) applied)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
        return version(flyway);
    }

    /**
     * Whether the database's Flyway history ends, without a failure, at the newest bundled script. Then Flyway is
     * not started at all: it would scan the whole class path (the shaded jar's 36,000 entries) for scripts and
     * check each one's checksum, about a second on the way to the first answer on a busy machine, to find nothing
     * to do. What it would check there only matters when a script is pending: a script numbered below an applied
     * one or a changed script comes with a new jar, and a new jar with a new script goes through Flyway. A history
     * it cannot read (no table yet, another schema) goes through Flyway too.
     */
    private static boolean upToDate(DataSource dataSource, Optional<String> schema) {
        try (Connection connection = dataSource.getConnection()) {
            String inSchema = schema.isPresent() ? schema.get() : connection.getSchema();
            if (!hasTable(connection, inSchema, HISTORY_TABLE)) {
                return false;
            }
            String table = schema.map(name -> "\"" + name.replace("\"", "\"\"") + "\".").orElse("") + HISTORY_TABLE;
            int newest = 0;
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT version, success FROM " + table
                         + " WHERE version IS NOT NULL")) {
                while (rs.next()) {
                    if (!rs.getBoolean(2)) {
                        return false;
                    }
                    newest = Math.max(newest, MigrationVersion.fromVersion(rs.getString(1)).getMajor().intValue());
                }
            }
            return newest == NEWEST_BUNDLED;
        } catch (SQLException | RuntimeException e) {
            LOG.debug("the migration history cannot be read directly, Flyway will: {}", e.getMessage());
            return false;
        }
    }

    /** The highest version applied. */
    public static int version(DataSource dataSource, Optional<String> schema) {
        FluentConfiguration config = Flyway.configure().dataSource(dataSource).locations(LOCATION)
                .table(HISTORY_TABLE);
        schema.ifPresent(name -> config.schemas(name).defaultSchema(name));
        return version(config.load());
    }

    private static int version(Flyway flyway) {
        var current = flyway.info().current();
        return current == null || current.getVersion() == null ? 0
                : Integer.parseInt(current.getVersion().getMajorAsString());
    }

    /**
     * A database of the hand-written runner: Flyway takes over at the version it reached. Its versions must run
     * from 1 without a gap (the old runner allowed gaps; such a database needs a person to look at it).
     */
    private static void baselineLegacy(DataSource dataSource, FluentConfiguration config) {
        try (Connection connection = dataSource.getConnection()) {
            String inSchema = connection.getSchema();
            if (!hasTable(connection, inSchema, LEGACY_TABLE) || hasTable(connection, inSchema, HISTORY_TABLE)) {
                return;
            }
            TreeSet<Integer> applied = new TreeSet<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT version FROM " + LEGACY_TABLE)) {
                while (rs.next()) {
                    applied.add(rs.getInt(1));
                }
            }
            if (applied.isEmpty()) {
                return;
            }
            int highest = applied.last();
            if (applied.size() != highest || applied.first() != 1) {
                throw new IllegalStateException("the database's old migration table " + LEGACY_TABLE
                        + " lists versions " + applied + ", not 1 to " + highest + " without a gap: apply the missing "
                        + "ones by hand, or start from a new database, before this version can take it over");
            }
            LOG.info("database made before Flyway, at version {}: taking it over from there", highest);
            Flyway.configure().configuration(config).baselineVersion(MigrationVersion.fromVersion(
                    Integer.toString(highest))).baselineDescription("schema_version of the hand-written runner")
                    .load().baseline();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's migration history: " + e.getMessage(), e);
        }
    }

    private static boolean hasTable(Connection connection, String schema, String name) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, schema, name, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    /** On PostgreSQL, after each script: its {@code INTEGER} columns become {@code BIGINT}, as in SQLite. */
    private static final class WidenIntegers extends BaseCallback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_EACH_MIGRATE;
        }

        @Override
        public void handle(Event event, Context context) {
            Connection connection = context.getConnection();
            List<String[]> columns = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT c.relname, a.attname FROM pg_attribute a "
                         + "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                         + "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 "
                         + "AND NOT a.attisdropped AND a.atttypid = 'int4'::regtype "
                         + "AND c.relname <> '" + HISTORY_TABLE + "'")) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
                for (String[] column : columns) {
                    statement.execute("ALTER TABLE \"" + column[0] + "\" ALTER COLUMN \"" + column[1]
                            + "\" TYPE BIGINT");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot widen the INTEGER columns to BIGINT: " + e.getMessage(), e);
            }
        }

        @Override
        public String getCallbackName() {
            return "widen-integers";
        }
    }
}
