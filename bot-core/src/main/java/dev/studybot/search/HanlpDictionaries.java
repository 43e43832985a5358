package dev.studybot.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads HanLP's dictionaries that opening the index and the first question need (traditional-to-simplified folding,
 * the custom and core dictionaries, word pairs, synonyms) on a thread of its own, started with the process: they
 * take about a second, which otherwise falls on the index's opening and the first question. HanLP reads each once
 * (in its classes' initialisation), so a thread that needs one meanwhile waits for it rather than reading it again.
 * What HanLP builds rather than reads (the traditional-to-simplified table) it keeps in a cache folder.
 */
public final class HanlpDictionaries {

    /** Name of the thread that reads them. */
    public static final String THREAD = "studybot-dictionaries";
    private static final Logger LOG = LoggerFactory.getLogger(HanlpDictionaries.class);

    private HanlpDictionaries() {
    }

    /**
     * Starts reading them on a daemon thread, HanLP's caches of the dictionaries it builds kept in {@code cacheFolder}
     * (see {@link HanlpCacheFolder}).
     */
    public static void readInBackground(Path cacheFolder) {
        HanlpCacheFolder.use(cacheFolder);
        Thread.ofPlatform().name(THREAD).daemon(true).start(() -> {
            try {
                read();
            } catch (RuntimeException e) {
                // whoever needs the dictionary meets the error again and tells it
                LOG.debug("reading HanLP's dictionaries ahead failed: {}", e.toString());
            }
        });
    }

    /** Reads them now, in the order the index's opening needs them. */
    static void read() {
        HanLP.convertToSimplifiedChinese("會議");
        CustomDictionary.DEFAULT.contains("会议");
        CoreDictionary.contains("会议");
        CoreBiGramTableDictionary.getBiFrequency("会议", "主持");
        SynonymClasses.bundled();
    }
}
