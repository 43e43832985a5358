package dev.studybot.store.jdbc;

import dev.studybot.model.ChatId;
import dev.studybot.store.PollStore;
import dev.studybot.store.SentPoll;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Sent polls in the table {@code sent_polls} of migration V5. */
public final class JdbcPollStore implements PollStore {

    private final Jdbi jdbi;

    public JdbcPollStore(Database database) {
        this.jdbi = database.jdbi();
    }

    @Override
    public void remember(SentPoll poll) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO sent_polls(platform, poll_id, chat_id, action, sent_at) "
                        + "VALUES (:platform, :poll, :chat, :action, :at) ON CONFLICT(platform, poll_id) DO UPDATE "
                        + "SET chat_id = excluded.chat_id, action = excluded.action, sent_at = excluded.sent_at")
                .bind("platform", poll.chat().platform()).bind("poll", poll.pollId()).bind("chat", poll.chat().id())
                .bind("action", poll.action()).bind("at", poll.sentAt().toEpochMilli()).execute());
    }

    @Override
    public Optional<SentPoll> find(String platform, String pollId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT chat_id, action, sent_at FROM sent_polls "
                        + "WHERE platform = :platform AND poll_id = :poll")
                .bind("platform", platform).bind("poll", pollId)
                .map((rs, ctx) -> new SentPoll(pollId, new ChatId(platform, rs.getString("chat_id")),
                        rs.getString("action"), Instant.ofEpochMilli(rs.getLong("sent_at"))))
                .findOne());
    }

    @Override
    public int forgetSentBefore(Instant before) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM sent_polls WHERE sent_at < :before")
                .bind("before", before.toEpochMilli()).execute());
    }
}
