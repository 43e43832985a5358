package dev.studybot.document;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
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
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                return inJar(jar.getJarFile());
            }
            return folder(Path.of(url.toURI()));
        } catch (URISyntaxException | IOException e) {
            LOG.warn("cannot read the bundled documents: {}", e.toString());
            return List.of();
        }
    }

    /**
     * The documents directly inside the jar's {@value #BUNDLED_FOLDER} folder. Read through the jar the classes load
     * from, whose directory is already read: a zip file system over it would index its 36,000 entries again (a
     * fifth of a second of every start).
     */
    private List<Document> inJar(JarFile jar) {
        String prefix = BUNDLED_FOLDER + "/";
        List<Source> sources = jar.stream()
                .filter(entry -> !entry.isDirectory() && entry.getName().startsWith(prefix)
                        && entry.getName().indexOf('/', prefix.length()) < 0)
                .map(entry -> new Source(entry.getName().substring(prefix.length()), entry.getName(),
                        () -> jar.getInputStream(entry)))
                .toList();
        return read(sources);
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
        List<Source> sources;
        try (Stream<Path> listing = Files.list(folder)) {
            sources = listing.filter(Files::isRegularFile)
                    .map(file -> new Source(file.getFileName().toString(), file, () -> Files.newInputStream(file)))
                    .toList();
        } catch (IOException e) {
            LOG.warn("cannot list library folder {}: {}", folder, e.toString());
            return List.of();
        }
        return read(sources);
    }

    /** The documents of these files, by name; the others named in a warning (see {@link #folder(Path)}). */
    private List<Document> read(List<Source> sources) {
        List<Document> documents = new ArrayList<>();
        for (Source source : sources.stream().filter(s -> !quietlyIgnored(s.name()))
                .sorted(Comparator.comparing(Source::name)).toList()) {
            if (!DocumentReader.supports(source.name())) {
                LOG.warn("skipping {}: not a format StudyBot reads ({})", source.location(), DocumentReader.FORMATS);
                continue;
            }
            try {
                Document document;
                try (InputStream in = source.open().open()) {
                    document = parser.parse(source.name(), reader.read(source.name(), in));
                }
                if (document.paragraphs().isEmpty()) {
                    LOG.warn("skipping {}: no text found in it (a scanned PDF has only pictures of text)",
                            source.location());
                    continue;
                }
                documents.add(document);
            } catch (IOException | RuntimeException e) {
                LOG.warn("skipping {}: cannot read it ({})", source.location(), e.toString());
            }
        }
        return documents;
    }

    /**
     * A document file to read.
     *
     * @param name     its file name
     * @param location where it is, as warnings name it
     * @param open     opens its bytes
     */
    private record Source(String name, Object location, Opener open) {
    }

    /** Opens a file's bytes. */
    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    /** Hidden files (.DS_Store, editors' backups) and the folder's README are not documents and not worth a word. */
    private static boolean quietlyIgnored(String name) {
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
