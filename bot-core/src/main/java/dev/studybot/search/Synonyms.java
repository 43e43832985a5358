package dev.studybot.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Words of the same meaning as a question's word, from HanLP's core synonym dictionary (an extended 同义词词林):
 * only classes of true synonyms ("="), only words of two or more characters: the last class that lists the word (as
 * HanLP reads it) and those the word heads (位置 heads 位置 部位 地位, while the last class listing it is 职位 位置…);
 * and the documents' words for everyday
 * words of a question, from {@value #EVERYDAY} (找工作 → 就业, 雾霾 → 大气污染). They let a colloquial question meet
 * the documents' formal words: 年轻人 meets 青年, 看病 meets 就医, 外地 meets 异地.
 */
public final class Synonyms {

    /** Classes larger than this are too loose to stand for one meaning. */
    static final int MAX_CLASS = 16;
    /** The class-path resource of everyday words and the documents' words for them. */
    static final String EVERYDAY = "search/everyday-words.txt";

    /** Words looked up before: every question asks again for its words' synonyms. */
    private static final int CACHE_LIMIT = 50_000;

    private final Map<String, List<String>> everyday;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    /** Synonyms from HanLP's dictionary and the bundled everyday words. */
    public Synonyms() {
        this.everyday = readEveryday();
    }

    /**
     * The documents' words of the everyday-word list that are phrases (新就业形态, 关键核心技术): the segmenter must
     * keep them whole, in passages and questions alike, for an everyday word to find them as words.
     */
    public List<String> documentPhrases() {
        return everyday.values().stream().flatMap(List::stream)
                .filter(word -> word.codePointCount(0, word.length()) >= 3).distinct().sorted().toList();
    }

    private static Map<String, List<String>> readEveryday() {
        try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(EVERYDAY)) {
            if (in == null) {
                throw new IllegalStateException(EVERYDAY + " is missing from the class path");
            }
            Map<String, List<String>> words = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.strip().split("\t");
                if (line.startsWith("#") || parts.length != 2) {
                    continue;
                }
                words.put(parts[0].strip(), List.of(parts[1].strip().split("\\s+")));
            }
            return Map.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + EVERYDAY, e);
        }
    }

    /**
     * The everyday words a folded question holds (as text, wherever the segmenter cut it: 找工作 is 找/工作) and the
     * documents' words for each.
     */
    public Map<String, List<String>> everydayIn(String foldedQuestion) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        everyday.forEach((word, documentWords) -> {
            if (foldedQuestion.contains(word)) {
                found.put(word, documentWords);
            }
        });
        return found;
    }

    /** The synonyms of a word (without the word itself), empty when it has none. */
    public List<String> of(String word) {
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        return cache.computeIfAbsent(word, Synonyms::lookUp);
    }

    private static List<String> lookUp(String word) {
        if (word.codePointCount(0, word.length()) < 2) {
            return List.of();
        }
        List<String> synonyms = new ArrayList<>();
        SynonymClasses classes = SynonymClasses.bundled();
        // HanLP's own class (the last listing the word), and those the word heads (位置 of 位置 部位 地位)
        List<SynonymClasses.SynonymClass> kept = new ArrayList<>(classes.headedBy(word));
        classes.of(word).filter(last -> !kept.contains(last)).ifPresent(kept::add);
        for (SynonymClasses.SynonymClass item : kept) {
            if (item.relation() != '=' || item.words().size() > MAX_CLASS) {
                continue;
            }
            for (String other : item.words()) {
                if (!other.equals(word) && other.codePointCount(0, other.length()) >= 2 && !synonyms.contains(other)) {
                    synonyms.add(other);
                }
            }
        }
        return List.copyOf(synonyms);
    }
}
