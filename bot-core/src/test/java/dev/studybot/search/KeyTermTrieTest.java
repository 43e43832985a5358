package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The key-term trie finds what HanLP's binary trie finds, on the same words. */
class KeyTermTrieTest {

    /** One reported match. */
    private record Match(int begin, int end, CoreDictionary.Attribute value) {
    }

    private static List<Match> matches(BinTrie<CoreDictionary.Attribute> trie, String text) {
        List<Match> found = new ArrayList<>();
        AhoCorasickDoubleArrayTrie.IHit<CoreDictionary.Attribute> hit =
                (begin, end, value) -> found.add(new Match(begin, end, value));
        trie.parseLongestText(text.toCharArray(), hit);
        return found;
    }

    private static CoreDictionary.Attribute attribute(int frequency) {
        return new CoreDictionary.Attribute(Nature.nz, frequency);
    }

    @Test
    void findsTheLongestWordFromEachCharacterAndGoesOnAfterIt() {
        KeyTermTrie trie = new KeyTermTrie();
        CoreDictionary.Attribute shortOne = attribute(1);
        CoreDictionary.Attribute longOne = attribute(2);
        trie.put("两个", shortOne);
        trie.put("两个确立", longOne);
        trie.put("确立", attribute(3));
        // 两个确立 wins over 两个, and 确立 inside it is not reported; 两个维 falls back to 两个.
        assertEquals(List.of(new Match(1, 5, longOne), new Match(5, 7, shortOne)), matches(trie, "做两个确立两个维护"));
    }

    @Test
    void aWordAddedAfterAScanIsFoundByTheNext() {
        KeyTermTrie trie = new KeyTermTrie();
        trie.put("天府粮仓", attribute(1));
        assertEquals(1, matches(trie, "建设新时代更高水平天府粮仓").size());
        trie.put("新时代", attribute(1));
        assertEquals(2, matches(trie, "建设新时代更高水平天府粮仓").size());
        trie.remove("天府粮仓");
        assertEquals(1, matches(trie, "建设新时代更高水平天府粮仓").size());
    }

    @Test
    void anEmptyTrieFindsNothing() {
        assertEquals(List.of(), matches(new KeyTermTrie(), "两个确立"));
    }

    @Test
    void findsTheSameAsHanlpsBinaryTrieOnRandomWordsAndTexts() {
        // A small alphabet makes words that share prefixes, overlap and nest; a few far code points and ASCII too.
        char[] alphabet = "两个确立维护一极源中心地发展格局新时代天府粮仓a1\u4E00\u9FA5\u3007\uFF01".toCharArray();
        Random random = new Random(20261206);
        for (int round = 0; round < 50; round++) {
            KeyTermTrie fast = new KeyTermTrie();
            BinTrie<CoreDictionary.Attribute> plain = new BinTrie<>();
            int words = 1 + random.nextInt(200);
            for (int w = 0; w < words; w++) {
                String word = randomText(random, alphabet, 1 + random.nextInt(6));
                CoreDictionary.Attribute value = attribute(w);
                fast.put(word, value);
                plain.put(word, value);
            }
            for (int t = 0; t < 40; t++) {
                String text = randomText(random, alphabet, random.nextInt(60));
                List<Match> expected = matches(plain, text);
                List<Match> actual = matches(fast, text);
                assertEquals(expected, actual, "round " + round + ", text " + text);
                for (int i = 0; i < expected.size(); i++) {
                    assertSame(expected.get(i).value(), actual.get(i).value());
                }
            }
        }
    }

    private static String randomText(Random random, char[] alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return text.toString();
    }
}
