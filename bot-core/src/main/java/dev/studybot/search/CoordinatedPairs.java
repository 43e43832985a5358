package dev.studybot.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The documents' words for a member of a coordinated pair of the question, read off the documents' own pairs: a
 * question that says "表扬和督促" paraphrases a fixed pair, and when the documents pair a synonym of one member with a
 * word ("勉励和鞭策", 勉励 for 表扬), that word is theirs for the other member (鞭策 for 督促), though no dictionary
 * lists the two as synonyms and the documents use the question's word elsewhere in another sense (督促检查).
 *
 * <p>Only a synonym of a member counts as the pair's anchor, never the member itself: a passage that pairs the
 * question's own word with another ("经济和文化" for "经济和社会") speaks of another pair. The documents are read
 * only when they are few ({@value #MAX_PASSAGES} passages at most, a report or a few): in the whole library a
 * synonym pairs with too many words to say anything. A pair contracted to its members' first characters (城乡 for
 * 城市和农村, by 乡村 for 农村) is the documents' word for both members where they use it.
 */
final class CoordinatedPairs {

    /** The most passages the searched documents may have for their pairs to be read. */
    static final int MAX_PASSAGES = DenseCandidates.MAX_PASSAGES;
    /** What joins the members of a pair, in a question or a document. */
    static final List<String> JOINERS = List.of("和", "与", "及", "、", "跟", "同", "以及");
    /** How long a partner read off a document's pair is: most words of the documents' pairs have two characters. */
    private static final int PARTNER_LENGTH = 2;

    private CoordinatedPairs() {
    }

    /** A coordinated pair of the question's content words, in question order. */
    record Pair(String first, String second) {
    }

    /** The pairs of adjacent content words the folded question joins ("表扬和督促" → 表扬, 督促). */
    static List<Pair> in(String foldedQuestion, List<String> words) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            for (String joiner : JOINERS) {
                if (foldedQuestion.contains(words.get(i) + joiner + words.get(i + 1))) {
                    pairs.add(new Pair(words.get(i), words.get(i + 1)));
                    break;
                }
            }
        }
        return pairs;
    }

    /**
     * The documents' words for members of the question's pairs, by member: for each pair, the partner the passages
     * give a synonym of the other member in a pair of theirs.
     *
     * @param terms    the question's terms, with their synonyms
     * @param documents the folded passages of the searched documents, read only when the question has a pair
     *                  (nothing is read off more than {@value #MAX_PASSAGES})
     * @param isWord   whether the searched documents use a text as a word
     */
    static Map<String, List<String>> partners(String foldedQuestion, QueryTerms terms,
                                              Supplier<List<String>> documents, Predicate<String> isWord) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        List<Pair> pairs = in(foldedQuestion, terms.words());
        if (pairs.isEmpty()) {
            return found;
        }
        List<String> passages = documents.get();
        if (passages.size() > MAX_PASSAGES) {
            return found;
        }
        for (Pair pair : pairs) {
            List<String> contracted = contractions(pair, terms);
            add(found, pair.first(), contracted, terms, isWord);
            add(found, pair.second(), contracted, terms, isWord);
            add(found, pair.second(), after(terms.synonyms().getOrDefault(pair.first(), List.of()), passages), terms,
                    isWord);
            add(found, pair.first(), before(terms.synonyms().getOrDefault(pair.second(), List.of()), passages), terms,
                    isWord);
        }
        return found;
    }

    /**
     * The pair contracted to the first characters of its members, or of their synonyms (城市和农村: 城农, 城乡 by 乡村 for
     * 农村), as Chinese shortens a fixed pair (城乡, 工农, 中小); a contraction counts only where the documents use it.
     */
    static List<String> contractions(Pair pair, QueryTerms terms) {
        List<String> firsts = new ArrayList<>(List.of(pair.first()));
        firsts.addAll(terms.synonyms().getOrDefault(pair.first(), List.of()));
        List<String> seconds = new ArrayList<>(List.of(pair.second()));
        seconds.addAll(terms.synonyms().getOrDefault(pair.second(), List.of()));
        List<String> contracted = new ArrayList<>();
        for (String first : firsts) {
            for (String second : seconds) {
                String word = first.substring(0, 1) + second.substring(0, 1);
                if (first.length() >= 2 && second.length() >= 2 && !contracted.contains(word)) {
                    contracted.add(word);
                }
            }
        }
        return contracted;
    }

    private static void add(Map<String, List<String>> found, String member, List<String> partners, QueryTerms terms,
                            Predicate<String> isWord) {
        for (String partner : partners) {
            if (!terms.words().contains(partner) && !partner.contains(member) && !member.contains(partner)
                    && isWord.test(partner)) {
                List<String> list = found.computeIfAbsent(member, m -> new ArrayList<>());
                if (!list.contains(partner)) {
                    list.add(partner);
                }
            }
        }
    }

    /** The words the passages put right after an anchor and a joiner (鞭策 of 勉励和鞭策). */
    private static List<String> after(List<String> anchors, List<String> passages) {
        return beside(anchors, passages, true);
    }

    /** The words the passages put right before a joiner and an anchor (勉励 of 勉励和鞭策, for 鞭策). */
    private static List<String> before(List<String> anchors, List<String> passages) {
        return beside(anchors, passages, false);
    }

    /** The words the passages put on one side of an anchor joined to them (after it, or before it). */
    private static List<String> beside(List<String> anchors, List<String> passages, boolean following) {
        List<String> partners = new ArrayList<>();
        for (String anchor : anchors) {
            for (String joiner : JOINERS) {
                String joined = following ? anchor + joiner : joiner + anchor;
                for (String passage : passages) {
                    for (int at = passage.indexOf(joined); at >= 0; at = passage.indexOf(joined, at + 1)) {
                        int from = following ? at + joined.length() : at - PARTNER_LENGTH;
                        String partner = han(passage, from, from + PARTNER_LENGTH);
                        if (partner != null) {
                            partners.add(partner);
                        }
                    }
                }
            }
        }
        return partners;
    }

    /** The stretch of the text from {@code from} to {@code to} when it is all Han characters, else null. */
    private static String han(String text, int from, int to) {
        if (from < 0 || to > text.length()) {
            return null;
        }
        String stretch = text.substring(from, to);
        return stretch.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? stretch : null;
    }
}
