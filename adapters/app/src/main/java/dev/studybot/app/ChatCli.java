package dev.studybot.app;

import dev.studybot.console.ConsoleChat;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code studybot chat}: the console chat, reading standard input until it ends. */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat with the bot in the console.")
final class ChatCli implements Callable<Integer> {

    @Mixin
    LibraryOptions libraryOptions;

    /** Runs with no options set (from the bare {@code studybot} command). */
    Integer callWithDefaults() throws Exception {
        libraryOptions = new LibraryOptions();
        return call();
    }

    @Override
    public Integer call() throws Exception {
        Config config = Config.fromEnvironment();
        Clock clock = Clock.systemDefaultZone();
        try (CoreAssembly core = CoreAssembly.build(config, libraryOptions.load(config), clock);
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            ConsoleChat chat = new ConsoleChat(core.dispatcher(), in, Main.Console.out(), clock);
            core.messenger().register(ConsoleChat.CHAT.platform(), chat);
            core.start();
            if (System.console() != null) {
                Main.Console.out().println(core.dispatcher().messages(dev.studybot.chat.Language.ZH)
                        .get("console.welcome", core.library().size()));
            }
            chat.run();
        }
        return 0;
    }
}
