package dev.studybot.daily;

import dev.studybot.chart.WeekChart;
import dev.studybot.chart.WeekChartData;
import dev.studybot.chat.Audience;
import dev.studybot.chat.Messages;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.AnswerNotice;
import dev.studybot.chat.Reply.ImageReply;
import dev.studybot.chat.Reply.QuizRevealReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import dev.studybot.quiz.Question;
import dev.studybot.quiz.QuizTexts;
import dev.studybot.store.AnswerRecord;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Words what the daily service has for a chat: one case per {@link DailyOutcome}. The day's messages are for the
 * chat; how an answer to the question of the day went is for the member who gave it.
 */
public final class DailyPresenter {

    /** Most names a reveal lists. */
    static final int MAX_NAMES = 10;
    /** Streaks the week shows. */
    static final int STREAKS_SHOWN = 3;
    /** The weekly picture's file name. */
    static final String WEEK_FILE = "week.png";

    private final ExcerptFormatter excerpts;
    private final WeekChart chart;

    public DailyPresenter(ExcerptFormatter excerpts, WeekChart chart) {
        this.excerpts = excerpts;
        this.chart = chart;
    }

    /** The replies of several outcomes, in their order. */
    public List<Reply> present(List<DailyOutcome> outcomes, Messages m) {
        List<Reply> replies = new ArrayList<>();
        outcomes.forEach(o -> replies.addAll(present(o, m)));
        return replies;
    }

    /** The replies of an outcome. */
    public List<Reply> present(DailyOutcome outcome, Messages m) {
        return switch (outcome) {
            case DailyOutcome.ExcerptDue due -> excerpt(due, m);
            case DailyOutcome.QuestionOfTheDay quiz -> List.of(QuizTexts.question(
                    new QuestionRef.DailyQuestion(quiz.day()), m.get("daily.quiz.heading"), quiz.question(),
                    quiz.openFor(), Audience.CHAT));
            case DailyOutcome.AnswerRevealed revealed -> List.of(reveal(revealed, m));
            case DailyOutcome.WeekInPicture week -> List.of(week(week.report(), m));
            case DailyOutcome.AnswerAccepted accepted -> List.of(AnswerNotice.accepted(m.get("daily.answer.recorded")));
            case DailyOutcome.AnswerChecked checked -> List.of(checked(checked, m));
            case DailyOutcome.AnswerRefused refused -> List.of(QuizTexts.refused(refused.refusal(), m));
        };
    }

    private List<Reply> excerpt(DailyOutcome.ExcerptDue due, Messages m) {
        RichText.Builder text = RichText.builder();
        if (due.repeated()) {
            text.muted(m.get("daily.now.repeat")).newline().newline();
        }
        text.append(excerpts.format(due.lesson(), due.day(), m));
        return List.of(TextReply.of(text.build()));
    }

    private static QuizRevealReply reveal(DailyOutcome.AnswerRevealed revealed, Messages m) {
        Question q = revealed.question();
        List<AnswerRecord> answers = revealed.answers();
        RichText.Builder text = RichText.builder()
                .strong(m.get("daily.reveal.title", ExcerptFormatter.shortDay(revealed.day(), m),
                        QuizTexts.rightAnswer(q))).newline()
                .plain(m.get("quiz.reveal.explanation", q.explanation())).newline();
        List<String> right = answers.stream().filter(AnswerRecord::correct).map(AnswerRecord::memberName).toList();
        if (answers.isEmpty()) {
            text.muted(m.get("daily.reveal.none"));
        } else if (right.isEmpty()) {
            text.muted(m.get("daily.reveal.noneRight", answers.size()));
        } else {
            String names = String.join("、", right.subList(0, Math.min(MAX_NAMES, right.size())))
                    + (right.size() > MAX_NAMES ? "…" : "");
            text.plain(m.get("daily.reveal.right", names, answers.size(), right.size()));
        }
        return new QuizRevealReply(new QuestionRef.DailyQuestion(revealed.day()), text.build(), true);
    }

    private static TextReply checked(DailyOutcome.AnswerChecked checked, Messages m) {
        RichText.Builder text = RichText.builder().strong(checked.right()
                ? m.get("daily.answer.right", checked.points())
                : m.get("daily.answer.wrong", QuizTexts.rightAnswer(checked.question())));
        text.newline().plain(m.get("daily.answer.explanation", checked.question().explanation()));
        return TextReply.toMember(text.build());
    }

    /** The week as a picture, and the same figures in words as its caption. */
    ImageReply week(WeekReport report, Messages m) {
        String from = ExcerptFormatter.shortDay(report.from(), m);
        String to = ExcerptFormatter.shortDay(report.to(), m);
        String streaks = streakLine(report, m);
        RichText.Builder caption = RichText.builder().strong(m.get("week.title", from, to)).newline()
                .plain(m.get("week.read", report.read())).newline();
        if (report.answers() == 0) {
            caption.plain(m.get("week.noAnswers")).newline();
        } else {
            caption.plain(m.get("week.answers", report.answers(), report.right(), report.accuracyPercent()))
                    .newline();
            caption.plain(m.get("week.perDay", report.days().stream()
                    .map(d -> m.get("week.perDay.item", dayLabel(d, m), d.answered()))
                    .collect(Collectors.joining(" · ")))).newline();
        }
        caption.plain(streaks.isEmpty() ? m.get("week.noStreaks") : m.get("week.streaks", streaks));
        List<WeekChartData.Day> days = report.days().stream()
                .map(d -> new WeekChartData.Day(dayLabel(d, m) + " " + weekday(d, m), d.answered(),
                        d.answered() == 0 ? Optional.<Double>empty()
                                : Optional.of(100.0 * d.right() / d.answered())))
                .toList();
        WeekChartData data = new WeekChartData(m.get("week.chart.title", from, to),
                m.get("week.chart.subtitle", report.read(), report.answers(), report.accuracyPercent()),
                streaks.isEmpty() ? m.get("week.noStreaks") : m.get("week.chart.streaks", streaks),
                m.get("week.chart.members"), m.get("week.chart.accuracy"), days);
        return new ImageReply(chart.png(data), WEEK_FILE, caption.build(), Audience.CHAT);
    }

    private static String streakLine(WeekReport report, Messages m) {
        return report.streaks().stream().limit(STREAKS_SHOWN)
                .map(s -> m.get("week.streak.item", s.name(), s.days()))
                .collect(Collectors.joining(m.language() == dev.studybot.model.Language.ZH ? "、" : ", "));
    }

    private static String dayLabel(WeekReport.DayFigures d, Messages m) {
        return d.day().getMonthValue() + "/" + d.day().getDayOfMonth();
    }

    private static String weekday(WeekReport.DayFigures d, Messages m) {
        DayOfWeek day = d.day().getDayOfWeek();
        return m.language() == dev.studybot.model.Language.ZH
                ? "周" + "一二三四五六日".charAt(day.getValue() - 1)
                : day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
