package dev.studybot.discord;

import dev.studybot.chat.QuestionRef;
import dev.studybot.collect.BoundedMaps;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * The messages that show open quiz questions, by the question they show, so that the reveal can edit the
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

    private final Map<QuestionRef, Posted> byKey;

    PostedQuestions(int capacity) {
        this.byKey = BoundedMaps.oldestFirst(capacity);
    }

    /** How long a reveal waits for its question's send to be answered. */
    static final Duration SEND_WAIT = Duration.ofSeconds(30);

    synchronized void put(QuestionRef question, Posted posted) {
        byKey.put(question, posted);
    }

    /**
     * Remembers a question before its message is sent, so that a reveal that comes while the send is still under way
     * (Discord's answer is handled on another thread) edits it instead of missing it: the edit waits for the id.
     * Complete the returned future with the message's id, or fail it (the reveal is then sent as a new message).
     *
     * @param editor edits the message with the given id
     */
    CompletableFuture<Long> expect(QuestionRef question, MessageEmbed embed,
                                   BiFunction<Long, MessageEditData, RestAction<?>> editor) {
        CompletableFuture<Long> messageId = new CompletableFuture<>();
        // Bounded: a send Discord never answers must not hold the reveal's thread; it is then sent as a new message.
        put(question, new Posted(embed,
                edit -> editor.apply(messageId.orTimeout(SEND_WAIT.toSeconds(), TimeUnit.SECONDS).join(), edit)));
        return messageId;
    }

    /** Removes and returns the question's message. */
    synchronized Optional<Posted> take(QuestionRef question) {
        return Optional.ofNullable(byKey.remove(question));
    }

    synchronized int size() {
        return byKey.size();
    }
}
