package dev.studybot.quiz;

import java.time.LocalDate;
import java.util.List;

/** Day streaks: how many days in a row a member has answered something (a quiz question, a question of the day). */
public final class Streaks {

    private Streaks() {
    }

    /**
     * Consecutive days with an answer, ending {@code today} (or the day before, when today has none yet: a streak
     * lasts until a whole day passes without an answer).
     *
     * @param daysLatestFirst the distinct days with an answer, latest first
     */
    public static int current(List<LocalDate> daysLatestFirst, LocalDate today) {
        // Days after "today" (an answer given later than the day a streak is asked for) do not count.
        List<LocalDate> days = daysLatestFirst.stream().filter(d -> !d.isAfter(today)).toList();
        if (days.isEmpty() || days.get(0).isBefore(today.minusDays(1))) {
            return 0;
        }
        int streak = 1;
        for (int i = 1; i < days.size(); i++) {
            if (!days.get(i).equals(days.get(i - 1).minusDays(1))) {
                break;
            }
            streak++;
        }
        return streak;
    }
}
