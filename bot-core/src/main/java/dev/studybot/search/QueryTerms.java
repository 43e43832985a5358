package dev.studybot.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a question is about: its content words (HanLP words without question words and punctuation), the
 * character bigrams of those words (a one-character word counts as itself), and the bigrams that join neighbouring
 * one-character words, which is how the segmenter cuts a word it does not know (搞/内/卷 for 内卷).
 *
 * @param words  content words, in question order, distinct
 * @param grams  bigrams of the content words, distinct
 * @param joined bigrams across neighbouring one-character content words, not in {@code grams}; the engine keeps
 *               those the documents contain ({@link #withJoined})
 * @param synonyms the documents' words for the question's words, by question word: synonyms of content words and
 *                 the documents' words for everyday words of the question ({@link #withSynonyms})
 */
public record QueryTerms(List<String> words, List<String> grams, List<String> joined,
                         Map<String, List<String>> synonyms) {

    /** No terms: nothing to search for. */
    public static final QueryTerms EMPTY = new QueryTerms(List.of(), List.of(), List.of());

    public QueryTerms {
        words = List.copyOf(words);
        grams = List.copyOf(grams);
        joined = List.copyOf(joined);
        synonyms = Map.copyOf(synonyms);
    }

    /** Terms without synonyms. */
    public QueryTerms(List<String> words, List<String> grams, List<String> joined) {
        this(words, grams, joined, Map.of());
    }

    /** The content words of two characters or more: a one-character word says little on its own (会, 学). */
    public List<String> longerWords() {
        return words.stream().filter(word -> word.codePointCount(0, word.length()) >= 2).toList();
    }

    /**
     * These terms with the synonyms of each content word and the documents' words for the everyday words of the
     * question, as far as {@code known} accepts them (the documents use them); an everyday word the documents use
     * themselves needs no bridge.
     */
    public QueryTerms withSynonyms(Synonyms dictionary, Predicate<String> known, String foldedQuestion) {
        return withSynonyms(dictionary, known, known, foldedQuestion);
    }

    /**
     * These terms with synonyms as {@link #withSynonyms(Synonyms, Predicate, String)} gives them, where the documents'
     * words for an everyday word need only be {@code written} in the documents, as a word or inside a longer one: 仗
     * meets 保卫战 of a report that writes 净土保卫战 as one word (a passage is matched on its text).
     */
    public QueryTerms withSynonyms(Synonyms dictionary, Predicate<String> known, Predicate<String> written,
                                   String foldedQuestion) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String word : words) {
            List<String> kept = dictionary.of(word).stream().filter(s -> !words.contains(s)).filter(known).toList();
            if (!kept.isEmpty()) {
                found.put(word, kept);
            }
        }
        // The words too, for a separable verb the question splits (开的会 is the word 开会, not in its text).
        dictionary.everydayIn(foldedQuestion + "|" + String.join("|", words)).forEach((word, documentWords) -> {
            if (known.test(word)) {
                return; // the documents use the everyday word themselves: nothing to bridge
            }
            List<String> kept = documentWords.stream().filter(s -> !words.contains(s)).filter(written).toList();
            if (!kept.isEmpty()) {
                found.merge(word, kept, (a, b) -> Stream.concat(a.stream(), b.stream()).distinct().toList());
            }
        });
        return new QueryTerms(words, grams, joined, found);
    }

    /** These terms with more of the documents' words for content words (by word), after those already known. */
    public QueryTerms withMoreSynonyms(Map<String, List<String>> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, List<String>> all = new LinkedHashMap<>(synonyms);
        more.forEach((word, list) -> all.merge(word, list,
                (a, b) -> Stream.concat(a.stream(), b.stream()).distinct().toList()));
        return new QueryTerms(words, grams, joined, all);
    }

    /** Every synonym of every content word, once. */
    public List<String> allSynonyms() {
        return synonyms.values().stream().flatMap(List::stream).distinct().toList();
    }

    /** A word followed by the synonyms of the content words that hold it: each way a passage may say it. */
    public List<String> withAlternatives(String word) {
        List<String> all = new ArrayList<>();
        all.add(word);
        all.addAll(alternatives(word));
        return all;
    }

    /** The synonyms of the content words that hold this gram (the words a passage may say instead). */
    public List<String> alternatives(String gram) {
        if (synonyms.isEmpty()) {
            return List.of();
        }
        List<String> alternatives = new ArrayList<>();
        // A content word that holds a bridged phrase (剑门蜀道 holds 蜀道) is spoken of by the phrase's words too.
        List<String> holders = words.stream().filter(word -> word.contains(gram)).toList();
        synonyms.forEach((word, list) -> {
            if (word.contains(gram) || holders.stream().anyMatch(holder -> holder.contains(word))) {
                alternatives.addAll(list);
            }
        });
        return alternatives;
    }

    /** Whether the question has anything to search for. */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * The terms of an already folded question. A category noun asked for (什么样的地方, 哪些情况) is answered by an
     * instance of it (战略高地), never by the noun itself: it is left out like a question word, unless nothing else
     * is left.
     */
    public static QueryTerms of(String foldedQuestion, StudyAnalyzers analyzers) {
        List<String> segmented = analyzers.wordsOf(foldedQuestion);
        Set<String> asked = new LinkedHashSet<>();
        Matcher category = ASKED_CATEGORY.matcher(foldedQuestion);
        while (category.find()) {
            asked.add(category.group(1));
        }
        QueryTerms terms = of(segmented, asked);
        return terms.isEmpty() && !asked.isEmpty() ? of(segmented, Set.of()) : terms;
    }

    /** A category noun right after the word that asks for it: 什么样的地方, 哪些情况, 啥东西, 哪个城市. */
    private static final Pattern ASKED_CATEGORY = Pattern.compile(
            "(?:什么样的?|什么|哪些|哪个|哪座|哪种|哪类|哪几个|哪几种|啥样的?|啥|怎样的)(地方|情况|东西|事情|事儿|城市|地点|省份)");

    private static QueryTerms of(List<String> segmentedQuestion, Set<String> skipped) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> joined = new LinkedHashSet<>();
        String previousSingle = null;
        for (String segmented : askingWordsRejoined(segmentedQuestion)) {
            String word = segmented.strip();
            if (word.isEmpty() || word.codePoints().noneMatch(Character::isLetterOrDigit)
                    || StudyAnalyzers.QUESTION_WORDS.contains(word) || skipped.contains(word)) {
                previousSingle = null;
                continue;
            }
            words.add(word);
            boolean single = word.codePointCount(0, word.length()) == 1 && isHan(word);
            if (single && previousSingle != null) {
                joined.add(previousSingle + word);
            }
            previousSingle = single ? word : null;
        }
        Set<String> grams = new LinkedHashSet<>();
        for (String word : words) {
            grams.addAll(bigrams(word));
        }
        joined.removeAll(grams);
        return new QueryTerms(new ArrayList<>(words), new ArrayList<>(grams), new ArrayList<>(joined));
    }

    /** The particles that split a separable verb in speech: 开的会, 讲了话, 见过面. */
    private static final Set<String> SPLITTING = Set.of("的", "了", "过");
    /** Separable verbs (离合词) a question may split: verb and object joined again. */
    private static final Set<String> SEPARABLE_VERBS = Set.of("开会", "讲话", "发言", "见面", "投票", "签字", "握手",
            "请假", "散会", "表态", "帮忙", "出差");

    /**
     * The segmented question with two lone characters that make a question word together joined again (HanLP cuts
     * 这次视察算多大的事 as 多/大, whose pieces would otherwise count as content words that every passage holds), and
     * a separable verb split by a particle joined again (啥时候开的会: 开会).
     */
    private static List<String> askingWordsRejoined(List<String> segmented) {
        List<String> out = new ArrayList<>(segmented.size());
        for (int i = 0; i < segmented.size(); i++) {
            String word = segmented.get(i).strip();
            // A separable verb split by a particle (开的会, 讲了话) is the verb (开会, 讲话), as a document says it.
            if (i + 2 < segmented.size() && word.length() == 1 && SPLITTING.contains(segmented.get(i + 1).strip())) {
                String verb = word + segmented.get(i + 2).strip();
                if (SEPARABLE_VERBS.contains(verb)) {
                    out.add(verb);
                    i += 2;
                    continue;
                }
            }
            if (i + 1 < segmented.size() && word.length() == 1) {
                String pair = word + segmented.get(i + 1).strip();
                if (pair.length() == 2 && StudyAnalyzers.QUESTION_WORDS.contains(pair)) {
                    out.add(pair);
                    i++;
                    continue;
                }
            }
            out.add(word);
        }
        return out;
    }

    /** These terms with the joined bigrams that {@code known} accepts added to the grams. */
    public QueryTerms withJoined(Predicate<String> known) {
        List<String> all = new ArrayList<>(grams);
        joined.stream().filter(known).forEach(all::add);
        return new QueryTerms(words, all, List.of(), synonyms);
    }

    private static boolean isHan(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /**
     * The grams of a word as the index's bigram field holds them: a run of Han characters as its bigrams (a lone
     * character is its own gram), a run of letters or digits whole ("2035", "gdp"), as the standard tokenizer keeps it.
     */
    public static List<String> bigrams(String word) {
        int[] cps = word.codePoints().toArray();
        List<String> grams = new ArrayList<>();
        int start = 0;
        while (start < cps.length) {
            boolean han = Character.UnicodeScript.of(cps[start]) == Character.UnicodeScript.HAN;
            int end = start + 1;
            while (end < cps.length && (Character.UnicodeScript.of(cps[end]) == Character.UnicodeScript.HAN) == han) {
                end++;
            }
            if (!han) {
                grams.add(new String(cps, start, end - start));
            } else if (end - start == 1) {
                grams.add(new String(cps, start, 1));
            } else {
                for (int i = start; i + 1 < end; i++) {
                    grams.add(new String(cps, i, 2));
                }
            }
            start = end;
        }
        return grams;
    }
}
