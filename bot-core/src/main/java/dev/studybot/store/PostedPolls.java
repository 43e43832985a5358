package dev.studybot.store;

import dev.studybot.model.ChatId;
import java.time.Instant;
import java.util.Optional;

/**
 * Polls the bot has posted, by the platform's poll id: a vote names only the poll, so the chat and what the poll
 * asks come from here, also after a restart, in the process that took the platform over, and a day later (a
 * question of the day stays open until the next day's excerpt, and is then stopped).
 */
public interface PostedPolls {

    /**
     * Remembers a poll.
     *
     * @param action    the control the poll stands for, as its encoded action
     * @param messageId the platform's id of the poll's message, if known
     */
    void remember(String platform, String pollId, ChatId chat, String action, Optional<String> messageId,
                  Instant postedAt);

    /** The poll, if the bot posted it and has not forgotten it. */
    Optional<PostedPoll> find(String platform, String pollId);

    /** The latest poll posted in the chat for this action, if any (to close it). */
    Optional<PostedPoll> latestFor(ChatId chat, String action);

    /** Forgets the polls posted before {@code before} (long closed); returns how many. */
    int forgetPostedBefore(Instant before);

    /**
     * A poll the bot posted.
     *
     * @param pollId    the platform's poll id
     * @param chat      where it was posted
     * @param action    the control it stands for, encoded
     * @param messageId the id of its message, if known
     */
    record PostedPoll(String pollId, ChatId chat, String action, Optional<String> messageId) {
    }
}
