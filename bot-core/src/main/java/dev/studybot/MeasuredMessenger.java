package dev.studybot;

import dev.studybot.chat.Messenger;
import dev.studybot.chat.Reply;
import dev.studybot.model.ChatId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the messages the core pushes (quiz questions and reveals, daily excerpts) that could not be sent
 * ({@code studybot.sends.failed}, tagged with the platform and whether the chat is out of reach or it failed).
 */
final class MeasuredMessenger implements Messenger {

    private final Messenger messenger;
    private final MeterRegistry registry;

    MeasuredMessenger(Messenger messenger, MeterRegistry registry) {
        this.messenger = messenger;
        this.registry = registry;
    }

    @Override
    public Delivery send(ChatId chat, Reply reply) {
        Delivery delivery = messenger.send(chat, reply);
        if (delivery != Delivery.SENT) {
            Counter.builder("studybot.sends.failed").description("pushed messages that could not be sent")
                    .tag("platform", chat.platform()).tag("delivery", delivery.name().toLowerCase(java.util.Locale.ROOT))
                    .register(registry).increment();
        }
        return delivery;
    }
}
