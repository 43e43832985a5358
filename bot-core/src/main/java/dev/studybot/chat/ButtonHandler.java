package dev.studybot.chat;

import dev.studybot.model.ChatSettings;
import java.util.List;

/** Acts on presses of buttons whose payload starts with {@link #prefix()}. */
public interface ButtonHandler {

    /** The payload prefix this handler owns, e.g. {@code quiz:}; payloads equal to it also match. */
    String prefix();

    /** Acts on the press; replies go to the chat the press came from (privately where the platform can). */
    List<Reply> press(ButtonPress press, ChatSettings settings, Messages messages);
}
