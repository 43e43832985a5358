package dev.studybot.store.jdbc;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which database to open: a SQLite file ({@code jdbc:sqlite:PATH}) or a PostgreSQL server
 * ({@code jdbc:postgresql://host[:port]/db}) with its user and password. The password is kept out of
 * {@link #toString()} so that it never reaches a log.
 *
 * @param url      the JDBC URL
 * @param user     the PostgreSQL user, if any
 * @param password the PostgreSQL password, if any
 * @param schema   the PostgreSQL schema the tables live in (default: the user's default, usually {@code public});
 *                 tests give each run its own
 */
public record DatabaseSettings(String url, Optional<String> user, Optional<String> password,
                               Optional<String> schema) {

    private static final String SQLITE = "jdbc:sqlite:";
    private static final String POSTGRESQL = "jdbc:postgresql:";

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        url = url.strip();
        if (!url.startsWith(SQLITE) && !url.startsWith(POSTGRESQL)) {
            throw new IllegalArgumentException("the database URL must start with jdbc:sqlite: or jdbc:postgresql:, "
                    + "not " + redact(url));
        }
        if (url.toLowerCase(Locale.ROOT).contains("password=")) {
            throw new IllegalArgumentException("the database URL must not carry a password: put it in "
                    + "STUDYBOT_DATABASE_PASSWORD (the URL is logged, the password never is)");
        }
        user = user.map(String::strip).filter(s -> !s.isEmpty());
        password = password.filter(s -> !s.isEmpty());
        schema = schema.map(String::strip).filter(s -> !s.isEmpty());
        schema.ifPresent(DatabaseSettings::checkSchemaName);
    }

    /** A SQLite database file. */
    public static DatabaseSettings sqlite(Path file) {
        return new DatabaseSettings(SQLITE + file, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A PostgreSQL database. */
    public static DatabaseSettings postgresql(String url, Optional<String> user, Optional<String> password) {
        return new DatabaseSettings(url, user, password, Optional.empty());
    }

    /** The same database with the tables in this schema (PostgreSQL). */
    public DatabaseSettings withSchema(String name) {
        return new DatabaseSettings(url, user, password, Optional.of(name));
    }

    /** Which kind of database the URL names. */
    public Dialect dialect() {
        return url.startsWith(SQLITE) ? Dialect.SQLITE : Dialect.POSTGRESQL;
    }

    /** The SQLite file, for a SQLite URL. */
    public Path sqliteFile() {
        if (dialect() != Dialect.SQLITE) {
            throw new IllegalStateException("not a SQLite database: " + this);
        }
        return Path.of(url.substring(SQLITE.length()));
    }

    private static void checkSchemaName(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("a schema name is lower-case letters, digits and _, not " + name);
        }
    }

    /** The URL without anything after {@code ?} (where drivers take options), for messages. */
    static String redact(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }

    @Override
    public String toString() {
        return redact(url) + user.map(u -> " as " + u).orElse("") + schema.map(s -> " schema " + s).orElse("");
    }
}
