package dev.studybot.chat.command;

import dev.studybot.collect.BoundedMaps;
import dev.studybot.model.ChatId;
import dev.studybot.search.Hit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The passages of each chat's last answer not shown yet, for {@code /more}. Kept in memory only (a restart
 * forgets them, which costs nothing but asking again), for at most {@link #MAX_CHATS} chats.
 */
public final class RecentAnswers {

    static final int MAX_CHATS = 5_000;

    private final Map<ChatId, Pending> pending = BoundedMaps.leastRecentlyUsed(MAX_CHATS);

    /** Remembers the passages still to show for the chat's last question. */
    public synchronized void remember(ChatId chat, String question, List<Hit> remaining) {
        if (remaining.isEmpty()) {
            pending.remove(chat);
        } else {
            pending.put(chat, new Pending(question, List.copyOf(remaining)));
        }
    }

    /** Takes up to {@code count} of the passages left for the chat's last question. */
    public synchronized Optional<Pending> take(ChatId chat, int count) {
        Pending left = pending.get(chat);
        if (left == null) {
            return Optional.empty();
        }
        int n = Math.min(count, left.hits().size());
        List<Hit> rest = left.hits().subList(n, left.hits().size());
        remember(chat, left.question(), rest);
        return Optional.of(new Pending(left.question(), List.copyOf(left.hits().subList(0, n))));
    }

    /** Whether the chat has passages left. */
    public synchronized boolean hasMore(ChatId chat) {
        return pending.containsKey(chat);
    }

    /**
     * Passages of one question.
     *
     * @param question the question
     * @param hits     the passages
     */
    public record Pending(String question, List<Hit> hits) {
    }
}
