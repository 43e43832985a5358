package dev.studybot.store;

import dev.studybot.model.ChatId;
import dev.studybot.model.Language;
import dev.studybot.model.Member;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A quiz session as stored.
 *
 * @param quizId      the session's id
 * @param chat        the chat it runs in
 * @param starterId   the member who started it
 * @param starterName that member's name
 * @param language    the chat's language when it started (what its results are announced in)
 * @param total       how many questions
 * @param seconds     seconds per question
 * @param startedAt   when it started
 */
public record QuizRecord(String quizId, ChatId chat, String starterId, String starterName, Language language,
                         int total, int seconds, Instant startedAt) {

    /** The record of a quiz that starts now. */
    public static QuizRecord started(String quizId, ChatId chat, Member starter, Language language, int total,
                                     Duration openFor, Instant at) {
        return new QuizRecord(quizId, chat, starter.id(), starter.name(), language, total, (int) openFor.toSeconds(),
                at);
    }

    /** Where a stored quiz is in its life: running, then ended one of three ways. */
    public enum Status {
        /** Started and not ended (after a crash: interrupted, closed on the next start). */
        RUNNING,
        /** Its last question was revealed. */
        FINISHED,
        /** Ended early by its starter or an admin, or because the chat is out of reach. */
        STOPPED,
        /** Cut off by a crash or restart and closed on the next start. */
        INTERRUPTED;

        /** How the status is stored: its name in lower case. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
