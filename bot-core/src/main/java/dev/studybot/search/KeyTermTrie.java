package dev.studybot.search;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.Map;
import java.util.Set;

/**
 * The trie of the words {@link StudyAnalyzers} adds to HanLP's dictionary (the documents' key terms and the
 * everyday-word phrases): a {@link BinTrie}, as HanLP's {@code DynamicCustomDictionary} wants, that answers the
 * dictionary segmenter's longest-match scan from a compact copy of itself. HanLP's own scan walks the binary trie's
 * nodes from every character of the text (a binary search over a node's children, each child an object of its own)
 * and was nearly half of the index side's segmentation on a large library; the copy's transitions sit in one
 * open-addressing hash table, one probe a character. (HanLP's {@code DoubleArrayTrie} walks as fast but took 50 to
 * 100 ms to build for the library's 9,450 words, at every index build; the table takes about a millisecond.)
 *
 * <p>The copy is made on the first scan after the words last changed ({@link #put}, {@link #set},
 * {@link #remove}); everything else (the standard segmenter's lookups, {@code get}, {@code entrySet}) is the
 * binary trie's own.
 */
final class KeyTermTrie extends BinTrie<CoreDictionary.Attribute> {

    /** The words' transitions, or null when they changed since they were copied. */
    private volatile Transitions compact;

    @Override
    public void put(String key, CoreDictionary.Attribute value) {
        super.put(key, value);
        compact = null;
    }

    @Override
    public void put(char[] key, CoreDictionary.Attribute value) {
        super.put(key, value);
        compact = null;
    }

    @Override
    public void set(String key, CoreDictionary.Attribute value) {
        super.set(key, value);
        compact = null;
    }

    @Override
    public void remove(String key) {
        super.remove(key);
        compact = null;
    }

    /**
     * The same matches as {@link BinTrie#parseLongestText(char[], AhoCorasickDoubleArrayTrie.IHit)}: from each
     * character on, the longest word starting there is reported and the scan goes on after it; where no word starts,
     * the scan goes on at the next character.
     */
    @Override
    public void parseLongestText(char[] text, AhoCorasickDoubleArrayTrie.IHit<CoreDictionary.Attribute> processor) {
        Transitions words = transitions();
        for (int begin = 0; begin < text.length; begin++) {
            int state = Transitions.ROOT;
            int end = -1;
            CoreDictionary.Attribute value = null;
            for (int at = begin; at < text.length; at++) {
                state = words.next(state, text[at]);
                if (state < 0) {
                    break;
                }
                CoreDictionary.Attribute found = words.value(state);
                if (found != null) {
                    value = found;
                    end = at + 1;
                }
            }
            if (value != null) {
                processor.hit(begin, end, value);
                begin = end - 1;
            }
        }
    }

    /** The words' transitions, copied now if they changed. */
    private Transitions transitions() {
        Transitions words = compact;
        if (words == null) {
            synchronized (this) {
                words = compact;
                if (words == null) {
                    words = new Transitions(entrySet());
                    compact = words;
                }
            }
        }
        return words;
    }

    /**
     * A trie as a hash table: a state is a number (the root 0), a transition the key (state, character), and a
     * state where a word ends holds the word's attribute.
     */
    private static final class Transitions {

        static final int ROOT = 0;

        /** (state << 16 | character) + 1 of each transition; 0 is a free slot. */
        private final long[] keys;
        private final int[] targets;
        private final int mask;
        private final CoreDictionary.Attribute[] values;

        Transitions(Set<Map.Entry<String, CoreDictionary.Attribute>> words) {
            int characters = 0;
            for (Map.Entry<String, CoreDictionary.Attribute> word : words) {
                characters += word.getKey().length();
            }
            // at most one transition a character; the table stays at most half full
            int capacity = Integer.highestOneBit(Math.max(1, characters) * 2) * 2;
            keys = new long[capacity];
            targets = new int[capacity];
            mask = capacity - 1;
            values = new CoreDictionary.Attribute[characters + 1];
            int states = 1;
            for (Map.Entry<String, CoreDictionary.Attribute> word : words) {
                int state = ROOT;
                for (int i = 0; i < word.getKey().length(); i++) {
                    long key = key(state, word.getKey().charAt(i));
                    int slot = slot(key);
                    while (keys[slot] != 0 && keys[slot] != key) {
                        slot = (slot + 1) & mask;
                    }
                    if (keys[slot] == 0) {
                        keys[slot] = key;
                        targets[slot] = states++;
                    }
                    state = targets[slot];
                }
                values[state] = word.getValue();
            }
        }

        /** The state after this character, or -1 when no word goes on with it. */
        int next(int state, char c) {
            long key = key(state, c);
            for (int slot = slot(key); ; slot = (slot + 1) & mask) {
                long at = keys[slot];
                if (at == key) {
                    return targets[slot];
                }
                if (at == 0) {
                    return -1;
                }
            }
        }

        /** The attribute of the word ending at this state, or null. */
        CoreDictionary.Attribute value(int state) {
            return values[state];
        }

        private static long key(int state, char c) {
            return ((long) state << 16 | c) + 1;
        }

        private int slot(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        }
    }
}
