/**
 * The chat model every part of StudyBot shares: a chat ({@link dev.studybot.model.ChatId}, its
 * {@link dev.studybot.model.ChatType type}), a {@link dev.studybot.model.Member member}, the
 * {@link dev.studybot.model.Language languages} and a chat's {@link dev.studybot.model.ChatSettings settings}.
 *
 * <p>Plain values without behaviour beyond their own: the conversation ({@code chat}) and the storage ports
 * ({@code store}) both use them, and neither needs the other for it.
 */
package dev.studybot.model;
