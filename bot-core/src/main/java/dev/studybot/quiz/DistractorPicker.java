package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Picks wrong options of the same kind as the right one (a place for a place, a number with the same unit for
 * a number): from the documents in scope first, then from the rest of the library; never a word of the source
 * sentence, never one containing the answer or contained in it, of similar length, and only those the caller
 * confirms are not also right.
 */
final class DistractorPicker {

    private final Map<String, Set<String>> primary = new LinkedHashMap<>();
    private final Map<String, Set<String>> fallback = new LinkedHashMap<>();

    /** @param inScope sentences of the documents asked about; @param library sentences of every document */
    DistractorPicker(Collection<AnalyzedSentence> inScope, Collection<AnalyzedSentence> library) {
        collect(inScope, primary);
        collect(library, fallback);
    }

    private static void collect(Collection<AnalyzedSentence> sentences, Map<String, Set<String>> into) {
        for (AnalyzedSentence sentence : sentences) {
            for (KeyTerm term : sentence.terms()) {
                into.computeIfAbsent(term.sort(), k -> new LinkedHashSet<>()).add(term.text());
            }
            for (Enumeration enumeration : sentence.enumerations()) {
                into.computeIfAbsent(enumSort(), k -> new LinkedHashSet<>()).addAll(enumeration.items());
            }
        }
    }

    /** The sort enumeration items share. */
    static String enumSort() {
        return TermKind.ENUM_ITEM + "/";
    }

    /**
     * Up to {@code count} distractors for {@code answers} (one term, or the items of an enumeration).
     *
     * @param sort     the kind they must share
     * @param answers  the right answers, none of which a distractor may equal, contain or be contained in
     * @param sentence the source sentence, none of whose words a distractor may be
     * @param notRight confirms a candidate would not also be right
     */
    List<String> pick(String sort, List<String> answers, String sentence, int count, Predicate<String> notRight,
                      Random random) {
        double length = answers.stream().mapToInt(Words::length).average().orElse(2);
        List<String> chosen = new ArrayList<>();
        for (Map<String, Set<String>> pool : List.of(primary, fallback)) {
            List<String> candidates = new ArrayList<>(pool.getOrDefault(sort, Set.of()));
            candidates.removeIf(c -> chosen.contains(c) || !allowed(c, answers, sentence, length));
            java.util.Collections.shuffle(candidates, random);
            // Closest in length first, so the answer does not stand out; shuffled within a length.
            candidates.sort(Comparator.comparingDouble(c -> Math.abs(Words.length(c) - length)));
            for (String candidate : candidates) {
                if (chosen.size() == count) {
                    return chosen;
                }
                if (chosen.stream().noneMatch(c -> c.contains(candidate) || candidate.contains(c))
                        && notRight.test(candidate)) {
                    chosen.add(candidate);
                }
            }
        }
        return chosen;
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
}
