package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Spreads the right options of one draw's single-answer questions (单选, and 填空 with options) evenly over A–D: the
 * writer spreads them over the whole pool, but a draw of forty can still read B none and D seven, a pattern a member
 * answers by. Each run of four such questions of one type takes the four places in a seeded order, and a question's
 * right option changes place with the option standing there; which options a question has, its stem and its id are
 * unchanged.
 * A multiple choice's options are put in an order that keeps A and the last option right about as often as chance
 * would, with its right options not all in one run at either end where another order does better.
 */
public final class AnswerPositions {

    /** A digit or a Chinese numeral. */
    private static final Pattern NUMERAL = Pattern.compile("[0-9一二两三四五六七八九十]");
    /** The places A–D a four-option question has. */
    private static final int PLACES = 4;

    private AnswerPositions() {
    }

    /**
     * The first {@code upTo} questions with their right options moved as described, the rest as they are.
     *
     * @param seed the seed of the order of places
     */
    public static List<Question> spread(List<Question> questions, int upTo, long seed) {
        Random random = new Random(seed);
        List<Question> out = new ArrayList<>(questions);
        // Each type its own runs: blind readers count the single choices apart from the fill-ins (A never right).
        Map<QuestionType, List<Integer>> placesOf = new EnumMap<>(QuestionType.class);
        Map<QuestionType, Integer> counted = new EnumMap<>(QuestionType.class);
        MultipleChoiceTally tally = new MultipleChoiceTally();
        for (int i = 0; i < Math.min(upTo, out.size()); i++) {
            Question q = out.get(i);
            if (q.type() == QuestionType.MULTIPLE_CHOICE && q.answers().size() < q.options().size()) {
                out.set(i, tally.arranged(q, random));
                continue;
            }
            if (!movable(q)) {
                continue;
            }
            List<Integer> places = placesOf.computeIfAbsent(q.type(), type -> new ArrayList<>());
            int k = counted.merge(q.type(), 1, Integer::sum) - 1;
            if (k % PLACES == 0) {
                places.clear();
                for (int p = 0; p < PLACES; p++) {
                    places.add(p);
                }
                Collections.shuffle(places, random);
            }
            int target = places.get(k % PLACES) % q.options().size();
            out.set(i, moved(q, target));
        }
        return out;
    }

    /**
     * The multiple choices of one draw so far: how often each place was right, against how often it would be by
     * chance. The writer's shuffle left the last option right in seven to nine of ten and the right
     * options in one run after the wrong ones in half, patterns a member ticks by.
     */
    private static final class MultipleChoiceTally {
        /** Orders tried for each question; the best is kept. */
        private static final int TRIES = 32;
        /** Most options of a multiple choice. */
        private static final int MOST = 8;
        /** How often each place was right so far, against how often it would be by chance. */
        private final double[] expected = new double[MOST];
        private final int[] rightAt = new int[MOST];
        private double expectedLast;
        private int rightLast;
        /** The places of right options already used in this draw: the same BC twice is a pattern too. */
        private final java.util.Set<List<Integer>> used = new java.util.HashSet<>();

        /** The question with its options in the seeded order that keeps every place closest to chance, in no run. */
        Question arranged(Question q, Random random) {
            List<String> right = q.answers().stream().map(q.options()::get).toList();
            double share = (double) right.size() / q.options().size();
            List<String> best = q.options();
            double bestScore = Double.MAX_VALUE;
            for (int t = 0; t < TRIES; t++) {
                List<String> options = new ArrayList<>(q.options());
                Collections.shuffle(options, random);
                double score = (oneRun(options, right) ? 2 : 0) + (used.contains(places(options, right)) ? 1 : 0);
                // Every place, and the last one on its own too: E of five options and F of six are different
                // places but the same pattern to a member who always ticks the last.
                for (int i = 0; i < options.size() && i < MOST; i++) {
                    int r = right.contains(options.get(i)) ? 1 : 0;
                    score += Math.abs(rightAt[i] + r - (expected[i] + share));
                }
                int last = right.contains(options.get(options.size() - 1)) ? 1 : 0;
                score += Math.abs(rightLast + last - (expectedLast + share));
                if (score < bestScore) {
                    bestScore = score;
                    best = options;
                }
            }
            for (int i = 0; i < best.size() && i < MOST; i++) {
                expected[i] += share;
                rightAt[i] += right.contains(best.get(i)) ? 1 : 0;
            }
            expectedLast += share;
            rightLast += right.contains(best.get(best.size() - 1)) ? 1 : 0;
            List<Integer> at = places(best, right);
            used.add(at);
            return new Question(q.id(), q.type(), q.prompt(), best, at.subList(1, at.size()), q.explanation(),
                    q.source());
        }

        /**
         * The number of options, then the places of the right ones (B and C of four is not B and C of five).
         */
        private static List<Integer> places(List<String> options, List<String> right) {
            List<Integer> at = new ArrayList<>(List.of(options.size()));
            for (int i = 0; i < options.size(); i++) {
                if (right.contains(options.get(i))) {
                    at.add(i);
                }
            }
            return at;
        }

        /** Whether the right options stand together at one end (wrong ones all before them, or all after). */
        private static boolean oneRun(List<String> options, List<String> right) {
            int n = right.size();
            boolean atStart = options.subList(0, n).stream().allMatch(right::contains);
            boolean atEnd = options.subList(options.size() - n, options.size()).stream().allMatch(right::contains);
            return atStart || atEnd;
        }
    }

    /** Whether the question has one right option among several, so its place can move. */
    static boolean movable(Question q) {
        return (q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.FILL_BLANK)
                && q.answers().size() == 1 && q.options().size() >= 2 && !inNumericOrder(q.options());
    }

    /**
     * Whether the options are numbers in their order (十二届一次 … 十二届四次, 7月27日 … 7月30日), as organisers list
     * them: moved, the right one stands alone out of order (seeds 379 and 383's readers).
     */
    static boolean inNumericOrder(List<String> options) {
        for (int i = 0; i < options.size(); i++) {
            if (!NUMERAL.matcher(options.get(i)).find() || i > 0
                    && QuestionWriter.numericValue(options.get(i - 1)) >= QuestionWriter.numericValue(options.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The question with its right option at {@code target}, the option standing there where it stood. */
    static Question moved(Question q, int target) {
        int from = q.answers().get(0);
        if (from == target) {
            return q;
        }
        List<String> options = new ArrayList<>(q.options());
        Collections.swap(options, from, target);
        return new Question(q.id(), q.type(), q.prompt(), options, List.of(target), q.explanation(), q.source());
    }

}
