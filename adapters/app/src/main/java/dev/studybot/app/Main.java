package dev.studybot.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * StudyBot's entry point. With no arguments it runs the bot: every platform whose token is set, else the console
 * chat. Subcommands reach the core from the command line ({@code ask}, {@code docs}, {@code chat}, …).
 */
@Command(name = "studybot", mixinStandardHelpOptions = true, version = "StudyBot 0.1.0",
        description = "A chat bot that helps study groups learn a document together.",
        subcommands = {AskCli.class, DocsCli.class, ChatCli.class, EvalCli.class, BenchCli.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    /** Runs the bot (the command with no subcommand). */
    @Override
    public Integer call() throws Exception {
        return new RunCli().call();
    }

    public static void main(String[] args) {
        Logging.configure(args);
        CommandLine commandLine = new CommandLine(new Main())
                .setOut(new PrintWriter(Console.out(), true))
                .setErr(new PrintWriter(Console.err(), true))
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("studybot: " + friendly(e));
                    return 1;
                });
        System.exit(commandLine.execute(args));
    }

    private static String friendly(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Standard output and error in UTF-8, whatever the platform's locale. */
    static final class Console {
        private static final java.io.PrintStream OUT =
                new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                        StandardCharsets.UTF_8);
        private static final java.io.PrintStream ERR =
                new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                        StandardCharsets.UTF_8);

        private Console() {
        }

        static java.io.PrintStream out() {
            return OUT;
        }

        static java.io.PrintStream err() {
            return ERR;
        }
    }
}
