package dev.studybot.store.sqlite;

import dev.studybot.model.ChatId;
import dev.studybot.store.PostedPolls;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Posted polls in the {@code posted_polls} table of migration V4. */
public final class SqlitePostedPolls implements PostedPolls {

    private final Jdbi jdbi;

    public SqlitePostedPolls(SqliteDatabase database) {
        this.jdbi = database.jdbi();
    }

    @Override
    public void remember(String platform, String pollId, ChatId chat, String action, Optional<String> messageId,
                         Instant postedAt, Instant forgetBefore) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM posted_polls WHERE posted_at < :before")
                    .bind("before", forgetBefore.toEpochMilli()).execute();
            h.createUpdate("INSERT INTO posted_polls(platform, poll_id, chat_id, message_id, action, posted_at) "
                            + "VALUES (:platform, :poll, :chat, :message, :action, :at) "
                            + "ON CONFLICT(platform, poll_id) DO UPDATE SET chat_id = excluded.chat_id, "
                            + "message_id = excluded.message_id, action = excluded.action, "
                            + "posted_at = excluded.posted_at")
                    .bind("platform", platform).bind("poll", pollId).bind("chat", chat.id())
                    .bind("message", messageId.orElse(null)).bind("action", action)
                    .bind("at", postedAt.toEpochMilli()).execute();
        });
    }

    @Override
    public Optional<PostedPoll> find(String platform, String pollId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT poll_id, platform, chat_id, action, message_id "
                        + "FROM posted_polls WHERE platform = :platform AND poll_id = :poll")
                .bind("platform", platform).bind("poll", pollId)
                .map((rs, ctx) -> new PostedPoll(rs.getString("poll_id"),
                        new ChatId(rs.getString("platform"), rs.getString("chat_id")), rs.getString("action"),
                        Optional.ofNullable(rs.getString("message_id"))))
                .findOne());
    }

    @Override
    public Optional<PostedPoll> latestFor(ChatId chat, String action) {
        return jdbi.withHandle(h -> h.createQuery("SELECT poll_id, platform, chat_id, action, message_id "
                        + "FROM posted_polls WHERE platform = :platform AND chat_id = :chat AND action = :action "
                        + "ORDER BY posted_at DESC LIMIT 1")
                .bind("platform", chat.platform()).bind("chat", chat.id()).bind("action", action)
                .map((rs, ctx) -> new PostedPoll(rs.getString("poll_id"),
                        new ChatId(rs.getString("platform"), rs.getString("chat_id")), rs.getString("action"),
                        Optional.ofNullable(rs.getString("message_id"))))
                .findOne());
    }
}
