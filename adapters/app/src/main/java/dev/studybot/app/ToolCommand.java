package dev.studybot.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code studybot} subcommand shares: the parent command (standard input, the environment) and its own
 * output. Commands that read documents extend {@link Subcommand}, which adds {@code --library}/{@code --doc}.
 */
abstract class ToolCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    /** The configuration, read from the environment. */
    Config config() {
        return main.config();
    }

    /** Where the command prints (UTF-8 standard output, or a test's writer). */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where the command tells what it did beside its output (UTF-8 standard error, or a test's writer). */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Standard input (or a test's). */
    InputStream in() {
        return main.in();
    }
}
