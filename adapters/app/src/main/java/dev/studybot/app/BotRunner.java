package dev.studybot.app;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the chat platforms whose tokens are set, over one core, until the process is stopped (Ctrl+C, SIGTERM):
 * then the adapters stop first and the core closes after them.
 */
final class BotRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BotRunner.class);

    private final Config config;
    private final Clock clock;

    BotRunner(Config config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Starts the platforms and blocks until shutdown. */
    int run() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch coreClosed = new CountDownLatch(1);
        List<AutoCloseable> adapters = new ArrayList<>();
        TelegramLauncher telegram = new TelegramLauncher(config);
        try (CoreAssembly core = CoreAssembly.build(config, new LibraryOptions().load(config), clock)) {
            telegram.start(core, clock).ifPresent(adapters::add);
            if (config.discordToken().isPresent()) {
                adapters.add(DiscordRun.start(config, core, clock));
            }
            core.start();
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("studybot-shutdown").unstarted(() -> {
                LOG.info("stopping");
                adapters.reversed().forEach(BotRunner::closeQuietly);
                stopped.countDown();
                awaitQuietly(coreClosed, Duration.ofSeconds(10));
            }));
            stopped.await();
        } finally {
            coreClosed.countDown();
        }
        return 0;
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
