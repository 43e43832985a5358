package dev.studybot.document;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads documents: the ones bundled on the class path under {@code seeds/}, then every supported file of the
 * given library folders. A file that cannot be read is logged and skipped, never fatal.
 */
public final class LibraryLoader {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryLoader.class);
    /** Where the build puts the repository's {@code seeds/} folder on the class path. */
    public static final String BUNDLED_FOLDER = "seeds";

    private final DocumentReader reader = new DocumentReader();
    private final DocumentParser parser = new DocumentParser();

    /** The bundled seeds plus the documents of each folder. */
    public DocumentLibrary load(List<Path> libraryFolders) {
        List<Document> documents = new ArrayList<>(bundled());
        for (Path folder : libraryFolders) {
            documents.addAll(folder(folder));
        }
        return new DocumentLibrary(documents);
    }

    /** The documents bundled with StudyBot. */
    public List<Document> bundled() {
        URL url = LibraryLoader.class.getClassLoader().getResource(BUNDLED_FOLDER);
        if (url == null) {
            LOG.warn("no bundled documents found on the class path");
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                // Left open on purpose: it is the jar the classes load from, open for the whole run anyway.
                openJar(uri);
            }
            return folder(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            LOG.warn("cannot read the bundled documents: {}", e.toString());
            return List.of();
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    /**
     * Every supported document directly inside the folder, by file name. Every other file is named in a warning
     * (an unsupported format, a file that cannot be read, one without text), except hidden files and README.md.
     */
    public List<Document> folder(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.warn("library folder {} does not exist or is not a folder", folder);
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).filter(p -> !quietlyIgnored(p)).sorted().toList();
        } catch (IOException e) {
            LOG.warn("cannot list library folder {}: {}", folder, e.toString());
            return List.of();
        }
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            if (!DocumentReader.supports(file.getFileName().toString())) {
                LOG.warn("skipping {}: not a format StudyBot reads ({})", file, DocumentReader.FORMATS);
                continue;
            }
            try {
                Document document = file(file);
                if (document.paragraphs().isEmpty()) {
                    LOG.warn("skipping {}: no text found in it (a scanned PDF has only pictures of text)", file);
                    continue;
                }
                documents.add(document);
            } catch (IOException | RuntimeException e) {
                LOG.warn("skipping {}: cannot read it ({})", file, e.toString());
            }
        }
        return documents;
    }

    /** Hidden files (.DS_Store, editors' backups) and the folder's README are not documents and not worth a word. */
    private static boolean quietlyIgnored(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.equalsIgnoreCase("README.md");
    }

    /** One document file. */
    public Document file(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return parser.parse(name, reader.read(name, in));
        }
    }
}
