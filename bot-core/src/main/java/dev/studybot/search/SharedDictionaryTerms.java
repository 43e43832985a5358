package dev.studybot.search;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.other.CharTable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A segmenter dictionary over HanLP's shared custom dictionary ({@link CustomDictionary#DEFAULT}) with the key terms
 * of one {@link StudyAnalyzers}: terms the shared dictionary lacks go to a dictionary of that instance only, terms it
 * holds are marked {@code nz 1024} in it, which every user of the shared dictionary sees. HanLP's own way read the
 * shared dictionary again from its cache file for each new dictionary (a tenth of what a library build allocated) and
 * so undid the marks of the one before; this puts back the entries the one before marked instead, which leaves the
 * shared dictionary exactly as reading it again did.
 */
final class SharedDictionaryTerms {

    /** The shared dictionary's own entries for the words key terms have marked: HanLP's single shared dictionary. */
    private static final Map<String, CoreDictionary.Attribute> ORIGINALS = new HashMap<>();

    private SharedDictionaryTerms() {
    }

    /** A dictionary of these key terms over the shared one, whose earlier marks are undone first. */
    static synchronized DynamicCustomDictionary withKeyTerms(Collection<String> keyTerms) {
        DoubleArrayTrie<CoreDictionary.Attribute> shared = CustomDictionary.DEFAULT.dat;
        ORIGINALS.forEach(shared::set);
        // No path: with one, HanLP's constructor reads the shared dictionary from disk again into the same trie.
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary(shared, new BinTrie<>(), null);
        for (String term : keyTerms) {
            String word = dictionary.normalization ? CharTable.convert(term) : term;
            CoreDictionary.Attribute original = shared.get(word);
            if (original != null) {
                ORIGINALS.putIfAbsent(word, original);
            }
            dictionary.insert(term, "nz 1024");
        }
        return dictionary;
    }
}
