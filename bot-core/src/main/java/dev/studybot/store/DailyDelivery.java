package dev.studybot.store;

import dev.studybot.model.ChatId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the delivery log: what happened to a chat's excerpt of one local date. There is at most one row per
 * chat and date (the table's key), which is what makes a second delivery of the same day impossible.
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
 */
public record DailyDelivery(ChatId chat, LocalDate date, Status status, int attempts, String docId, int part,
                            Instant leaseUntil, Instant retryAt, Instant updatedAt) {

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
}
