package dev.studybot.app;

import dev.studybot.console.ConsoleChat;
import dev.studybot.model.Language;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine.Command;

/** {@code studybot chat}: the console chat, reading standard input until it ends. */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat with the bot in the console.")
final class ChatCli extends Subcommand {

    @Override
    public Integer call() throws Exception {
        return run(main, out(), libraryOptions);
    }

    /** Runs the console chat until its input ends. */
    static int run(Main main, PrintWriter out, LibraryOptions libraryOptions) throws Exception {
        Config config = main.config();
        Clock clock = Clock.systemDefaultZone();
        try (CoreAssembly core = CoreAssembly.build(config, libraryOptions.load(config), clock);
             BufferedReader in = new BufferedReader(new InputStreamReader(main.in(), StandardCharsets.UTF_8))) {
            ConsoleChat chat = new ConsoleChat(core.dispatcher(), in, out, clock);
            core.messenger().register(ConsoleChat.CHAT.platform(), chat);
            core.start();
            if (System.console() != null) {
                out.println(core.dispatcher().messages(Language.ZH).get("console.welcome", core.library().size()));
                out.flush();
            }
            chat.run();
        }
        return 0;
    }
}
