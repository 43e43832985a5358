package dev.studybot.app;

import dev.studybot.document.DocumentLibrary;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code studybot} subcommand shares: the parent command (standard input, the environment), its own
 * output, and the {@code --library}/{@code --doc} options.
 */
abstract class Subcommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOptions libraryOptions = new LibraryOptions();

    /** The configuration, read from the environment. */
    Config config() {
        return main.config();
    }

    /** Where the command prints (UTF-8 standard output, or a test's writer). */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Standard input (or a test's). */
    InputStream in() {
        return main.in();
    }

    /** The bundled documents plus those of {@code STUDYBOT_LIBRARY} and {@code --library}. */
    DocumentLibrary library() {
        return libraryOptions.load(config());
    }
}
