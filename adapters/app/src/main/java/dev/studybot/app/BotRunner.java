package dev.studybot.app;

import dev.studybot.discord.DiscordBot;
import io.micrometer.core.instrument.Counter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the chat platforms whose tokens are set, over one core, until the process is stopped (Ctrl+C, SIGTERM):
 * then the adapters stop first and the core closes after them. Each platform starts on its own thread and is tried
 * again with backoff while it cannot be reached; a refused token ends the process with status 1.
 */
final class BotRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BotRunner.class);

    private final Config config;
    private final Clock clock;

    BotRunner(Config config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Starts the platforms and blocks until shutdown; the exit status. */
    int run() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch coreClosed = new CountDownLatch(1);
        AtomicInteger status = new AtomicInteger(0);
        List<PlatformStart<?>> platforms = new ArrayList<>();
        TelegramLauncher telegram = new TelegramLauncher(config);
        try (CoreAssembly core = CoreAssembly.build(config, () -> new LibraryOptions().load(config), clock)) {
            core.serveOperations(config);
            core.awaitSearch();
            if (telegram.configured()) {
                platforms.add(platform("Telegram", core, () -> telegram.start(core, clock).orElseThrow(),
                        held -> held.healthy(bot -> true)));
            }
            if (config.discordToken().isPresent()) {
                platforms.add(platform("Discord", core, () -> DiscordRun.start(config, core, clock),
                        held -> held.healthy(bot -> bot instanceof DiscordBot discord && discord.connected())));
            }
            core.start();
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("studybot-shutdown").unstarted(() -> {
                LOG.info("stopping");
                platforms.reversed().forEach(BotRunner::closeQuietly);
                stopped.countDown();
                awaitQuietly(coreClosed, Duration.ofSeconds(10));
            }));
            platforms.forEach(p -> p.begin(refused -> {
                status.set(1);
                stopped.countDown();
            }));
            stopped.await();
            platforms.reversed().forEach(BotRunner::closeQuietly);
        } finally {
            coreClosed.countDown();
        }
        return status.get();
    }

    private static <T extends AutoCloseable> PlatformStart<T> platform(String name, CoreAssembly core,
                                                                       java.util.concurrent.Callable<T> attempt,
                                                                       java.util.function.Predicate<T> connected) {
        Counter reconnects = Counter.builder("studybot.platform.reconnects").tag("platform", name.toLowerCase(
                java.util.Locale.ROOT)).description("attempts to reach a chat platform again").register(core.meters());
        PlatformStart<T> start = new PlatformStart<>(name, attempt, connected, reconnects,
                wait -> Thread.sleep(wait));
        core.health().part(name.toLowerCase(java.util.Locale.ROOT), start::connected);
        return start;
    }

    private static void closeQuietly(AutoCloseable adapter) {
        try {
            adapter.close();
        } catch (Exception e) {
            LOG.warn("stopping {} failed: {}", adapter.getClass().getSimpleName(), e.toString());
        }
    }

    private static void awaitQuietly(CountDownLatch latch, Duration timeout) {
        try {
            latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
