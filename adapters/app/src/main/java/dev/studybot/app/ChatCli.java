package dev.studybot.app;

import dev.studybot.console.ConsoleChat;
import dev.studybot.model.Language;
import java.io.BufferedReader;
import java.io.InputStream;
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
        return run(main, main.in(), out(), libraryOptions);
    }

    /** Runs the console chat over this input until it ends. */
    static int run(Main main, InputStream input, PrintWriter out, LibraryOptions libraryOptions) throws Exception {
        Config config = main.config();
        Clock clock = Clock.systemDefaultZone();
        try (CoreAssembly core = CoreAssembly.build(config, () -> libraryOptions.load(config), clock);
             BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            ConsoleChat chat = new ConsoleChat(core.dispatcher(), in, out, clock);
            core.messenger().register(ConsoleChat.CHAT.platform(), chat);
            core.serveOperations(config);
            core.start();
            if (Terminal.interactive()) {
                out.println(core.dispatcher().messages(Language.ZH).get("console.welcome", core.library().size()));
                out.flush();
            }
            chat.run();
        }
        return 0;
    }
}
