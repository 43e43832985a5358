package dev.studybot.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A stamp of the code that turns passages into index terms: the CRC-32 of the compiled classes that fold, segment and
 * write them, and of the segmenter library's entry class. An index on disk carries it, so a bot started with changed
 * analysis code rebuilds its index instead of searching terms its questions are no longer cut into. The same sources
 * compiled again give the same stamp; any change to those classes gives another.
 */
final class CodeStamp {

    /** The classes whose code decides a passage's index terms. */
    static final List<Class<?>> INDEXING = List.of(ChineseNormalizer.class, StudyAnalyzers.class, HanlpTokenizer.class,
            KeyTerms.class, SharedDictionaryTerms.class, SharedSegmentation.class, PassageIndexer.class,
            com.hankcs.hanlp.HanLP.class);

    private CodeStamp() {
    }

    /** The stamp of the indexing code. */
    static String indexing() {
        return of(INDEXING);
    }

    /** The stamp of these classes' compiled code, in this order. */
    static String of(List<Class<?>> classes) {
        CRC32 crc = new CRC32();
        for (Class<?> type : classes) {
            String resource = type.getName().replace('.', '/') + ".class";
            try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the class file of " + type.getName() + " is not on the class path");
                }
                crc.update(resource.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
