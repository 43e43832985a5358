package dev.studybot.daily;

import dev.studybot.chat.Origin;
import dev.studybot.daily.DailyOutcome.AnswerAccepted;
import dev.studybot.daily.DailyOutcome.AnswerChecked;
import dev.studybot.daily.DailyOutcome.AnswerRefused;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import dev.studybot.quiz.AnswerRefusal;
import dev.studybot.quiz.Question;
import dev.studybot.quiz.QuestionJson;
import dev.studybot.quiz.QuizEngine.MissedQuestion;
import dev.studybot.quiz.Scoring;
import dev.studybot.store.AnswerRecord;
import dev.studybot.store.DailyDelivery;
import dev.studybot.store.DailyStore;
import dev.studybot.store.DailySubscription;
import dev.studybot.store.QuizStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Answers to the questions of the day. Any member may answer the chat's latest day's question until the next day's
 * excerpt closes it; the first answer of each member counts, and is stored like a quiz answer (the day's key as its
 * quiz), so that it counts toward {@code /top}, {@code /me} and the day streak: {@value Scoring#RIGHT} points when
 * right. A wrong answer joins the member's review queue. In a private chat the answer is checked at once.
 */
public final class DayAnswers {

    private final DailyStore days;
    private final QuizStore answers;
    private final Clock clock;
    private final Consumer<MissedQuestion> onMiss;
    private final QuestionJson json = new QuestionJson();

    /**
     * @param onMiss told of every wrong answer (the review queue)
     */
    public DayAnswers(DailyStore days, QuizStore answers, Clock clock, Consumer<MissedQuestion> onMiss) {
        this.days = days;
        this.answers = answers;
        this.clock = clock;
        this.onMiss = onMiss;
    }

    /** A member's answer to the question of the day of {@code day} in the chat they answer in. */
    public List<DailyOutcome> answer(Origin origin, LocalDate day, List<Integer> choices) {
        ChatId chat = origin.chat();
        Optional<DailyDelivery> row = days.delivery(chat, day).filter(r -> r.lesson().question().isPresent());
        if (row.isEmpty()) {
            return refused(AnswerRefusal.Reason.STALE);
        }
        if (days.latestDay(chat).map(DailyDelivery::date).filter(latest -> latest.isAfter(day)).isPresent()) {
            return refused(AnswerRefusal.Reason.CLOSED);
        }
        Question q = json.read(row.get().lesson().question().orElseThrow());
        if (choices.isEmpty() || choices.stream().anyMatch(c -> c < 0 || c >= q.options().size())) {
            return List.of(new AnswerRefused(AnswerRefusal.invalidChoice(q.options().size())));
        }
        if (!q.multipleAnswers() && choices.size() != 1) {
            return refused(AnswerRefusal.Reason.SINGLE_ONLY);
        }
        Instant now = clock.instant();
        boolean right = q.isRight(choices);
        int points = right ? Scoring.RIGHT : 0;
        AnswerRecord answer = new AnswerRecord(row.get().lesson().answersKey().orElseThrow(), chat, 1, q.id(),
                origin.member().id(), origin.member().name(), choices, right, points, now, localDay(chat, now));
        if (!answers.recordAnswer(answer)) {
            return refused(AnswerRefusal.Reason.DUPLICATE);
        }
        if (!right) {
            onMiss.accept(new MissedQuestion(origin, q, now));
        }
        if (origin.type() == ChatType.PRIVATE) {
            days.atomically(() -> {
                days.delivery(chat, day).ifPresent(d -> days.record(d.revealed(now)));
                return null;
            });
            return List.of(new AnswerChecked(q, right, points));
        }
        return List.of(new AnswerAccepted());
    }

    /** The day of the chat's question that is open for answers, if any (for answers typed as letters). */
    public Optional<LocalDate> openDay(ChatId chat) {
        return days.latestDay(chat).filter(d -> d.lesson().question().isPresent()).map(DailyDelivery::date);
    }

    /** The answers a day's question got, in the order they came. */
    public List<AnswerRecord> of(DailyDelivery day) {
        return day.lesson().answersKey().map(answers::answers).orElse(List.of());
    }

    /** The chat's local date of an instant (its subscription's zone), the day an answer counts for in streaks. */
    private LocalDate localDay(ChatId chat, Instant at) {
        ZoneId zone = days.find(chat).map(DailySubscription::zone).orElse(clock.getZone());
        return at.atZone(zone).toLocalDate();
    }

    private static List<DailyOutcome> refused(AnswerRefusal.Reason reason) {
        return List.of(new AnswerRefused(AnswerRefusal.of(reason)));
    }
}
