package dev.studybot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A ranking and whether its first passage answers the question, as the judges pass it on.
 *
 * @param ranked   the candidates, best first (never empty)
 * @param answered whether the first of them answers the question
 */
record Verdict(List<Scored> ranked, boolean answered) {

    Verdict {
        ranked = List.copyOf(ranked);
    }

    /** The passage shown first. */
    Scored first() {
        return ranked.get(0);
    }

    /** The ranking with the passage at this place shown first, answering. */
    Verdict answeredBy(int place) {
        List<Scored> moved = new ArrayList<>(ranked);
        moved.add(0, moved.remove(place));
        return new Verdict(moved, true);
    }

    /**
     * Answered by the first ranked passage whose number passes the test, moved to the front; the same verdict when no
     * ranked passage does.
     */
    Verdict answeredByFirst(IntPredicate passage) {
        return answeredByFirstOf(ranked.size(), passage);
    }

    /**
     * Answered by the first of the first {@code depth} ranked passages whose number passes the test, moved to the
     * front; the same verdict when none of them does.
     */
    Verdict answeredByFirstOf(int depth, IntPredicate passage) {
        for (int i = 0; i < Math.min(depth, ranked.size()); i++) {
            if (passage.test(ranked.get(i).number())) {
                return answeredBy(i);
            }
        }
        return this;
    }

    /** The same ranking, not answering. */
    Verdict abstaining() {
        return new Verdict(ranked, false);
    }
}
