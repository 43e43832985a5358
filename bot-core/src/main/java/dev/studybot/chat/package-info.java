/**
 * The platform-neutral conversation: incoming messages and presses of the controls the core offered, commands as
 * small classes, replies as data (text with marked spans, buttons, quiz questions), message bundles (zh, en) and
 * rate limits.
 *
 * <p>Adapters turn platform events into {@link dev.studybot.chat.IncomingMessage}s or
 * {@link dev.studybot.chat.ActionPress}es (typed {@link dev.studybot.chat.Action}s, carried on the platform as text
 * by the {@link dev.studybot.chat.ActionCodec}), hand them to the {@link dev.studybot.chat.Dispatcher}, and render
 * the {@link dev.studybot.chat.Reply replies} it returns; pushed messages (quiz timers, daily excerpts) leave the
 * core through the {@link dev.studybot.chat.Messenger} port.
 */
package dev.studybot.chat;
