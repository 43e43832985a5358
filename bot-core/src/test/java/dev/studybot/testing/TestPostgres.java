package dev.studybot.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.studybot.store.jdbc.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL server the tests use, named by {@code STUDYBOT_TEST_DATABASE_URL} (with
 * {@code STUDYBOT_TEST_DATABASE_USER} and {@code STUDYBOT_TEST_DATABASE_PASSWORD}); {@code .ci/run} installs and
 * starts one and sets them. Each test gets a schema of its own, dropped afterwards. Without the variables, tests
 * that need the server are skipped locally, saying how to start one, and fail in CI ({@code CI} set), where they
 * must run.
 */
public final class TestPostgres {

    /** The JUnit tag of tests that need the server. */
    public static final String TAG = "postgresql";

    static final String HOW_TO_START = "PostgreSQL tests skipped: STUDYBOT_TEST_DATABASE_URL is not set. To run them, "
            + "start a server and point the tests at it, e.g. (Debian, as root): apt-get install -y postgresql && "
            + "pg_ctlcluster 15 main start && su postgres -c \"psql -c \\\"CREATE ROLE studybot LOGIN PASSWORD "
            + "'studybot'\\\" -c 'CREATE DATABASE studybot_test OWNER studybot'\" && export "
            + "STUDYBOT_TEST_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/studybot_test "
            + "STUDYBOT_TEST_DATABASE_USER=studybot STUDYBOT_TEST_DATABASE_PASSWORD=studybot; or run .ci/run, which "
            + "does all of this";

    private static final Random NAMES = new Random();

    private TestPostgres() {
    }

    /** The server's settings (its default schema); skips the test, or fails it in CI, when none is configured. */
    public static DatabaseSettings server() {
        Map<String, String> env = System.getenv();
        Optional<String> url = value(env, "STUDYBOT_TEST_DATABASE_URL");
        if (url.isEmpty()) {
            if (inCi(env)) {
                fail("CI must run the PostgreSQL tests, but STUDYBOT_TEST_DATABASE_URL is not set (.ci/run sets it)");
            }
            Assumptions.abort(HOW_TO_START);
        }
        return DatabaseSettings.postgresql(url.get(), value(env, "STUDYBOT_TEST_DATABASE_USER"),
                value(env, "STUDYBOT_TEST_DATABASE_PASSWORD"));
    }

    /** The server with a new, empty schema of a name no other test uses; drop it with {@link #drop}. */
    public static DatabaseSettings freshSchema() {
        String name;
        synchronized (NAMES) {
            name = "t_" + Long.toString(NAMES.nextLong() & Long.MAX_VALUE, 36).toLowerCase(Locale.ROOT);
        }
        return server().withSchema(name);
    }

    /** Drops the settings' schema and everything in it; nothing when there was none (the server was skipped). */
    public static void drop(DatabaseSettings settings) {
        if (settings == null) {
            return;
        }
        String schema = settings.schema().orElseThrow();
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user().orElse(null),
                settings.password().orElse(null));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the test schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private static boolean inCi(Map<String, String> env) {
        return value(env, "CI").map(v -> !v.equalsIgnoreCase("false") && !v.equals("0")).orElse(false);
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
