package dev.studybot.chat;

import dev.studybot.chat.Messenger.Delivery;
import dev.studybot.model.ChatId;
import dev.studybot.model.Language;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Where a service sends the outcomes nobody asked for at that moment (what the quiz clock closes and opens, the day's
 * excerpt): it words them in the chat's language and pushes them through the {@link Messenger}.
 *
 * @param <O> the service's outcomes
 */
@FunctionalInterface
public interface Announcer<O> {

    /** Tells the chat what happened, in its language; says how the sending went (never throws). */
    Delivery announce(ChatId chat, Language language, O outcome);

    /**
     * Outcomes worded by a presenter and sent through the messenger, reply after reply; a chat out of reach stops
     * the rest.
     */
    static <O> Announcer<O> through(BiFunction<O, Messages, List<Reply>> presenter, Messenger messenger,
                                    Map<Language, Messages> messages) {
        Map<Language, Messages> texts = Map.copyOf(messages);
        return (chat, language, outcome) -> {
            Delivery delivery = Delivery.SENT;
            for (Reply reply : presenter.apply(outcome, texts.get(language))) {
                delivery = messenger.send(chat, reply);
                if (delivery != Delivery.SENT) {
                    break;
                }
            }
            return delivery;
        };
    }
}
