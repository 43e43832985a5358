package dev.studybot.chart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the weekly picture shows, already worded: one bar per day (members who answered that day's question), a
 * line of the day's accuracy, and texts around them.
 *
 * @param title       the heading (本周学习 12月1日—12月7日)
 * @param subtitle    the week in one line (读了 7 篇 · 作答 15 人次 · 正确率 80%)
 * @param footer      the longest streaks in one line
 * @param barsLabel   the bars' series and axis name
 * @param lineLabel   the line's series and axis name
 * @param days        one entry per day, in order
 */
public record WeekChartData(String title, String subtitle, String footer, String barsLabel, String lineLabel,
                            List<Day> days) {

    public WeekChartData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(footer, "footer");
        days = List.copyOf(days);
    }

    /** Every text the picture draws, for checking that the font has each character. */
    public List<String> texts() {
        List<String> texts = new java.util.ArrayList<>(List.of(title, subtitle, footer, barsLabel, lineLabel));
        days.forEach(d -> texts.add(d.label()));
        return texts;
    }

    /**
     * One day.
     *
     * @param label    its label on the axis (12/1 周一)
     * @param members  members who answered its question
     * @param accuracy the share of right answers in percent, when anyone answered
     */
    public record Day(String label, int members, Optional<Double> accuracy) {
    }
}
