package dev.studybot.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the bot: every platform whose token is set; the console chat when there is none. */
final class RunCli implements Callable<Integer> {

    private final Main main;
    private final PrintWriter out;

    RunCli(Main main, PrintWriter out) {
        this.main = main;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Config config = main.config();
        Logger log = LoggerFactory.getLogger(RunCli.class);
        if (config.telegramToken().isEmpty() && config.discordToken().isEmpty()) {
            log.info("no TELEGRAM_TOKEN or DISCORD_TOKEN set: starting the console chat");
            return ChatCli.run(main, out, new LibraryOptions());
        }
        log.info("starting with {}", config);
        Clock clock = Clock.systemDefaultZone();
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // On Ctrl+C or SIGTERM: let the main thread disconnect the platforms and close the core, for a while.
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("studybot-shutdown").unstarted(() -> {
            stopped.countDown();
            try {
                closed.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try (CoreAssembly core = CoreAssembly.build(config, new LibraryOptions().load(config), clock)) {
            List<AutoCloseable> platforms = new ArrayList<>();
            if (config.discordToken().isPresent()) {
                platforms.add(DiscordRun.start(config, core, clock));
            }
            if (config.telegramToken().isPresent()) {
                log.warn("the Telegram adapter is not wired yet: TELEGRAM_TOKEN ignored");
            }
            core.start();
            stopped.await();
            for (AutoCloseable platform : platforms) {
                platform.close();
            }
        } finally {
            closed.countDown();
        }
        return 0;
    }
}
