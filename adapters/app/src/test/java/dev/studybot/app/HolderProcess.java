package dev.studybot.app;

import dev.studybot.store.ExclusiveLocks.Claim;
import dev.studybot.store.jdbc.Database;
import dev.studybot.store.jdbc.DatabaseSettings;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A second StudyBot process for {@link TelegramTakeoverTest}: it opens the test's PostgreSQL schema and holds the
 * Telegram lock through the app's {@link HeldService}, prints {@code HOLDING} once its service runs, and waits to be
 * killed. Arguments: URL, schema; user and password come from the environment.
 */
public final class HolderProcess {

    private HolderProcess() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        DatabaseSettings settings = DatabaseSettings.postgresql(args[0],
                Optional.ofNullable(System.getenv("STUDYBOT_DATABASE_USER")),
                Optional.ofNullable(System.getenv("STUDYBOT_DATABASE_PASSWORD"))).withSchema(args[1]);
        Database database = Database.open(settings);
        HeldService telegram = new HeldService("telegram", database.locks(), List.of(Claim.exclusive(TelegramLauncher.LOCK)), () -> {
            out.println("HOLDING");
            return () -> out.println("STOPPED");
        }, Duration.ofMillis(200));
        telegram.start();
        Thread.sleep(Duration.ofMinutes(5)); // until the test kills it
    }
}
