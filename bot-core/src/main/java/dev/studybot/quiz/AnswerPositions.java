package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Spreads the right options of one draw's single-answer questions (单选, and 填空 with options) evenly over A–D: the
 * writer spreads them over the whole pool, but a draw of forty can still read B none and D seven, a pattern a member
 * answers by. Each run of four such questions takes the four places in a seeded order, and a question's right option
 * changes place with the option standing there; which options a question has, its stem and its id are unchanged.
 */
public final class AnswerPositions {

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
        List<Integer> places = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < Math.min(upTo, out.size()); i++) {
            Question q = out.get(i);
            if (!movable(q)) {
                continue;
            }
            if (k % PLACES == 0) {
                places.clear();
                for (int p = 0; p < PLACES; p++) {
                    places.add(p);
                }
                Collections.shuffle(places, random);
            }
            int target = places.get(k % PLACES) % q.options().size();
            out.set(i, moved(q, target));
            k++;
        }
        return out;
    }

    /** Whether the question has one right option among several, so its place can move. */
    static boolean movable(Question q) {
        return (q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.FILL_BLANK)
                && q.answers().size() == 1 && q.options().size() >= 2;
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
