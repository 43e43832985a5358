package dev.studybot.discord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * The messages that show open quiz questions, by (quiz id, question number), so that the reveal can edit the
 * question in place. Bounded: the oldest entries go first (a reveal whose question is forgotten is sent as a new
 * message instead).
 */
final class PostedQuestions {

    /**
     * A posted question.
     *
     * @param embed  the question as shown (kept above the reveal)
     * @param editor edits that message (through the channel or the interaction's webhook)
     */
    record Posted(MessageEmbed embed, Function<MessageEditData, RestAction<?>> editor) {
    }

    private final int capacity;
    private final Map<String, Posted> byKey;

    PostedQuestions(int capacity) {
        this.capacity = capacity;
        this.byKey = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Posted> eldest) {
                return size() > PostedQuestions.this.capacity;
            }
        };
    }

    synchronized void put(String quizId, int number, Posted posted) {
        byKey.put(key(quizId, number), posted);
    }

    /** Removes and returns the question's message. */
    synchronized Optional<Posted> take(String quizId, int number) {
        return Optional.ofNullable(byKey.remove(key(quizId, number)));
    }

    synchronized int size() {
        return byKey.size();
    }

    private static String key(String quizId, int number) {
        return quizId + "#" + number;
    }
}
