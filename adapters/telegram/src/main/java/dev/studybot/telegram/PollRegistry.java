package dev.studybot.telegram;

import dev.studybot.chat.Action;
import dev.studybot.chat.ActionCodec;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.model.ChatId;
import dev.studybot.store.PollStore;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quiz polls the bot has sent, by Telegram's poll id: a {@code poll_answer} update names only the poll and the
 * voter, so the chat and the question come from here. Every poll is kept in the {@link PollStore} (the database),
 * so that a vote counts after a restart and in the process that takes Telegram over; the most recent ones are also
 * kept in memory.
 */
final class PollRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(PollRegistry.class);
    /** Polls kept in memory: more than any set of running quizzes has open. */
    static final int CAPACITY = 2_000;
    /** How long a poll is kept in the database: polls close after at most ten minutes. */
    static final Duration KEPT = Duration.ofDays(2);
    /** Polls sent between two clean-ups of the database's old polls. */
    private static final int CLEAN_EVERY = 500;

    /**
     * A poll the bot sent.
     *
     * @param chat     where it was sent
     * @param question the question it asks
     */
    record SentPoll(ChatId chat, QuestionRef question) {

        /** The answer choosing these options (0-based indexes). */
        Action.Answer answer(List<Integer> choices) {
            return new Action.Answer(question, choices);
        }
    }

    private final Map<String, SentPoll> recent = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SentPoll> eldest) {
            return size() > CAPACITY;
        }
    };

    /** How long a vote on a poll not known yet waits for sends under way to register theirs. */
    static final Duration PENDING_WAIT = Duration.ofSeconds(5);

    private final PollStore store;
    private final Clock clock;
    private int sendsUnderWay;
    private int sentSinceCleaning;

    PollRegistry(PollStore store, Clock clock) {
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
    void remember(String pollId, ChatId chat, QuizQuestionReply question) {
        String action = ActionCodec.encode(question.answer(List.of()));
        store.remember(new dev.studybot.store.SentPoll(pollId, chat, action, clock.instant()));
        boolean clean;
        synchronized (this) {
            recent.put(pollId, new SentPoll(chat, question.question()));
            clean = ++sentSinceCleaning >= CLEAN_EVERY;
            if (clean) {
                sentSinceCleaning = 0;
            }
            notifyAll();
        }
        if (clean) {
            int forgotten = store.forgetSentBefore(clock.instant().minus(KEPT));
            LOG.debug("forgot {} polls older than {}", forgotten, KEPT);
        }
    }

    /** The poll; waits up to {@link #PENDING_WAIT} while poll sends are under way and it is not known yet. */
    synchronized Optional<SentPoll> find(String pollId) {
        long deadline = System.nanoTime() + PENDING_WAIT.toNanos();
        Optional<SentPoll> poll = lookUp(pollId);
        while (poll.isEmpty() && sendsUnderWay > 0) {
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
            poll = lookUp(pollId);
        }
        return poll;
    }

    /** From memory, else from the database (a poll sent before a restart, or by the process before this one). */
    private Optional<SentPoll> lookUp(String pollId) {
        SentPoll known = recent.get(pollId);
        if (known != null) {
            return Optional.of(known);
        }
        return store.find(TelegramChats.PLATFORM, pollId).flatMap(stored -> ActionCodec.decode(stored.action())
                .filter(Action.Answer.class::isInstance).map(Action.Answer.class::cast)
                .map(answer -> new SentPoll(stored.chat(), answer.question())));
    }

    /** Points the remembered polls of a chat that became a supergroup at its new id (the database moves its own). */
    synchronized void move(ChatId from, ChatId to) {
        recent.replaceAll((id, poll) -> poll.chat().equals(from) ? new SentPoll(to, poll.question()) : poll);
    }
}
