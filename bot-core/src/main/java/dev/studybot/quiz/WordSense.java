package dev.studybot.quiz;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a word is and what it is about: its coarse part of speech (HanLP's core dictionary, or the head word of a
 * compound) and its semantic codes in HanLP's extended Tongyici Cilin ({@code CoreSynonym.txt}: words whose codes
 * share a long prefix belong to the same semantic field, e.g. 长江 and 珠江). Lookups are cached.
 */
public final class WordSense {

    /** Prefix lengths of the five levels of a Cilin code (major, medium, minor class, word group, atom group). */
    private static final int[] LEVELS = {1, 2, 4, 5, 7};

    /** Read on the first lookup (by one thread; others wait): a start that makes no quiz never reads them. */
    private volatile Map<String, List<String>> codes;
    private final Map<String, Sense> cache = new ConcurrentHashMap<>();
    private final Segment segment = HanLP.newSegment().enableCustomDictionary(true);

    /** The semantic codes bundled with HanLP, read when first needed. */
    public WordSense() {
    }

    private Map<String, List<String>> codes() {
        Map<String, List<String>> read = codes;
        if (read == null) {
            synchronized (this) {
                read = codes;
                if (read == null) {
                    read = load(HanLP.Config.CoreSynonymDictionaryDictionaryPath);
                    codes = read;
                }
            }
        }
        return read;
    }

    private static Map<String, List<String>> load(String path) {
        Map<String, List<String>> codes = new HashMap<>();
        try (InputStream in = WordSense.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return Map.of(); // no dictionary: every field comparison is neutral
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.strip().replace("\uFEFF", "").split(" ");
                if (parts.length < 2 || parts[0].length() != 8) {
                    continue;
                }
                for (int i = 1; i < parts.length; i++) {
                    codes.computeIfAbsent(parts[i], k -> new ArrayList<>(2)).add(parts[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return codes;
    }

    /** The sense of a word or short phrase. */
    public Sense of(String text) {
        return cache.computeIfAbsent(text, this::compute);
    }

    private Sense compute(String text) {
        String head = text;
        char pos;
        CoreDictionary.Attribute attribute = CoreDictionary.get(text);
        if (attribute != null) {
            pos = coarse(mostFrequent(attribute));
        } else {
            List<Term> words;
            synchronized (segment) {
                words = segment.seg(text);
            }
            Term last = words.isEmpty() ? null : words.get(words.size() - 1);
            pos = last == null || last.nature == null ? '?' : coarse(last.nature);
            if (last != null && last.word.length() >= 2) {
                head = last.word;
            }
        }
        Map<String, List<String>> codes = codes();
        List<String> found = codes.get(text);
        if (found == null) {
            found = codes.getOrDefault(head, List.of());
        }
        if (found.isEmpty() && text.length() > 2) {
            found = codes.getOrDefault(text.substring(text.length() - 2), List.of());
        }
        return new Sense(pos, List.copyOf(found), codes.containsKey(text));
    }

    private static Nature mostFrequent(CoreDictionary.Attribute attribute) {
        int best = 0;
        for (int i = 1; i < attribute.nature.length; i++) {
            if (attribute.frequency[i] > attribute.frequency[best]) {
                best = i;
            }
        }
        return attribute.nature[best];
    }

    /** n (nouns, names, places, organisations), v (verbs, verbal nouns), a, b, m, d, or another first letter. */
    static char coarse(Nature nature) {
        String tag = nature.toString();
        if (tag.isEmpty()) {
            return '?';
        }
        char first = tag.charAt(0);
        return switch (first) {
            case 'n', 'g' -> 'n';
            case 'v' -> 'v';
            default -> first;
        };
    }

    /**
     * What a word is and means.
     *
     * @param pos   coarse part of speech ({@code ?} when unknown)
     * @param codes its Cilin codes (or its head word's), possibly none
     * @param exact whether the codes are the word's own (not borrowed from its head)
     */
    public record Sense(char pos, List<String> codes, boolean exact) {

        /** Whether two words can stand in for each other grammatically (unknown matches anything). */
        public boolean samePos(Sense other) {
            return pos == '?' || other.pos == '?' || pos == other.pos;
        }

        /**
         * How many levels of the Cilin hierarchy the two share at best: 0 (nothing) to 5 (same atom group).
         * Same-group words are synonyms when the group is marked {@code =}; see {@link #synonym(Sense)}.
         */
        public int sharedLevels(Sense other) {
            int best = 0;
            for (String a : codes) {
                for (String b : other.codes) {
                    int level = 0;
                    while (level < LEVELS.length && a.regionMatches(0, b, 0, LEVELS[level])) {
                        level++;
                    }
                    best = Math.max(best, level);
                }
            }
            return best;
        }

        /** Whether both words, by their own codes, are in one synonym group (then one would also be right). */
        public boolean synonym(Sense other) {
            if (!exact || !other.exact) {
                return false;
            }
            for (String a : codes) {
                if (a.charAt(7) == '=' && other.codes.contains(a)) {
                    return true;
                }
            }
            return false;
        }
    }
}
