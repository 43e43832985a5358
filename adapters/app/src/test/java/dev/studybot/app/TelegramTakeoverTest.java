package dev.studybot.app;

import dev.studybot.store.ExclusiveLocks.Claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.store.jdbc.Database;
import dev.studybot.store.jdbc.DatabaseSettings;
import dev.studybot.testing.TestPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One process holds Telegram; this test's process waits; the holder is killed ({@code kill -9}: no clean shutdown,
 * its database session simply vanishes) and this process takes Telegram over, well within a minute. Two JVMs on a
 * real PostgreSQL server.
 */
@Tag(TestPostgres.TAG)
@Tag("slow") // starts a second JVM
class TelegramTakeoverTest {

    private static final Duration CHECK = Duration.ofMillis(200);

    @Test
    void anotherProcessTakesTelegramOverWhenTheHolderIsKilled() throws Exception {
        DatabaseSettings settings = TestPostgres.freshSchema();
        try (Database database = Database.open(settings)) {
            Process holder = startHolder(settings);
            HeldService waiting = null;
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                        StandardCharsets.UTF_8));
                String first = CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS);
                assertEquals("HOLDING", first, "the other process holds Telegram");

                AtomicInteger started = new AtomicInteger();
                waiting = new HeldService("telegram", database.locks(), List.of(Claim.exclusive(TelegramLauncher.LOCK)), () -> {
                    started.incrementAndGet();
                    return () -> { };
                }, CHECK);
                waiting.start();
                assertFalse(waiting.running(), "one getUpdates consumer: this process waits");

                holder.destroyForcibly();
                assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
                long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                while (!waiting.running() && System.nanoTime() < deadline) {
                    Thread.sleep(CHECK.toMillis());
                }
                assertTrue(waiting.running(), "taken over within a minute");
                assertEquals(1, started.get());
                assertTrue(database.locks().tryLock(TelegramLauncher.LOCK).isEmpty(), "and held by this process");
            } finally {
                holder.destroyForcibly();
                if (waiting != null) {
                    waiting.close();
                }
            }
        } finally {
            TestPostgres.drop(settings);
        }
    }

    private static Process startHolder(DatabaseSettings settings) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=logback-test.xml", HolderProcess.class.getName(), settings.url(),
                settings.schema().orElseThrow());
        settings.user().ifPresent(user -> builder.environment().put("STUDYBOT_DATABASE_USER", user));
        settings.password().ifPresent(password -> builder.environment().put("STUDYBOT_DATABASE_PASSWORD", password));
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
