package dev.studybot.store;

import dev.studybot.model.ChatId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the delivery log: what happened to a chat's excerpt of one local date. There is at most one row per
 * chat and date (the table's key), which is what makes a second delivery of the same day impossible.
 *
 * <p>A row is made by one of the factories ({@link #claimed}, {@link #shown}, {@link #skipped}) and a claimed one
 * moves on by its transitions ({@link #sent}, {@link #failed}, {@link #blocked}, {@link #uncertain}), each keeping
 * the excerpt, the attempts and the lesson; a failed one is claimed again by {@link #reclaimed}, keeping its question
 * of the day and the messages that went out. {@link #partSent} and {@link #revealed} note progress on the lesson.
 *
 * @param chat       the chat
 * @param date       the chat's local date
 * @param status     what happened
 * @param attempts   sends tried
 * @param docId      the document of the excerpt (null when skipped)
 * @param part       0-based excerpt index in that document
 * @param leaseUntil while {@link Status#CLAIMED}: until when the claiming tick owns it
 * @param retryAt    while {@link Status#FAILED}: the earliest time to try again
 * @param updatedAt  the last change
 * @param lesson     the pass, the question of the day and the progress of the day's messages
 *                   ({@link DayLesson#NONE} when skipped)
 */
public record DailyDelivery(ChatId chat, LocalDate date, Status status, int attempts, String docId, int part,
                            Instant leaseUntil, Instant retryAt, Instant updatedAt, DayLesson lesson) {

    public DailyDelivery {
        java.util.Objects.requireNonNull(lesson, "lesson");
    }

    /** What happened to the day's excerpt. */
    public enum Status {
        /** A tick has claimed the day and is sending. */
        CLAIMED,
        /** Delivered (pushed, or shown by {@code /daily now}). */
        SENT,
        /** The last send failed; a later tick may retry the same day. */
        FAILED,
        /** The chat is gone or blocked the bot. */
        BLOCKED,
        /** Not delivered: the bot was down too long, or there was nothing to read. */
        SKIPPED,
        /** A claim whose sender vanished (crash mid-send): counted as delivered so that it is never sent twice. */
        UNCERTAIN;

        /** Whether the day counts as delivered (nothing more may be sent for it). */
        public boolean delivered() {
            return this == SENT || this == UNCERTAIN || this == CLAIMED;
        }
    }

    /** The day is this tick's to send, excerpt {@code position} with its lesson, until {@code leaseUntil}. */
    public static DailyDelivery claimed(ChatId chat, LocalDate date, int attempts, ReadingPosition position,
                                        DayLesson lesson, Instant leaseUntil, Instant at) {
        return new DailyDelivery(chat, date, Status.CLAIMED, attempts, position.docId(), position.part(), leaseUntil,
                null, at, lesson);
    }

    /** The day is this tick's to send, excerpt {@code position} with no question of the day. */
    public static DailyDelivery claimed(ChatId chat, LocalDate date, int attempts, ReadingPosition position,
                                        Instant leaseUntil, Instant at) {
        return claimed(chat, date, attempts, position, DayLesson.withoutQuestion(position.cycle()), leaseUntil, at);
    }

    /** The day's excerpt was shown at a member's request ({@code /daily now}), with its lesson. */
    public static DailyDelivery shown(ChatId chat, LocalDate date, int attempts, ReadingPosition position,
                                      DayLesson lesson, Instant at) {
        return new DailyDelivery(chat, date, Status.SENT, attempts, position.docId(), position.part(), null, null, at,
                lesson);
    }

    /** The day gets no excerpt (the bot was down too long, or there is nothing to read). */
    public static DailyDelivery skipped(ChatId chat, LocalDate date, Instant at) {
        return new DailyDelivery(chat, date, Status.SKIPPED, 0, null, 0, null, null, at, DayLesson.NONE);
    }

    /** Where the day's excerpt is in the reading plan (its pass included). */
    public ReadingPosition position() {
        return new ReadingPosition(docId, part, lesson.cycle());
    }

    /** A failed or blocked send claimed again: the same excerpt and lesson, one attempt more. */
    public DailyDelivery reclaimed(Instant newLease, Instant at) {
        return new DailyDelivery(chat, date, Status.CLAIMED, attempts + 1, docId, part, newLease, null, at, lesson);
    }

    /** One of the day's messages went out (named {@code partName}); the status stays. */
    public DailyDelivery partSent(String partName, Instant at) {
        return new DailyDelivery(chat, date, status, attempts, docId, part, leaseUntil, retryAt, at,
                lesson.withPartSent(partName));
    }

    /** The answer of the day's question was revealed. */
    public DailyDelivery revealed(Instant at) {
        return new DailyDelivery(chat, date, status, attempts, docId, part, leaseUntil, retryAt, updatedAt,
                lesson.revealed(at));
    }

    /** The claimed excerpt went out. */
    public DailyDelivery sent(Instant at) {
        return moved(Status.SENT, null, at);
    }

    /** The claimed excerpt did not go out; try again from {@code retryAt}. */
    public DailyDelivery failed(Instant retryAt, Instant at) {
        return moved(Status.FAILED, retryAt, at);
    }

    /** The chat is out of reach. */
    public DailyDelivery blocked(Instant at) {
        return moved(Status.BLOCKED, null, at);
    }

    /** The claim's sender vanished mid-send: the excerpt may have gone out, so it counts as delivered. */
    public DailyDelivery uncertain(Instant at) {
        return moved(Status.UNCERTAIN, null, at);
    }

    private DailyDelivery moved(Status next, Instant retry, Instant at) {
        return new DailyDelivery(chat, date, next, attempts, docId, part, null, retry, at, lesson);
    }
}
