package dev.studybot.store;

import java.time.Instant;
import java.util.Optional;

/**
 * The polls the bot sent, kept in the database so that a vote still counts after a restart or in another process
 * that took the platform over.
 */
public interface PollStore {

    /** Remembers a sent poll. */
    void remember(SentPoll poll);

    /** The poll of this id on the platform. */
    Optional<SentPoll> find(String platform, String pollId);

    /** Forgets the polls sent before {@code before} (they are long closed); returns how many. */
    int forgetSentBefore(Instant before);
}
