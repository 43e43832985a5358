package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Picks plausible wrong options of the same kind as the right one (a place for a place, a number with the same
 * unit for a number). Candidates come from the documents in scope and the library; a word must have the answer's
 * part of speech, is never a synonym of it (a synonym would also be right), never a word of the source sentence,
 * never contains the answer or is contained in it, and is of similar length. Among those, the most plausible come
 * first: words of the answer's semantic field (HanLP's Cilin codes), words met in the same contexts (the same
 * characters around them in the documents), and items listed together with the answer in some enumeration.
 */
final class DistractorPicker {

    /** Weight of each shared Cilin level (none, major class, medium class, minor class, word group, atom group). */
    private static final double[] FIELD_WEIGHT = {0, 0.5, 2, 4, 5, 6};
    private static final double CONTEXT_WEIGHT = 1.5;
    private static final int MAX_CONTEXTS = 3;
    private static final double LISTED_TOGETHER = 4;
    private static final double IN_SCOPE = 0.5;
    private static final double PER_CHARACTER = 0.7;
    /** Random spread among equally plausible candidates, so the same answer does not always get the same ones. */
    private static final double JITTER = 1.0;

    private final WordSense senses;
    private final Map<String, Map<String, Boolean>> candidates = new LinkedHashMap<>();
    private final Map<String, Set<String>> contexts = new HashMap<>();
    private final Map<String, Set<String>> listedWith = new HashMap<>();

    /**
     * @param inScope sentences of the documents asked about
     * @param library sentences of every document
     * @param senses  parts of speech and semantic codes
     */
    DistractorPicker(Collection<AnalyzedSentence> inScope, Collection<AnalyzedSentence> library, WordSense senses) {
        this.senses = senses;
        collect(inScope, true);
        collect(library, false);
    }

    private void collect(Collection<AnalyzedSentence> sentences, boolean inScope) {
        for (AnalyzedSentence sentence : sentences) {
            String text = sentence.text();
            for (KeyTerm term : sentence.terms()) {
                add(term.sort(), term.text(), inScope);
                if (!inScope) {
                    context(term.text(), text, term.start(), term.end());
                }
            }
            for (Enumeration enumeration : sentence.enumerations()) {
                for (String item : enumeration.items()) {
                    add(enumSort(), item, inScope);
                    if (!inScope) {
                        listedWith.computeIfAbsent(item, k -> new HashSet<>()).addAll(enumeration.items());
                        // What follows a list names its field (…、泥石流等自然灾害): lists sharing it are alike.
                        String after = text.substring(enumeration.end(), Math.min(text.length(), enumeration.end() + 3))
                                .replaceFirst("^等", "");
                        if (after.length() >= 2) {
                            contexts.computeIfAbsent(item, k -> new HashSet<>()).add("list>" + after.substring(0, 2));
                        }
                    }
                }
            }
        }
    }

    private void add(String sort, String text, boolean inScope) {
        candidates.computeIfAbsent(sort, k -> new LinkedHashMap<>()).merge(text, inScope, Boolean::logicalOr);
    }

    private void context(String term, String sentence, int start, int end) {
        Set<String> keys = contexts.computeIfAbsent(term, k -> new HashSet<>());
        if (start >= 2) {
            keys.add("<" + sentence.substring(start - 2, start));
        }
        if (end + 2 <= sentence.length()) {
            keys.add(">" + sentence.substring(end, end + 2));
        }
    }

    /** The sort enumeration items share. */
    static String enumSort() {
        return TermKind.ENUM_ITEM + "/";
    }

    /**
     * Up to {@code count} distractors for {@code answers} (one term, or the items of an enumeration), the most
     * plausible first.
     *
     * @param sort     the kind they must share
     * @param answers  the right answers, none of which a distractor may equal, contain or be contained in
     * @param sentence the source sentence, none of whose words a distractor may be
     * @param notRight confirms a candidate would not also be right
     */
    List<String> pick(String sort, List<String> answers, String sentence, int count, Predicate<String> notRight,
                      Random random) {
        double length = answers.stream().mapToInt(Words::length).average().orElse(2);
        boolean numeric = sort.startsWith(TermKind.NUMBER.name());
        List<WordSense.Sense> answerSenses = answers.stream().map(senses::of).toList();
        WordSense.Sense typical = typical(answerSenses);
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, Boolean> entry : candidates.getOrDefault(sort, Map.of()).entrySet()) {
            String candidate = entry.getKey();
            if (!allowed(candidate, answers, sentence, length)) {
                continue;
            }
            double score = numeric ? 0 : plausibility(candidate, answers, answerSenses, typical);
            if (Double.isNaN(score)) {
                continue;
            }
            score += (entry.getValue() ? IN_SCOPE : 0) - PER_CHARACTER * Math.abs(Words.length(candidate) - length)
                    + JITTER * random.nextDouble();
            scored.add(new Scored(candidate, score));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::text));
        List<String> chosen = new ArrayList<>();
        for (Scored s : scored) {
            if (chosen.size() == count) {
                break;
            }
            String candidate = s.text();
            if (chosen.stream().noneMatch(c -> c.contains(candidate) || candidate.contains(c)
                    || senses.of(c).synonym(senses.of(candidate))) && notRight.test(candidate)) {
                chosen.add(candidate);
            }
        }
        return chosen;
    }

    /** How plausible a candidate is for the answers; NaN when it cannot stand in for them at all. */
    private double plausibility(String candidate, List<String> answers, List<WordSense.Sense> answerSenses,
                                WordSense.Sense typical) {
        WordSense.Sense sense = senses.of(candidate);
        if (!sense.samePos(typical)) {
            return Double.NaN;
        }
        double field = 0;
        double context = 0;
        boolean listed = false;
        Set<String> own = contexts.getOrDefault(candidate, Set.of());
        for (int i = 0; i < answers.size(); i++) {
            WordSense.Sense answer = answerSenses.get(i);
            if (sense.synonym(answer)) {
                return Double.NaN;
            }
            field += FIELD_WEIGHT[sense.sharedLevels(answer)];
            long shared = contexts.getOrDefault(answers.get(i), Set.of()).stream().filter(own::contains).count();
            context += Math.min(MAX_CONTEXTS, shared);
            listed |= listedWith.getOrDefault(answers.get(i), Set.of()).contains(candidate);
        }
        return (field + CONTEXT_WEIGHT * context) / answers.size() + (listed ? LISTED_TOGETHER : 0);
    }

    /** The sense most answers share (their common part of speech; unknown when they differ). */
    private static WordSense.Sense typical(List<WordSense.Sense> answers) {
        Map<Character, Integer> votes = new HashMap<>();
        answers.forEach(s -> votes.merge(s.pos(), 1, Integer::sum));
        char pos = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse('?');
        boolean clear = votes.getOrDefault(pos, 0) * 2 > answers.size();
        return new WordSense.Sense(clear ? pos : '?', List.of(), false);
    }

    private static boolean allowed(String candidate, List<String> answers, String sentence, double length) {
        if (sentence.contains(candidate) || Math.abs(Words.length(candidate) - length) > tolerance(length)) {
            return false;
        }
        return answers.stream().noneMatch(a -> a.contains(candidate) || candidate.contains(a));
    }

    /** How far a distractor's length may differ: a character for short terms, a third for long ones. */
    static double tolerance(double length) {
        return Math.max(1, Math.floor(length / 3));
    }

    /** A candidate and how plausible it is. */
    private record Scored(String text, double score) {
    }
}
