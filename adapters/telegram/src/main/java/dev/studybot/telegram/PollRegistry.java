package dev.studybot.telegram;

import dev.studybot.chat.ChatId;
import dev.studybot.chat.Reply.QuizQuestionReply;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The quiz polls the bot has sent, by Telegram's poll id: a {@code poll_answer} update names only the poll and the
 * voter, so the chat and the question come from here. Holds the most recent polls only (old quizzes are over).
 */
final class PollRegistry {

    /** More open polls than any set of running quizzes has. */
    static final int CAPACITY = 2_000;

    /**
     * A poll the bot sent.
     *
     * @param chat     where it was sent
     * @param question the question it asks
     */
    record SentPoll(ChatId chat, QuizQuestionReply question) {
    }

    private final Map<String, SentPoll> polls = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SentPoll> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void remember(String pollId, ChatId chat, QuizQuestionReply question) {
        polls.put(pollId, new SentPoll(chat, question));
    }

    synchronized Optional<SentPoll> find(String pollId) {
        return Optional.ofNullable(polls.get(pollId));
    }

    /** Points the polls of a chat that became a supergroup at its new id. */
    synchronized void move(ChatId from, ChatId to) {
        polls.replaceAll((id, poll) -> poll.chat().equals(from) ? new SentPoll(to, poll.question()) : poll);
    }
}
