package dev.studybot.app;

import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the bot: every platform whose token is set; the console chat when there is none. */
final class RunCli implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Config config = Config.fromEnvironment();
        Logger log = LoggerFactory.getLogger(RunCli.class);
        if (config.telegramToken().isEmpty() && config.discordToken().isEmpty()) {
            log.info("no TELEGRAM_TOKEN or DISCORD_TOKEN set: starting the console chat");
            return new ChatCli().callWithDefaults();
        }
        log.info("starting with {}", config);
        return new BotRunner(config, java.time.Clock.systemDefaultZone()).run();
    }
}
