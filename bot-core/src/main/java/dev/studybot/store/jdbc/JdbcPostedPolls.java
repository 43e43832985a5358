package dev.studybot.store.jdbc;

import dev.studybot.model.ChatId;
import dev.studybot.store.PostedPolls;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Posted polls in the table {@code posted_polls} of migration V5. */
public final class JdbcPostedPolls implements PostedPolls {

    private static final String COLUMNS = "poll_id, platform, chat_id, action, message_id";

    private final Jdbi jdbi;

    public JdbcPostedPolls(Database database) {
        this.jdbi = database.jdbi();
    }

    @Override
    public void remember(String platform, String pollId, ChatId chat, String action, Optional<String> messageId,
                         Instant postedAt) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO posted_polls(platform, poll_id, chat_id, message_id, action, "
                        + "posted_at) VALUES (:platform, :poll, :chat, :message, :action, :at) "
                        + "ON CONFLICT(platform, poll_id) DO UPDATE SET chat_id = excluded.chat_id, "
                        + "message_id = excluded.message_id, action = excluded.action, posted_at = excluded.posted_at")
                .bind("platform", platform).bind("poll", pollId).bind("chat", chat.id())
                .bind("message", messageId.orElse(null)).bind("action", action)
                .bind("at", postedAt.toEpochMilli()).execute());
    }

    @Override
    public Optional<PostedPoll> find(String platform, String pollId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM posted_polls "
                        + "WHERE platform = :platform AND poll_id = :poll")
                .bind("platform", platform).bind("poll", pollId)
                .map((rs, ctx) -> poll(rs)).findOne());
    }

    @Override
    public Optional<PostedPoll> latestFor(ChatId chat, String action) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM posted_polls "
                        + "WHERE platform = :platform AND chat_id = :chat AND action = :action "
                        + "ORDER BY posted_at DESC LIMIT 1")
                .bind("platform", chat.platform()).bind("chat", chat.id()).bind("action", action)
                .map((rs, ctx) -> poll(rs)).findOne());
    }

    @Override
    public int forgetPostedBefore(Instant before) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM posted_polls WHERE posted_at < :before")
                .bind("before", before.toEpochMilli()).execute());
    }

    private static PostedPoll poll(ResultSet rs) throws SQLException {
        return new PostedPoll(rs.getString("poll_id"), new ChatId(rs.getString("platform"), rs.getString("chat_id")),
                rs.getString("action"), Optional.ofNullable(rs.getString("message_id")));
    }
}
