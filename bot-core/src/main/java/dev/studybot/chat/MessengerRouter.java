package dev.studybot.chat;

import dev.studybot.model.ChatId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link Messenger} the core pushes through: it hands each message to the messenger of the chat's
 * platform. Adapters register when they start, which breaks the cycle (adapters need the dispatcher, the core's
 * timers need the adapters).
 */
public final class MessengerRouter implements Messenger {

    private static final Logger LOG = LoggerFactory.getLogger(MessengerRouter.class);

    private final Map<String, Messenger> byPlatform = new ConcurrentHashMap<>();

    /** Routes the platform's chats to this messenger. */
    public void register(String platform, Messenger messenger) {
        byPlatform.put(platform, messenger);
    }

    /** Stops routing the platform's chats to this messenger (it stopped; another process may have the platform). */
    public void unregister(String platform, Messenger messenger) {
        byPlatform.remove(platform, messenger);
    }

    /** Whether a messenger of the chat's platform is registered here and reaches the chat. */
    @Override
    public boolean reaches(ChatId chat) {
        Messenger messenger = byPlatform.get(chat.platform());
        try {
            return messenger != null && messenger.reaches(chat);
        } catch (RuntimeException e) {
            LOG.warn("cannot tell whether {} is reachable", chat, e);
            return false;
        }
    }

    @Override
    public Delivery send(ChatId chat, Reply reply) {
        Messenger messenger = byPlatform.get(chat.platform());
        if (messenger == null) {
            LOG.warn("no messenger for platform {}: message to {} not sent", chat.platform(), chat);
            return Delivery.FAILED;
        }
        try {
            return messenger.send(chat, reply);
        } catch (RuntimeException e) {
            LOG.warn("sending to {} failed", chat, e);
            return Delivery.FAILED;
        }
    }
}
