package dev.studybot.app;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the bot: every platform whose token is set; the console chat when there is none. With no token and no
 * input (a container started without {@code -it}, input from {@code /dev/null}) there is nothing to run: it says
 * which tokens it looked for and how to start the console chat, and exits with {@link #NOTHING_TO_RUN}.
 */
final class RunCli implements Callable<Integer> {

    /** The exit status when no platform is configured and there is no input for the console chat. */
    static final int NOTHING_TO_RUN = 2;

    private final Main main;
    private final PrintWriter out;
    private final PrintWriter err;

    RunCli(Main main, PrintWriter out, PrintWriter err) {
        this.main = main;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        Config config = main.config();
        Logger log = LoggerFactory.getLogger(RunCli.class);
        if (config.telegramToken().isEmpty() && config.discordToken().isEmpty()) {
            Optional<InputStream> input = Terminal.interactive() ? Optional.of(main.in()) : pending(main.in());
            if (input.isEmpty()) {
                err.println(nothingToRun());
                err.flush();
                return NOTHING_TO_RUN;
            }
            log.info("no TELEGRAM_TOKEN or DISCORD_TOKEN set: starting the console chat");
            return ChatCli.run(main, input.get(), out, new LibraryOptions());
        }
        log.info("starting with {}", config);
        return new BotRunner(config, Clock.systemDefaultZone()).run();
    }

    /** The input with its first byte still to read, or empty when it has already ended. */
    private static Optional<InputStream> pending(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(1);
        if (buffered.read() < 0) {
            return Optional.empty();
        }
        buffered.reset();
        return Optional.of(buffered);
    }

    static String nothingToRun() {
        return String.join(System.lineSeparator(),
                "studybot: nothing to run: neither TELEGRAM_TOKEN nor DISCORD_TOKEN is set, and standard input is "
                        + "closed, so the console chat has nothing to read.",
                "  Telegram: set TELEGRAM_TOKEN to the token from @BotFather "
                        + "(docker run -e TELEGRAM_TOKEN=… studybot).",
                "  Discord:  set DISCORD_TOKEN to the bot token from the Developer Portal.",
                "  Console chat: ./studybot chat in a terminal, or docker run -it studybot chat.");
    }
}
