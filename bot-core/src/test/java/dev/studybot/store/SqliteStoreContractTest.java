package dev.studybot.store;

import dev.studybot.store.jdbc.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a SQLite file, reopened as a restart or a second process would. */
class SqliteStoreContractTest extends StoreContract {

    @TempDir
    Path folder;

    @Override
    protected Database openDatabase() {
        return Database.sqlite(folder.resolve("studybot.db"));
    }
}
