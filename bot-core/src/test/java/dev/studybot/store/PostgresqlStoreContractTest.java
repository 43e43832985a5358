package dev.studybot.store;

import dev.studybot.store.jdbc.Database;
import dev.studybot.store.jdbc.DatabaseSettings;
import dev.studybot.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/** The store contract on a real PostgreSQL server, in a schema of the test's own. */
@Tag(TestPostgres.TAG)
class PostgresqlStoreContractTest extends StoreContract {

    private DatabaseSettings settings;

    @BeforeEach
    void freshSchema() {
        settings = TestPostgres.freshSchema();
    }

    @Override
    protected Database openDatabase() {
        return Database.open(settings);
    }

    @AfterEach
    void dropSchema() {
        closeDatabases();
        TestPostgres.drop(settings);
    }
}
