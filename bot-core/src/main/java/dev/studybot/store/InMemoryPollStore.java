package dev.studybot.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sent polls kept in memory: for tests. */
public final class InMemoryPollStore implements PollStore {

    private final Map<String, SentPoll> polls = new ConcurrentHashMap<>();

    @Override
    public void remember(SentPoll poll) {
        polls.put(poll.chat().platform() + "|" + poll.pollId(), poll);
    }

    @Override
    public Optional<SentPoll> find(String platform, String pollId) {
        return Optional.ofNullable(polls.get(platform + "|" + pollId));
    }

    @Override
    public int forgetSentBefore(Instant before) {
        int before0 = polls.size();
        polls.values().removeIf(poll -> poll.sentAt().isBefore(before));
        return before0 - polls.size();
    }
}
