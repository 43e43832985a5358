package dev.studybot.store;

import dev.studybot.model.ChatId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Posted polls kept in memory: for tests. */
public final class InMemoryPostedPolls implements PostedPolls {

    private record Entry(String platform, PostedPoll poll, Instant postedAt) {
    }

    private final Map<String, Entry> polls = new ConcurrentHashMap<>();

    @Override
    public void remember(String platform, String pollId, ChatId chat, String action, Optional<String> messageId,
                         Instant postedAt) {
        polls.put(platform + "|" + pollId, new Entry(platform, new PostedPoll(pollId, chat, action, messageId),
                postedAt));
    }

    @Override
    public Optional<PostedPoll> find(String platform, String pollId) {
        return Optional.ofNullable(polls.get(platform + "|" + pollId)).map(Entry::poll);
    }

    @Override
    public Optional<PostedPoll> latestFor(ChatId chat, String action) {
        return polls.values().stream()
                .filter(e -> e.poll().chat().equals(chat) && e.poll().action().equals(action))
                .max(Comparator.comparing(Entry::postedAt)).map(Entry::poll);
    }

    @Override
    public int forgetPostedBefore(Instant before) {
        int size = polls.size();
        polls.values().removeIf(e -> e.postedAt().isBefore(before));
        return size - polls.size();
    }
}
