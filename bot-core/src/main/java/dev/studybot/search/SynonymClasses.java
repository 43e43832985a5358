package dev.studybot.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IOUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HanLP's core synonym dictionary ({@code CoreSynonym.txt}, an extended 同义词词林) as a map from each word to its
 * class, read the way HanLP's {@code CommonSynonymDictionary} reads it: one class a line (its code, whose last
 * character is the relation, then its words), and a word listed in several classes belongs to the last. HanLP's
 * class also builds a double-array trie for prefix searches, which took about a second of the first question; whole
 * words are all the search looks up, and a map answers them alike.
 */
final class SynonymClasses {

    /** A class of the dictionary: the relation ('=' synonyms, '#' related, '@' alone) and every word, in order. */
    record SynonymClass(char relation, List<String> words) {
    }

    private final Map<String, SynonymClass> byWord;
    private final Map<String, List<SynonymClass>> headed;

    private SynonymClasses(Map<String, SynonymClass> byWord, Map<String, List<SynonymClass>> headed) {
        this.byWord = byWord;
        this.headed = headed;
    }

    /** HanLP's bundled dictionary, read once by the first caller (others wait for it). */
    static SynonymClasses bundled() {
        return Bundled.CLASSES;
    }

    /** The class of a word, if the dictionary lists it. */
    Optional<SynonymClass> of(String word) {
        return Optional.ofNullable(byWord.get(word));
    }

    /** The classes a word heads (is listed first in), in the dictionary's order; HanLP keeps only {@link #of}. */
    List<SynonymClass> headedBy(String word) {
        return headed.getOrDefault(word, List.of());
    }

    /** Reads a dictionary in HanLP's format. */
    static SynonymClasses read(InputStream in) throws IOException {
        Map<String, SynonymClass> byWord = new HashMap<>(1 << 17);
        Map<String, List<SynonymClass>> headed = new HashMap<>(1 << 15);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] parts = line.split(" ");
            if (parts.length < 2 || parts[0].isEmpty()) {
                continue; // no words: HanLP adds nothing for such a line either
            }
            SynonymClass synonymClass = new SynonymClass(parts[0].charAt(parts[0].length() - 1),
                    List.of(parts).subList(1, parts.length));
            for (String word : synonymClass.words()) {
                byWord.put(word, synonymClass);
            }
            headed.computeIfAbsent(synonymClass.words().get(0), head -> new ArrayList<>(1)).add(synonymClass);
        }
        return new SynonymClasses(byWord, headed);
    }

    /** Holds the bundled dictionary: the class loader reads it once, on first use. */
    private static final class Bundled {
        static final SynonymClasses CLASSES = readBundled();

        private static SynonymClasses readBundled() {
            String path = HanLP.Config.CoreSynonymDictionaryDictionaryPath;
            try (InputStream in = IOUtil.newInputStream(path)) {
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read HanLP's synonym dictionary " + path, e);
            }
        }
    }
}
