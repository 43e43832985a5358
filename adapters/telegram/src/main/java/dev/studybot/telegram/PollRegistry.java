package dev.studybot.telegram;

import dev.studybot.chat.Action;
import dev.studybot.chat.ActionCodec;
import dev.studybot.chat.QuestionRef;
import dev.studybot.model.ChatId;
import dev.studybot.store.PostedPolls;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The quiz polls the bot has sent, by Telegram's poll id: a {@code poll_answer} update names only the poll and the
 * voter, so the chat and the question come from here. The most recent polls are held in memory; when a store of
 * posted polls is given, every poll is also written there, so that a vote that comes after a restart still counts
 * (a question of the day stays open until the next day's excerpt) and the poll can still be stopped.
 */
final class PollRegistry {

    /** More open polls than any set of running quizzes has. */
    static final int CAPACITY = 2_000;
    /** How long a stored poll is kept (a question of the day is open for a day). */
    static final Duration KEPT = Duration.ofDays(8);

    /**
     * A poll the bot sent.
     *
     * @param chat      where it was sent
     * @param answer    the answer a vote in it gives (its options still to be chosen)
     * @param messageId the id of the poll's message, when known
     */
    record SentPoll(ChatId chat, Action.Answer answer, Optional<Integer> messageId) {
    }

    private final Map<String, SentPoll> polls = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SentPoll> eldest) {
            return size() > CAPACITY;
        }
    };
    private final Optional<PostedPolls> store;
    private final Clock clock;

    /** How long a vote on a poll not known yet waits for sends under way to register theirs. */
    static final Duration PENDING_WAIT = Duration.ofSeconds(5);

    private int sendsUnderWay;

    /** Polls held in memory only. */
    PollRegistry() {
        this(Optional.empty(), Clock.systemUTC());
    }

    /** Polls held in memory and written to the store. */
    PollRegistry(Optional<PostedPolls> store, Clock clock) {
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

    /** Remembers a poll (and writes it to the store, if there is one). */
    void remember(String pollId, ChatId chat, Action.Answer answer, Optional<Integer> messageId) {
        synchronized (this) {
            polls.put(pollId, new SentPoll(chat, answer, messageId));
            notifyAll();
        }
        store.ifPresent(s -> s.remember(TelegramChats.PLATFORM, pollId, chat, ActionCodec.encode(answer),
                messageId.map(String::valueOf), clock.instant(), clock.instant().minus(KEPT)));
    }

    /**
     * The poll; waits up to {@link #PENDING_WAIT} while poll sends are under way and it is not known yet, then
     * looks in the store.
     */
    Optional<SentPoll> find(String pollId) {
        Optional<SentPoll> inMemory = findInMemory(pollId);
        if (inMemory.isPresent() || store.isEmpty()) {
            return inMemory;
        }
        return store.get().find(TelegramChats.PLATFORM, pollId).flatMap(PollRegistry::sentPoll);
    }

    /** The latest poll sent in the chat for this question, if known (to stop it). */
    Optional<SentPoll> latestFor(ChatId chat, QuestionRef question) {
        synchronized (this) {
            SentPoll latest = null;
            for (SentPoll poll : polls.values()) {
                if (poll.chat().equals(chat) && poll.answer().question().equals(question)) {
                    latest = poll;
                }
            }
            if (latest != null) {
                return Optional.of(latest);
            }
        }
        return store.flatMap(s -> s.latestFor(chat, ActionCodec.encode(new Action.Answer(question,
                java.util.List.of())))).flatMap(PollRegistry::sentPoll);
    }

    private synchronized Optional<SentPoll> findInMemory(String pollId) {
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

    private static Optional<SentPoll> sentPoll(PostedPolls.PostedPoll stored) {
        Optional<Integer> messageId = stored.messageId().filter(id -> id.matches("\\d{1,9}")).map(Integer::valueOf);
        return ActionCodec.decode(stored.action()).filter(a -> a instanceof Action.Answer)
                .map(a -> new SentPoll(stored.chat(), (Action.Answer) a, messageId));
    }

    /** Points the polls of a chat that became a supergroup at its new id (the store's rows move with the chat). */
    synchronized void move(ChatId from, ChatId to) {
        polls.replaceAll((id, poll) -> poll.chat().equals(from) ? new SentPoll(to, poll.answer(), poll.messageId())
                : poll);
    }
}
