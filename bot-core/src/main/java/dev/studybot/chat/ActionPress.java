package dev.studybot.chat;

import java.util.Objects;
import java.util.Optional;

/**
 * A control the core offered was used: a button pressed, a choice made in a select menu, a vote in a poll.
 *
 * @param origin where and from whom
 * @param action what the control asks for; empty when its payload is not one the bot understands (a button of an
 *               older version, or a foreign one): the member is told the button has expired
 */
public record ActionPress(Origin origin, Optional<Action> action) {

    public ActionPress {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(action, "action");
    }

    /** A press whose action is known (a poll vote, read typed). */
    public static ActionPress of(Origin origin, Action action) {
        return new ActionPress(origin, Optional.of(action));
    }

    /** A press of a control whose payload came back as text: the codec reads it. */
    public static ActionPress decode(Origin origin, String payload) {
        return new ActionPress(origin, ActionCodec.decode(payload));
    }
}
