package dev.studybot.store.jdbc;

import dev.studybot.store.ExclusiveLocks;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exclusive and shared locks as PostgreSQL session advisory locks, each on a connection of its own (outside the pool, whose
 * connections come and go): the server releases the lock when that session ends, so a process that dies loses its
 * locks at once, and one whose machine vanishes loses them when the server's TCP keepalives give up on it (set here
 * to about 30 seconds).
 */
final class AdvisoryLocks implements ExclusiveLocks {

    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryLocks.class);
    /** The first key of every StudyBot advisory lock ("SB"); the second is a hash of the schema and the name. */
    static final int NAMESPACE = 0x5342;

    private final DatabaseSettings settings;

    AdvisoryLocks(DatabaseSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<HeldLock> tryLock(String name) {
        return tryLock(name, "pg_try_advisory_lock");
    }

    @Override
    public Optional<HeldLock> tryLockShared(String name) {
        return tryLock(name, "pg_try_advisory_lock_shared");
    }

    private Optional<HeldLock> tryLock(String name, String function) {
        int key = key(settings.schema().orElse("") + "/" + name);
        Connection connection = null;
        try {
            connection = connect();
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?, ?)")) {
                statement.setInt(1, NAMESPACE);
                statement.setInt(2, key);
                try (ResultSet rs = statement.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return Optional.of(new AdvisoryLock(name, key, connection));
                    }
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            LOG.warn("could not ask the database for the lock {}: {}", name, e.getMessage());
            closeQuietly(connection);
            return Optional.empty();
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        settings.user().ifPresent(user -> properties.setProperty("user", user));
        settings.password().ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("ApplicationName", "studybot-lock");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "30");
        Connection connection = DriverManager.getConnection(settings.url(), properties);
        try (Statement statement = connection.createStatement()) {
            // The server notices a vanished holder after about 15 + 3 × 5 seconds of silence.
            statement.execute("SET tcp_keepalives_idle = 15");
            statement.execute("SET tcp_keepalives_interval = 5");
            statement.execute("SET tcp_keepalives_count = 3");
        }
        return connection;
    }

    /** A stable 31-bit hash of a lock's name (the same in every process). */
    static int key(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() & 0x7fffffff);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing a lock connection failed", e);
        }
    }

    /** One advisory lock and the session that holds it. */
    private static final class AdvisoryLock implements HeldLock {
        private final String name;
        private final int key;
        private final Connection connection;

        AdvisoryLock(String name, int key, Connection connection) {
            this.name = name;
            this.key = key;
            this.connection = connection;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public synchronized boolean stillHeld() {
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM pg_locks "
                    + "WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted "
                    + "AND classid::bigint = ? AND objid::bigint = ? AND objsubid = 2")) {
                statement.setQueryTimeout(10);
                statement.setLong(1, NAMESPACE);
                statement.setLong(2, key);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() && rs.getInt(1) == 1;
                }
            } catch (SQLException e) {
                LOG.warn("lost the database session holding the lock {}: {}", name, e.getMessage());
                return false;
            }
        }

        @Override
        public synchronized void close() {
            // Ending the session would release the lock too, but only once the server's backend has exited, after the
            // client has moved on: the next holder could still find it taken. Unlocking first releases it now.
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(10);
                statement.execute("SELECT pg_advisory_unlock_all()");
            } catch (SQLException e) {
                LOG.debug("unlocking {} before closing its session failed", name, e);
            }
            closeQuietly(connection);
        }
    }
}
