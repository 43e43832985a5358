package dev.studybot.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.store.jdbc.Database;
import dev.studybot.store.jdbc.DatabaseSettings;
import dev.studybot.testing.TestPostgres;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server, in a schema of this class's own: migrated once, and every table
 * emptied before each test (the history of the migrations stays).
 */
@Tag(TestPostgres.TAG)
class PostgresqlStoreContractTest extends StoreContract {

    private static DatabaseSettings settings;

    @BeforeAll
    static void migrateOnce() {
        settings = TestPostgres.freshSchema();
        Database.open(settings).close();
    }

    @AfterAll
    static void dropSchema() {
        if (settings != null) {
            TestPostgres.drop(settings);
        }
    }

    @BeforeEach
    void emptyTables() {
        try (Database database = Database.open(settings)) {
            database.jdbi().useHandle(h -> {
                List<String> tables = h.createQuery("SELECT tablename FROM pg_tables WHERE schemaname = "
                        + "current_schema() AND tablename <> 'flyway_schema_history'").mapTo(String.class).list();
                h.execute("TRUNCATE " + String.join(", ", tables.stream().map(t -> "\"" + t + "\"").toList()));
            });
        }
    }

    @Override
    protected Database openDatabase() {
        return Database.open(settings);
    }

    @Test
    void aLockWhoseSessionEndsIsNoLongerHeldAndAnotherProcessTakesIt() throws Exception {
        Database here = openDatabase();
        Database elsewhere = openDatabase();
        try {
            ExclusiveLocks.HeldLock held = here.locks().tryLock("telegram").orElseThrow();
            assertTrue(elsewhere.locks().tryLock("telegram").isEmpty());
            // The holder's session ends as when its process is killed: the server drops it.
            elsewhere.jdbi().useHandle(h -> h.createQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    + "WHERE application_name = 'studybot-lock' AND pid <> pg_backend_pid() "
                    + "AND datname = current_database() AND query LIKE '%pg_try_advisory_lock%'")
                    .mapTo(Boolean.class).list());
            assertFalse(held.stillHeld());
            ExclusiveLocks.HeldLock taken = elsewhere.locks().tryLock("telegram").orElseThrow();
            assertTrue(taken.stillHeld());
            taken.close();
            held.close();
        } finally {
            here.close();
            elsewhere.close();
        }
    }

    @Test
    void sharedHoldersHoldALockTogether() {
        // Not in the contract: the JDK lets one process hold a file lock once, even shared.
        try (Database one = openDatabase(); Database two = openDatabase()) {
            ExclusiveLocks.HeldLock first = one.locks().tryLockShared("discord-all-shards").orElseThrow();
            ExclusiveLocks.HeldLock second = two.locks().tryLockShared("discord-all-shards").orElseThrow();
            assertTrue(first.stillHeld() && second.stillHeld());
            assertTrue(one.locks().tryLock("discord-all-shards").isEmpty());
            first.close();
            assertTrue(two.locks().tryLock("discord-all-shards").isEmpty(), "one shared holder is left");
            second.close();
            one.locks().tryLock("discord-all-shards").orElseThrow().close();
        }
    }
}
