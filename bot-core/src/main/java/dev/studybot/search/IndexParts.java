package dev.studybot.search;

import java.io.Closeable;
import java.io.IOException;
import org.apache.lucene.index.CompositeReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ParallelCompositeReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;

/**
 * The passage index in two parts with the same documents in the same order: the words part (document id, passage
 * number and HanLP words) and the bigrams part. Each part is written by its own thread, so the two large term
 * dictionaries are never filled side by side (together in one writer they cost more than apart, in cache misses);
 * {@link #openReader()} joins them field by field.
 *
 * @param words the words part
 * @param grams the bigrams part
 */
public record IndexParts(Directory words, Directory grams) implements Closeable {

    /** One reader over both parts, whose fields are the union of theirs. */
    public CompositeReader openReader() throws IOException {
        DirectoryReader wordsReader = DirectoryReader.open(words);
        try {
            return new ParallelCompositeReader(wordsReader, DirectoryReader.open(grams));
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(wordsReader);
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(words, grams);
    }
}
