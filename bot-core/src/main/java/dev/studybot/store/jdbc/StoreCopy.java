package dev.studybot.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies every StudyBot table of one database into another of the same schema version (a running group's
 * settings, scores, quizzes, reviews, subscriptions and delivery log, from SQLite to PostgreSQL or back). The
 * source is read in one transaction (a consistent snapshot) and the target written in one (all or nothing); the
 * target must be empty. Each table's rows are counted in the source before and in the target after.
 */
public final class StoreCopy {

    /** Rows sent to the target in one batch. */
    private static final int BATCH = 1_000;
    /** Tables of the migration tools, not of StudyBot. */
    private static final Set<String> NOT_COPIED = Set.of(Migrations.HISTORY_TABLE, "schema_version");

    private StoreCopy() {
    }

    /**
     * One table's rows before and after.
     *
     * @param table  the table
     * @param source its rows in the source
     * @param target its rows in the target after the copy
     */
    public record TableCount(String table, long source, long target) {

        /** Whether every row arrived. */
        public boolean complete() {
            return source == target;
        }
    }

    /**
     * Copies {@code from} into {@code to} and counts.
     *
     * @throws IllegalStateException with a message for a person when the schemas differ or the target has rows
     */
    public static List<TableCount> copy(Database from, Database to) {
        if (from.schemaVersion() != to.schemaVersion()) {
            throw new IllegalStateException("the databases are at different schema versions (" + from.schemaVersion()
                    + " and " + to.schemaVersion() + "): open both with this version of StudyBot first");
        }
        try (Connection source = from.dataSource().getConnection();
             Connection target = to.dataSource().getConnection()) {
            List<String> tables = tables(source, from.dialect());
            Set<String> targetTables = new TreeSet<>(tables(target, to.dialect()));
            for (String table : tables) {
                if (!targetTables.contains(table)) {
                    throw new IllegalStateException("the target has no table " + table);
                }
                long rows = count(target, table);
                if (rows > 0) {
                    throw new IllegalStateException("the target is not empty (" + rows + " rows in " + table
                            + "): copy into a new database");
                }
            }
            source.setAutoCommit(false);
            target.setAutoCommit(false);
            try {
                List<TableCount> counts = new ArrayList<>();
                for (String table : tables) {
                    long before = count(source, table);
                    copyTable(source, target, table);
                    counts.add(new TableCount(table, before, count(target, table)));
                }
                target.commit();
                source.commit();
                return counts;
            } catch (SQLException | RuntimeException e) {
                target.rollback();
                source.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("copying the database failed: " + e.getMessage(), e);
        }
    }

    private static void copyTable(Connection source, Connection target, String table) throws SQLException {
        try (Statement select = source.createStatement();
             ResultSet rows = select.executeQuery("SELECT * FROM \"" + table + "\"")) {
            ResultSetMetaData meta = rows.getMetaData();
            int columns = meta.getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                names.add("\"" + meta.getColumnName(i).toLowerCase(Locale.ROOT) + "\"");
            }
            String insert = "INSERT INTO \"" + table + "\" (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns, "?")) + ")";
            try (PreparedStatement statement = target.prepareStatement(insert)) {
                int pending = 0;
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        statement.setObject(i, rows.getObject(i));
                    }
                    statement.addBatch();
                    if (++pending == BATCH) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** StudyBot's tables in the database, by name. */
    private static List<String> tables(Connection connection, Dialect dialect) throws SQLException {
        String query = dialect == Dialect.SQLITE
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                        + "AND table_type = 'BASE TABLE' ORDER BY table_name";
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (!NOT_COPIED.contains(name)) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }
}
