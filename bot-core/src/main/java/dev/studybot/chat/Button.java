package dev.studybot.chat;

import java.util.Objects;

/**
 * A button under a reply. Pressing it comes back to the core as an {@link ActionPress} with its action.
 *
 * @param label  what the button says
 * @param action what pressing it asks for (checked at once to fit every platform's payload limit)
 */
public record Button(String label, Action action) {

    public Button {
        Objects.requireNonNull(label, "label");
        ActionCodec.encode(action);
    }
}
