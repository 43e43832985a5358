package dev.studybot.daily;

import java.time.LocalDate;
import java.util.List;

/**
 * A chat's study over some days (a week): which days had an excerpt, how many members answered each day's question
 * and how many were right, and the longest current streaks of days with an answer.
 *
 * @param from    the first day
 * @param to      the last day
 * @param days    each day from {@code from} to {@code to}
 * @param streaks the members with the longest streaks, longest first
 */
public record WeekReport(LocalDate from, LocalDate to, List<DayFigures> days, List<Streak> streaks) {

    public WeekReport {
        days = List.copyOf(days);
        streaks = List.copyOf(streaks);
    }

    /** Excerpts read. */
    public int read() {
        return (int) days.stream().filter(DayFigures::read).count();
    }

    /** Answers to the questions of the day. */
    public int answers() {
        return days.stream().mapToInt(DayFigures::answered).sum();
    }

    /** Right answers. */
    public int right() {
        return days.stream().mapToInt(DayFigures::right).sum();
    }

    /** The share of right answers, in whole percent (0 when nobody answered). */
    public int accuracyPercent() {
        return answers() == 0 ? 0 : Math.round(100f * right() / answers());
    }

    /**
     * One day.
     *
     * @param day      the date
     * @param read     whether the chat had its excerpt
     * @param answered members who answered its question of the day
     * @param right    of them, those who were right
     */
    public record DayFigures(LocalDate day, boolean read, int answered, int right) {
    }

    /**
     * A member's current streak of days with an answer (a quiz question or a question of the day).
     *
     * @param name the member's name
     * @param days days in a row
     */
    public record Streak(String name, int days) {
    }
}
