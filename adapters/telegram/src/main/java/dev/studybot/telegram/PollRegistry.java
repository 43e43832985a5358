package dev.studybot.telegram;

import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.model.ChatId;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

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

    /** How long a vote on a poll not known yet waits for sends under way to register theirs. */
    static final Duration PENDING_WAIT = Duration.ofSeconds(5);

    private int sendsUnderWay;

    /**
     * Marks a poll send as under way. A vote can arrive before the send's answer has been read (the poll is
     * already on screen): until {@link #remember} or {@link #sendEnded}, {@link #find} waits rather than drop it.
     */
    synchronized void sendStarted() {
        sendsUnderWay++;
    }

    /** Marks a poll send as over, whether or not it registered a poll. */
    synchronized void sendEnded() {
        sendsUnderWay--;
        notifyAll();
    }

    synchronized void remember(String pollId, ChatId chat, QuizQuestionReply question) {
        polls.put(pollId, new SentPoll(chat, question));
        notifyAll();
    }

    /** The poll; waits up to {@link #PENDING_WAIT} while poll sends are under way and it is not known yet. */
    synchronized Optional<SentPoll> find(String pollId) {
        long deadline = System.nanoTime() + PENDING_WAIT.toNanos();
        SentPoll poll = polls.get(pollId);
        while (poll == null && sendsUnderWay > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            poll = polls.get(pollId);
        }
        return Optional.ofNullable(poll);
    }

    /** Points the polls of a chat that became a supergroup at its new id. */
    synchronized void move(ChatId from, ChatId to) {
        polls.replaceAll((id, poll) -> poll.chat().equals(from) ? new SentPoll(to, poll.question()) : poll);
    }
}
