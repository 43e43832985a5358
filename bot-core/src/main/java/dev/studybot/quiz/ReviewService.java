package dev.studybot.quiz;

import dev.studybot.chat.Origin;
import dev.studybot.store.OpenReview;
import dev.studybot.store.QuizStore;
import dev.studybot.store.ReviewItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Missed questions come back on a Leitner schedule: a miss puts a question in box 1 (due at once); a right answer
 * moves it up a box (due after {@link #INTERVALS}); the second right answer in a row retires it; a miss sends it
 * back to box 1. A member's queue spans every chat of the platform, so reviewing in private works. The question a
 * member was given and has not answered is kept in the store too, so that an answer counts after a restart or in
 * the process that took the platform over, and counts once.
 */
public final class ReviewService {

    /** How long a question rests in each box (index = box − 1) before it is due again. */
    static final List<Duration> INTERVALS = List.of(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(3),
            Duration.ofDays(7));
    /** Right answers in a row that retire a question. */
    static final int TO_LEARN = 2;
    /** How long a review question waits for its answer. */
    static final Duration OPEN_FOR = Duration.ofMinutes(10);

    private final QuizStore store;
    private final Clock clock;
    private final Random random;
    private final QuestionJson json = new QuestionJson();

    public ReviewService(QuizStore store, Clock clock, Random random) {
        this.store = store;
        this.clock = clock;
        this.random = random;
    }

    /** Queues a missed quiz question (box 1, due now). */
    public void missed(QuizEngine.MissedQuestion miss) {
        Origin o = miss.origin();
        store.saveReview(new ReviewItem(o.chat().platform(), o.member().id(), miss.question().id(), o.chat().id(),
                json.write(miss.question()), 1, 0, miss.at()));
    }

    /** {@code /review}: the member's next due question, or when the next one is due. */
    public ReviewOutcome next(Origin origin) {
        String platform = origin.chat().platform();
        String member = origin.member().id();
        Instant now = clock.instant();
        Optional<ReviewItem> due = store.dueReview(platform, member, now);
        if (due.isEmpty()) {
            int waiting = store.reviewCount(platform, member);
            return waiting == 0 ? new ReviewOutcome.NothingToReview() : new ReviewOutcome.NotDueYet(waiting);
        }
        Question q = json.read(due.get().question());
        String reviewId;
        synchronized (random) {
            reviewId = "r" + Long.toString(Math.abs(random.nextLong()) % 2_176_782_336L, 36);
        }
        store.openReview(new OpenReview(origin.chat(), member, reviewId, due.get().question(), now));
        return new ReviewOutcome.Asked(reviewId, q, OPEN_FOR, origin.type());
    }

    /** Whether the member has a review question open in this chat; its id. */
    public Optional<String> openReview(Origin origin) {
        return store.openReview(origin.chat(), origin.member().id()).map(OpenReview::reviewId);
    }

    /** The member's answer to their open review question. */
    public ReviewOutcome answer(Origin origin, String reviewId, List<Integer> choices) {
        Optional<OpenReview> review = store.openReview(origin.chat(), origin.member().id());
        if (review.isEmpty() || !review.get().reviewId().equals(reviewId)) {
            return refused(AnswerRefusal.of(AnswerRefusal.Reason.STALE));
        }
        Question q = json.read(review.get().question());
        if (choices.isEmpty() || choices.stream().anyMatch(c -> c < 0 || c >= q.options().size())) {
            return refused(AnswerRefusal.invalidChoice(q.options().size()));
        }
        if (!q.multipleAnswers() && choices.size() != 1) {
            return refused(AnswerRefusal.of(AnswerRefusal.Reason.SINGLE_ONLY));
        }
        if (!store.closeReview(origin.chat(), origin.member().id(), reviewId)) {
            return refused(AnswerRefusal.of(AnswerRefusal.Reason.DUPLICATE));
        }
        String platform = origin.chat().platform();
        String member = origin.member().id();
        Instant now = clock.instant();
        ReviewItem item = store.review(platform, member, q.id()).orElse(
                new ReviewItem(platform, member, q.id(), origin.chat().id(), json.write(q), 1, 0, now));
        ReviewOutcome.Result result;
        if (q.isRight(choices)) {
            int streak = item.rightStreak() + 1;
            if (streak >= TO_LEARN) {
                store.deleteReview(platform, member, q.id());
                result = ReviewOutcome.Result.LEARNED;
            } else {
                int box = Math.min(item.box() + 1, INTERVALS.size());
                store.saveReview(new ReviewItem(platform, member, q.id(), item.chatId(), item.question(), box,
                        streak, now.plus(INTERVALS.get(box - 1))));
                result = ReviewOutcome.Result.RIGHT;
            }
        } else {
            store.saveReview(new ReviewItem(platform, member, q.id(), item.chatId(), item.question(), 1, 0,
                    now.plus(INTERVALS.get(0))));
            result = ReviewOutcome.Result.WRONG;
        }
        return new ReviewOutcome.Answered(result, q, store.reviewCount(platform, member));
    }

    private static ReviewOutcome refused(AnswerRefusal refusal) {
        return new ReviewOutcome.AnswerRefused(refusal);
    }

}
