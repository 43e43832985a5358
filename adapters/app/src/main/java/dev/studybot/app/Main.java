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
        subcommands = {AskCli.class, DocsCli.class, ChatCli.class, QuizCli.class, DailyCli.class, EvalCli.class,
                BenchCli.class, BenchChatsCli.class, MigrateStoreCli.class, BackupCli.class, HealthCli.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    private final java.io.InputStream in;
    private final java.util.Map<String, String> environment;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * @param in          where questions and chat lines come from
     * @param environment the environment variables the configuration is read from
     */
    public Main(java.io.InputStream in, java.util.Map<String, String> environment) {
        this.in = in;
        this.environment = java.util.Map.copyOf(environment);
    }

    /** Standard input. */
    java.io.InputStream in() {
        return in;
    }

    /** The environment variables (for commands that read a setting the configuration does not hold). */
    java.util.Map<String, String> environment() {
        return environment;
    }

    /** The configuration, read from the environment in one place. */
    Config config() {
        return Config.from(environment);
    }

    /** Runs the bot (the command with no subcommand). */
    @Override
    public Integer call() throws Exception {
        return new RunCli(this, spec.commandLine().getOut(), spec.commandLine().getErr()).call();
    }

    public static void main(String[] args) {
        Logging.configure(args);
        System.exit(commandLine(System.in, System.getenv(), new PrintWriter(Console.out(), true),
                new PrintWriter(Console.err(), true)).execute(args));
    }

    /** The command line over these streams and environment (tests call it directly). */
    public static CommandLine commandLine(java.io.InputStream in, java.util.Map<String, String> environment,
                                          PrintWriter out, PrintWriter err) {
        return new CommandLine(new Main(in, environment))
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("studybot: " + friendly(e));
                    return 1;
                });
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
