package dev.studybot.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
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
        return new BotRunner(config, Clock.systemDefaultZone()).run();
    }
}
