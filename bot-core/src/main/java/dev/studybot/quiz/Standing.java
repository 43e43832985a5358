package dev.studybot.quiz;

import dev.studybot.store.MemberTotals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A member's place in a ranking; members with equal points share a place (1, 1, 3).
 *
 * @param rank     the place, from 1
 * @param memberId the member
 * @param name     their name
 * @param points   their points
 * @param correct  right answers
 * @param answered answers
 */
public record Standing(int rank, String memberId, String name, int points, int correct, int answered) {

    /** The ranking of these totals: most points first, ties sharing a place. */
    public static List<Standing> rank(List<MemberTotals> totals) {
        List<MemberTotals> sorted = new ArrayList<>(totals);
        sorted.sort(Comparator.comparingInt(MemberTotals::points).reversed()
                .thenComparing(Comparator.comparingInt(MemberTotals::correct).reversed())
                .thenComparing(MemberTotals::name));
        List<Standing> ranking = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            MemberTotals t = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).points() == t.points() ? ranking.get(i - 1).rank() : i + 1;
            ranking.add(new Standing(rank, t.memberId(), t.name(), t.points(), t.correct(), t.answered()));
        }
        return ranking;
    }
}
