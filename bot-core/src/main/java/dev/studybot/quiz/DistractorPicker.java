package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
    /** Length of a Cilin minor-class prefix (Di02). */
    private static final int MINOR_CLASS = 4;
    /** A context shared by more terms than this (…的, 加强…) says nothing about a field. */
    private static final int MAX_CONTEXT_FAN = 300;
    /** Candidates of similar length scored besides the related ones. */
    private static final int SAMPLE = 60;
    /** Candidates checked against the documents per option wanted before giving up. */
    private static final int MAX_CHECKS_PER_OPTION = 4;
    /** Random spread among equally plausible candidates, so the same answer does not always get the same ones. */
    private static final double JITTER = 1.0;

    private final WordSense senses;
    private final Map<String, Map<String, Boolean>> candidates = new LinkedHashMap<>();
    private final Map<String, Set<String>> contexts = new HashMap<>();
    private final Map<String, Set<String>> listedWith = new HashMap<>();
    /** Candidates by sort and length, by sort and Cilin minor class, and by context (the inverse of contexts). */
    private final Map<String, Map<Integer, List<String>>> byLength = new HashMap<>();
    private final Map<String, Map<String, List<String>>> byField = new HashMap<>();
    private final Map<String, Set<String>> byContext = new HashMap<>();

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
                            context(item, "list>" + after.substring(0, 2));
                        }
                    }
                }
            }
        }
    }

    private void add(String sort, String text, boolean inScope) {
        Boolean before = candidates.computeIfAbsent(sort, k -> new LinkedHashMap<>()).put(text, inScope);
        if (before != null) {
            candidates.get(sort).put(text, before || inScope);
            return;
        }
        byLength.computeIfAbsent(sort, k -> new HashMap<>()).computeIfAbsent(Words.length(text),
                k -> new ArrayList<>()).add(text);
        if (!sort.startsWith(TermKind.NUMBER.name())) {
            for (String code : senses.of(text).codes()) {
                List<String> field = byField.computeIfAbsent(sort, k -> new HashMap<>())
                        .computeIfAbsent(code.substring(0, MINOR_CLASS), k -> new ArrayList<>());
                if (field.isEmpty() || !field.get(field.size() - 1).equals(text)) {
                    field.add(text);
                }
            }
        }
    }

    private void context(String term, String sentence, int start, int end) {
        if (start >= 2) {
            context(term, "<" + sentence.substring(start - 2, start));
        }
        if (end + 2 <= sentence.length()) {
            context(term, ">" + sentence.substring(end, end + 2));
        }
    }

    private void context(String term, String key) {
        contexts.computeIfAbsent(term, k -> new HashSet<>()).add(key);
        byContext.computeIfAbsent(key, k -> new HashSet<>()).add(term);
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
        Map<String, Boolean> pool = candidates.getOrDefault(sort, Map.of());
        List<Scored> scored = new ArrayList<>();
        for (String candidate : numeric ? pool.keySet() : shortlist(sort, answers, answerSenses, length, random)) {
            Boolean inScope = pool.get(candidate);
            if (inScope == null || !allowed(candidate, answers, sentence, length)) {
                continue;
            }
            double score = numeric ? 0 : plausibility(candidate, answers, answerSenses, typical);
            if (Double.isNaN(score)) {
                continue;
            }
            score += (inScope ? IN_SCOPE : 0) - PER_CHARACTER * Math.abs(Words.length(candidate) - length)
                    + JITTER * random.nextDouble();
            scored.add(new Scored(candidate, score));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::text));
        List<String> chosen = new ArrayList<>();
        int checks = 0;
        for (Scored s : scored) {
            // Checking that a candidate is not also right searches the documents: give up after a few tries.
            if (chosen.size() == count || checks > MAX_CHECKS_PER_OPTION * count) {
                break;
            }
            String candidate = s.text();
            if (chosen.stream().noneMatch(c -> c.contains(candidate) || candidate.contains(c)
                    || senses.of(c).synonym(senses.of(candidate))) && checks++ >= 0 && notRight.test(candidate)) {
                chosen.add(candidate);
            }
        }
        return chosen;
    }

    /**
     * The candidates worth scoring, so a large library stays fast: those of the answers' semantic minor classes,
     * those met in the answers' contexts, those listed with them, and a random sample of the rest of similar
     * length (so a rare answer still gets options).
     */
    private Set<String> shortlist(String sort, List<String> answers, List<WordSense.Sense> answerSenses,
                                  double length, Random random) {
        Set<String> shortlist = new LinkedHashSet<>();
        Map<String, List<String>> fields = byField.getOrDefault(sort, Map.of());
        for (int i = 0; i < answers.size(); i++) {
            for (String code : answerSenses.get(i).codes()) {
                shortlist.addAll(fields.getOrDefault(code.substring(0, MINOR_CLASS), List.of()));
            }
            for (String key : contexts.getOrDefault(answers.get(i), Set.of())) {
                Set<String> seen = byContext.getOrDefault(key, Set.of());
                if (seen.size() <= MAX_CONTEXT_FAN) {
                    shortlist.addAll(seen);
                }
            }
            shortlist.addAll(listedWith.getOrDefault(answers.get(i), Set.of()));
        }
        Map<Integer, List<String>> lengths = byLength.getOrDefault(sort, Map.of());
        int tolerance = (int) tolerance(length);
        for (int l = (int) Math.ceil(length - tolerance); l <= length + tolerance; l++) {
            List<String> same = lengths.getOrDefault(l, List.of());
            for (int k = 0; k < Math.min(SAMPLE, same.size()); k++) {
                shortlist.add(same.get(same.size() <= SAMPLE ? k : random.nextInt(same.size())));
            }
        }
        return shortlist;
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
