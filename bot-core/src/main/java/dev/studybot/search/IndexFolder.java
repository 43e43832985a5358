package dev.studybot.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the index lives: a folder in the data folder (its two {@link IndexParts} in the sub-folders
 * {@value #WORDS_FOLDER} and {@value #GRAMS_FOLDER}), rebuilt only when the documents' fingerprint changes (kept in
 * a file beside them), and the passages' dense vectors in {@value #VECTORS_FOLDER}, kept while the documents and the
 * embedding model stay the same; or memory.
 */
public final class IndexFolder {

    private static final Logger LOG = LoggerFactory.getLogger(IndexFolder.class);
    private static final String FINGERPRINT_FILE = "fingerprint.txt";
    private static final String WORDS_FOLDER = "words";
    private static final String GRAMS_FOLDER = "grams";
    private static final String VECTORS_FOLDER = "vectors";
    private static final String VECTORS_FINGERPRINT_FILE = "vectors.txt";
    /** Written before the documents' fingerprint: an index of another layout is rebuilt, not misread. */
    private static final String LAYOUT = "parts-1";

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

    /** Builds an index into its parts. */
    @FunctionalInterface
    public interface Builder {
        void build(IndexParts parts) throws IOException;
    }

    /**
     * The parts of an index of documents with this fingerprint, analysed as the other fingerprint says, building it
     * if needed. The analysis' fingerprint is asked for only when the index in the folder is of the same documents
     * (in memory, or when the documents changed, the builder makes the analyzers as it goes), at most once: a
     * stale index of the same documents is stamped with what the comparison computed.
     *
     * @param documents the documents' fingerprint
     * @param analysis  the fingerprint of how they are analysed (the segmenter's dictionary, made from them, and the
     *                  stamp of the analysis code, so that a changed bot rebuilds an index made by an older one)
     * @param builder   writes the index into the parts
     */
    public IndexParts openOrBuild(String documents, Supplier<String> analysisAskedFor, Builder builder)
            throws IOException {
        Supplier<String> analysis = new OnFirstUse<>(analysisAskedFor);
        if (folder == null) {
            IndexParts memory = new IndexParts(new ByteBuffersDirectory(), new ByteBuffersDirectory());
            builder.build(memory);
            return memory;
        }
        Path marker = folder.resolve(FINGERPRINT_FILE);
        String ofTheseDocuments = LAYOUT + " " + documents + "-";
        String stored = Files.exists(marker) ? Files.readString(marker, StandardCharsets.UTF_8).strip() : "";
        boolean current = stored.startsWith(ofTheseDocuments) && stored.equals(ofTheseDocuments + analysis.get());
        if (current) {
            IndexParts parts = open();
            if (DirectoryReader.indexExists(parts.words()) && DirectoryReader.indexExists(parts.grams())) {
                LOG.info("reusing the index in {}", folder);
                return parts;
            }
            parts.close();
            LOG.warn("the index in {} is incomplete: rebuilding it", folder);
        } else {
            LOG.info("building the index in {} (documents changed)", folder);
        }
        // Whatever an older build left (another layout included) goes: the folder holds nothing else.
        deleteContents();
        IndexParts parts = open();
        try {
            long start = System.nanoTime();
            builder.build(parts);
            Files.writeString(marker, ofTheseDocuments + analysis.get(), StandardCharsets.UTF_8);
            LOG.info("built the index in {} ms", (System.nanoTime() - start) / 1_000_000);
            return parts;
        } catch (IOException | RuntimeException e) {
            parts.close();
            throw e;
        }
    }

    /**
     * The directory of the passage vectors of documents with this fingerprint made by this model: what an earlier
     * run stored there when both are the same, else an empty one.
     */
    public Directory vectors(String fingerprint, String model) throws IOException {
        if (folder == null) {
            return new ByteBuffersDirectory();
        }
        Path vectors = folder.resolve(VECTORS_FOLDER);
        Path marker = folder.resolve(VECTORS_FINGERPRINT_FILE);
        String stamp = LAYOUT + " " + fingerprint + " " + model;
        boolean current = Files.exists(marker)
                && Files.readString(marker, StandardCharsets.UTF_8).strip().equals(stamp);
        if (!current) {
            delete(vectors);
            Files.createDirectories(folder);
            Files.writeString(marker, stamp, StandardCharsets.UTF_8);
        }
        return FSDirectory.open(vectors);
    }

    private IndexParts open() throws IOException {
        Files.createDirectories(folder);
        FSDirectory words = FSDirectory.open(folder.resolve(WORDS_FOLDER));
        return new IndexParts(words, FSDirectory.open(folder.resolve(GRAMS_FOLDER)));
    }

    private void deleteContents() throws IOException {
        delete(folder);
    }

    /** Deletes what the folder holds, keeping the folder itself. */
    private static void delete(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return;
        }
        List<Path> inside;
        try (Stream<Path> walk = Files.walk(target)) {
            inside = walk.filter(path -> !path.equals(target)).sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : inside) {
            Files.delete(path);
        }
    }
}
