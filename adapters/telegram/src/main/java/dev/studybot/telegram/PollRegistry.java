package dev.studybot.telegram;

import dev.studybot.chat.Action;
import dev.studybot.chat.ActionCodec;
import dev.studybot.chat.QuestionRef;
import dev.studybot.collect.BoundedMaps;
import dev.studybot.model.ChatId;
import dev.studybot.store.PostedPolls;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quiz polls the bot has sent, by Telegram's poll id: a {@code poll_answer} update names only the poll and the
 * voter, so the chat and the question come from here. Every poll is kept in the {@link PostedPolls} store (the
 * database), so that a vote counts after a restart and in the process that takes Telegram over, and a question of
 * the day can still be stopped the next day; the most recent ones are also kept in memory.
 */
final class PollRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(PollRegistry.class);
    /** Polls kept in memory: more than any set of running quizzes has open. */
    static final int CAPACITY = 2_000;
    /** How long a poll is kept in the database: a question of the day is open for a day, a quiz's for minutes. */
    static final Duration KEPT = Duration.ofDays(8);
    /** Polls sent between two clean-ups of the database's old polls. */
    private static final int CLEAN_EVERY = 500;
    /** How long a vote on a poll not known yet waits for sends under way to register theirs. */
    static final Duration PENDING_WAIT = Duration.ofSeconds(5);

    /**
     * A poll the bot sent.
     *
     * @param chat      where it was sent
     * @param answer    the answer a vote in it gives (its options still to be chosen)
     * @param messageId the id of the poll's message, when known
     */
    record SentPoll(ChatId chat, Action.Answer answer, Optional<Integer> messageId) {
    }

    private final Map<String, SentPoll> recent = BoundedMaps.oldestFirst(CAPACITY);
    private final PostedPolls store;
    private final Clock clock;
    private int sendsUnderWay;
    private int sentSinceCleaning;

    PollRegistry(PostedPolls store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

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

    /** Remembers a sent poll, in the database first. */
    void remember(String pollId, ChatId chat, Action.Answer answer, Optional<Integer> messageId) {
        store.remember(TelegramChats.PLATFORM, pollId, chat, ActionCodec.encode(answer),
                messageId.map(String::valueOf), clock.instant());
        boolean clean;
        synchronized (this) {
            recent.put(pollId, new SentPoll(chat, answer, messageId));
            clean = ++sentSinceCleaning >= CLEAN_EVERY;
            if (clean) {
                sentSinceCleaning = 0;
            }
            notifyAll();
        }
        if (clean) {
            int forgotten = store.forgetPostedBefore(clock.instant().minus(KEPT));
            LOG.debug("forgot {} polls older than {}", forgotten, KEPT);
        }
    }

    /**
     * The poll; waits up to {@link #PENDING_WAIT} while poll sends are under way and it is not known yet, then
     * looks in the database (a poll sent before a restart, or by the process before this one).
     */
    Optional<SentPoll> find(String pollId) {
        Optional<SentPoll> inMemory = findInMemory(pollId);
        if (inMemory.isPresent()) {
            return inMemory;
        }
        return store.find(TelegramChats.PLATFORM, pollId).flatMap(PollRegistry::sentPoll);
    }

    /** The latest poll sent in the chat for this question, if known (to stop it). */
    Optional<SentPoll> latestFor(ChatId chat, QuestionRef question) {
        synchronized (this) {
            SentPoll latest = null;
            for (SentPoll poll : recent.values()) {
                if (poll.chat().equals(chat) && poll.answer().question().equals(question)) {
                    latest = poll;
                }
            }
            if (latest != null) {
                return Optional.of(latest);
            }
        }
        return store.latestFor(chat, ActionCodec.encode(new Action.Answer(question, List.of())))
                .flatMap(PollRegistry::sentPoll);
    }

    private synchronized Optional<SentPoll> findInMemory(String pollId) {
        long deadline = System.nanoTime() + PENDING_WAIT.toNanos();
        SentPoll poll = recent.get(pollId);
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
            poll = recent.get(pollId);
        }
        return Optional.ofNullable(poll);
    }

    private static Optional<SentPoll> sentPoll(PostedPolls.PostedPoll stored) {
        Optional<Integer> messageId = stored.messageId().filter(id -> id.matches("\\d{1,9}")).map(Integer::valueOf);
        return ActionCodec.decode(stored.action()).filter(Action.Answer.class::isInstance)
                .map(Action.Answer.class::cast).map(answer -> new SentPoll(stored.chat(), answer, messageId));
    }

    /** Points the remembered polls of a chat that became a supergroup at its new id (the database moves its own). */
    synchronized void move(ChatId from, ChatId to) {
        recent.replaceAll((id, poll) -> poll.chat().equals(from) ? new SentPoll(to, poll.answer(), poll.messageId())
                : poll);
    }
}
