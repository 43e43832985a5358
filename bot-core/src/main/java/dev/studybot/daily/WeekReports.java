package dev.studybot.daily;

import dev.studybot.model.ChatId;
import dev.studybot.quiz.Streaks;
import dev.studybot.store.AnswerRecord;
import dev.studybot.store.DailyDelivery;
import dev.studybot.store.DailyStore;
import dev.studybot.store.QuizStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A chat's study over some days, from the delivery log and the answers to the questions of the day: the excerpts
 * read, the members who answered each day and how many were right, and the longest current streaks of those who
 * answered.
 */
public final class WeekReports {

    /** The longest span a report covers (a week with skipped days may run longer than seven days). */
    static final int MAX_DAYS = 14;

    private final DailyStore days;
    private final DayAnswers answers;
    private final QuizStore quizzes;

    public WeekReports(DailyStore days, DayAnswers answers, QuizStore quizzes) {
        this.days = days;
        this.answers = answers;
        this.quizzes = quizzes;
    }

    /** The days of the last {@code count} deliveries before {@code day} (the week that has just ended). */
    public WeekReport lastDelivered(ChatId chat, LocalDate day, int count) {
        List<DailyDelivery> delivered = days.deliveries(chat, day.minusDays(MAX_DAYS), day.minusDays(1)).stream()
                .filter(d -> d.status().delivered()).toList();
        LocalDate from = delivered.isEmpty() ? day.minusDays(count)
                : delivered.get(Math.max(0, delivered.size() - count)).date();
        return between(chat, from, day.minusDays(1));
    }

    /** The seven days ending {@code today}. */
    public WeekReport lastSevenDays(ChatId chat, LocalDate today) {
        return between(chat, today.minusDays(6), today);
    }

    /** The days from {@code from} to {@code to}, both included. */
    public WeekReport between(ChatId chat, LocalDate from, LocalDate to) {
        Map<LocalDate, DailyDelivery> rows = days.deliveries(chat, from, to).stream()
                .collect(Collectors.toMap(DailyDelivery::date, Function.identity()));
        List<WeekReport.DayFigures> figures = new ArrayList<>();
        Map<String, String> members = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Optional<DailyDelivery> row = Optional.ofNullable(rows.get(d));
            List<AnswerRecord> given = row.map(answers::of).orElse(List.of());
            given.forEach(a -> members.put(a.memberId(), a.memberName()));
            figures.add(new WeekReport.DayFigures(d, row.filter(r -> r.status().delivered()).isPresent(),
                    given.size(), (int) given.stream().filter(AnswerRecord::correct).count()));
        }
        List<WeekReport.Streak> streaks = members.entrySet().stream()
                .map(m -> new WeekReport.Streak(m.getValue(),
                        Streaks.current(quizzes.answerDays(chat, m.getKey()), to)))
                .filter(s -> s.days() > 0)
                .sorted(Comparator.comparingInt((WeekReport.Streak s) -> -s.days())
                        .thenComparing(WeekReport.Streak::name))
                .toList();
        return new WeekReport(from, to, figures, streaks);
    }
}
