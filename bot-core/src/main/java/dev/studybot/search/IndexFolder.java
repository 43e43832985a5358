package dev.studybot.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the index lives: a folder in the data folder, rebuilt only when the documents' fingerprint changes
 * (kept in a file beside the index), or memory.
 */
public final class IndexFolder {

    private static final Logger LOG = LoggerFactory.getLogger(IndexFolder.class);
    private static final String FINGERPRINT_FILE = "fingerprint.txt";

    private final Path folder;

    private IndexFolder(Path folder) {
        this.folder = folder;
    }

    /** An index kept on disk in this folder. */
    public static IndexFolder at(Path folder) {
        return new IndexFolder(folder);
    }

    /** An index kept in memory, built on every start. */
    public static IndexFolder inMemory() {
        return new IndexFolder(null);
    }

    /** Builds an index into a directory. */
    @FunctionalInterface
    public interface Builder {
        void build(Directory directory) throws IOException;
    }

    /** The directory of an index built from documents with this fingerprint, building it if needed. */
    public Directory openOrBuild(String fingerprint, Builder builder) throws IOException {
        if (folder == null) {
            Directory memory = new ByteBuffersDirectory();
            builder.build(memory);
            return memory;
        }
        Files.createDirectories(folder);
        Path marker = folder.resolve(FINGERPRINT_FILE);
        Directory directory = FSDirectory.open(folder);
        boolean current = Files.exists(marker)
                && Files.readString(marker, StandardCharsets.UTF_8).strip().equals(fingerprint);
        if (current) {
            LOG.info("reusing the index in {}", folder);
            return directory;
        }
        LOG.info("building the index in {} (documents changed)", folder);
        Files.deleteIfExists(marker);
        builder.build(directory);
        Files.writeString(marker, fingerprint, StandardCharsets.UTF_8);
        return directory;
    }
}
