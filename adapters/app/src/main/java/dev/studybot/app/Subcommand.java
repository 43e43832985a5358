package dev.studybot.app;

import dev.studybot.document.DocumentLibrary;
import picocli.CommandLine.Mixin;

/** A {@code studybot} subcommand that reads documents: the bundled ones plus {@code --library}/{@code --doc}. */
abstract class Subcommand extends ToolCommand {

    @Mixin
    LibraryOptions libraryOptions = new LibraryOptions();

    /** The bundled documents plus those of {@code STUDYBOT_LIBRARY} and {@code --library}. */
    DocumentLibrary library() {
        return libraryOptions.load(config());
    }
}
