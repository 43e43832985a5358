package dev.studybot.chat;

import dev.studybot.model.ChatSettings;
import java.util.List;

/**
 * Acts on one kind of {@link Action}.
 *
 * @param <A> the kind
 */
public interface ActionHandler<A extends Action> {

    /** The kind of action this handler takes. */
    Class<A> kind();

    /** Acts on a press of a control with this action. */
    List<Reply> handle(A action, Origin origin, ChatSettings settings, Messages messages);
}
