package dev.studybot.app;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.LibraryLoader;
import dev.studybot.search.SearchScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options every command that reads documents shares: {@code --library DIR}… and {@code --doc ID}…. */
public final class LibraryOptions {

    @Option(names = "--library", paramLabel = "DIR", description = "Another folder of documents (repeatable).")
    List<Path> libraries = new ArrayList<>();

    @Option(names = "--doc", paramLabel = "ID", description = "Limit to this document (repeatable).")
    List<String> documents = new ArrayList<>();

    /** The bundled documents plus those of {@code STUDYBOT_LIBRARY} and {@code --library}. */
    public DocumentLibrary load(Config config) {
        return new LibraryLoader().load(config.withMoreLibraries(libraries).libraryFolders());
    }

    /** The scope {@code --doc} asks for; every document when none. Unknown ids are an error. */
    public SearchScope scope(DocumentLibrary library) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : documents) {
            if (!library.contains(id)) {
                throw new IllegalArgumentException("no document with id " + id + " (see: studybot docs)");
            }
            ids.add(id);
        }
        return new SearchScope(ids);
    }
}
