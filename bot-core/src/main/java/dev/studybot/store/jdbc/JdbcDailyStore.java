package dev.studybot.store.jdbc;

import dev.studybot.model.ChatId;
import dev.studybot.store.DailyDelivery;
import dev.studybot.store.DayLesson;
import dev.studybot.store.DailyStore;
import dev.studybot.store.DailySubscription;
import dev.studybot.store.ReadingPosition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Daily subscriptions and the delivery log in the tables of migrations V3 and V5 (the lesson of a day). Instants are
 * stored as epoch milliseconds, local dates and times as ISO text.
 *
 * <p>{@link #atomically} serializes the work of one chat across threads and processes. On SQLite it opens the
 * transaction with {@code BEGIN IMMEDIATE}, which takes the database's write lock at once (so two processes
 * serialize their claims instead of failing on a lock upgrade). On PostgreSQL the first call of the transaction that
 * names a chat takes a transaction advisory lock on that chat, held until the commit: two processes claiming the
 * same chat's day queue there, and the second then reads what the first wrote, while other chats go on in parallel.
 */
public final class JdbcDailyStore implements DailyStore {

    private static final String SUBSCRIPTION_COLUMNS = "platform, chat_id, local_time, zone, state, next_due, "
            + "due_date, doc_id, part, cycle, failures";

    /** The first key of the chat locks of daily transactions ("SD"). */
    private static final int CHAT_LOCKS = 0x5344;

    private final Jdbi jdbi;
    private final Dialect dialect;
    /** The transaction the current thread is in, if any. */
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    public JdbcDailyStore(Database database) {
        this.jdbi = database.jdbi();
        this.dialect = database.dialect();
    }

    @Override
    public Optional<DailySubscription> find(ChatId chat) {
        return with(chat, h -> h.createQuery("SELECT " + SUBSCRIPTION_COLUMNS
                        + " FROM daily_subscriptions WHERE platform = :p AND chat_id = :c")
                .bind("p", chat.platform()).bind("c", chat.id())
                .map((rs, ctx) -> subscription(rs)).findOne());
    }

    @Override
    public void save(DailySubscription s) {
        with(s.chat(), h -> h.createUpdate("INSERT INTO daily_subscriptions(" + SUBSCRIPTION_COLUMNS + ") VALUES "
                        + "(:p, :c, :time, :zone, :state, :due, :date, :doc, :part, :cycle, :failures) "
                        + "ON CONFLICT(platform, chat_id) DO UPDATE SET local_time = excluded.local_time, "
                        + "zone = excluded.zone, state = excluded.state, next_due = excluded.next_due, "
                        + "due_date = excluded.due_date, doc_id = excluded.doc_id, part = excluded.part, "
                        + "cycle = excluded.cycle, failures = excluded.failures, updated_at = CURRENT_TIMESTAMP")
                .bind("p", s.chat().platform()).bind("c", s.chat().id())
                .bind("time", s.time().toString()).bind("zone", s.zone().getId())
                .bind("state", s.state().name()).bind("due", s.nextDue().toEpochMilli())
                .bind("date", s.dueDate().toString()).bind("doc", s.position().docId())
                .bind("part", s.position().part()).bind("cycle", s.position().cycle())
                .bind("failures", s.failures())
                .execute());
    }

    @Override
    public List<DailySubscription> due(Instant now) {
        return with(null, h -> h.createQuery("SELECT " + SUBSCRIPTION_COLUMNS + " FROM daily_subscriptions "
                        + "WHERE state = 'ACTIVE' AND next_due <= :now ORDER BY next_due")
                .bind("now", now.toEpochMilli())
                .map((rs, ctx) -> subscription(rs)).list());
    }

    private static final String DELIVERY_COLUMNS = "local_date, status, attempts, doc_id, part, lease_until, "
            + "retry_at, updated_at, cycle, question, answers_key, sent_parts, revealed_at";

    @Override
    public Optional<DailyDelivery> delivery(ChatId chat, LocalDate date) {
        return with(chat, h -> h.createQuery("SELECT " + DELIVERY_COLUMNS
                        + " FROM daily_deliveries WHERE platform = :p AND chat_id = :c AND local_date = :d")
                .bind("p", chat.platform()).bind("c", chat.id()).bind("d", date.toString())
                .map((rs, ctx) -> delivery(chat, rs))
                .findOne());
    }

    @Override
    public void record(DailyDelivery d) {
        DayLesson lesson = d.lesson();
        with(d.chat(), h -> h.createUpdate("INSERT INTO daily_deliveries(platform, chat_id, local_date, status, "
                        + "attempts, doc_id, part, lease_until, retry_at, updated_at, cycle, question, answers_key, "
                        + "sent_parts, revealed_at) VALUES (:p, :c, :d, :status, :attempts, :doc, :part, :lease, "
                        + ":retry, :updated, :cycle, :question, :key, :parts, :revealed) "
                        + "ON CONFLICT(platform, chat_id, local_date) DO UPDATE SET status = excluded.status, "
                        + "attempts = excluded.attempts, doc_id = excluded.doc_id, part = excluded.part, "
                        + "lease_until = excluded.lease_until, retry_at = excluded.retry_at, "
                        + "updated_at = excluded.updated_at, cycle = excluded.cycle, question = excluded.question, "
                        + "answers_key = excluded.answers_key, sent_parts = excluded.sent_parts, "
                        + "revealed_at = excluded.revealed_at")
                .bind("p", d.chat().platform()).bind("c", d.chat().id()).bind("d", d.date().toString())
                .bind("status", d.status().name()).bind("attempts", d.attempts())
                .bind("doc", d.docId()).bind("part", d.part())
                .bind("lease", millis(d.leaseUntil())).bind("retry", millis(d.retryAt()))
                .bind("updated", millis(d.updatedAt()))
                .bind("cycle", Math.max(1, lesson.cycle()))
                .bind("question", lesson.question().orElse(null))
                .bind("key", lesson.answersKey().orElse(null))
                .bind("parts", String.join(",", new TreeSet<>(lesson.partsSent())))
                .bind("revealed", lesson.revealedAt().map(Instant::toEpochMilli).orElse(null))
                .execute());
    }

    @Override
    public Optional<DailyDelivery> dayBefore(ChatId chat, LocalDate date) {
        return with(chat, h -> h.createQuery("SELECT " + DELIVERY_COLUMNS + " FROM daily_deliveries WHERE platform = :p "
                        + "AND chat_id = :c AND local_date < :d AND status IN ('SENT', 'UNCERTAIN') "
                        + "ORDER BY local_date DESC "
                        + "LIMIT 1")
                .bind("p", chat.platform()).bind("c", chat.id()).bind("d", date.toString())
                .map((rs, ctx) -> delivery(chat, rs)).findOne());
    }

    @Override
    public Optional<DailyDelivery> latestDay(ChatId chat) {
        return with(chat, h -> h.createQuery("SELECT " + DELIVERY_COLUMNS + " FROM daily_deliveries WHERE platform = :p "
                        + "AND chat_id = :c AND status <> 'SKIPPED' ORDER BY local_date DESC LIMIT 1")
                .bind("p", chat.platform()).bind("c", chat.id())
                .map((rs, ctx) -> delivery(chat, rs)).findOne());
    }

    @Override
    public List<DailyDelivery> deliveries(ChatId chat, LocalDate from, LocalDate to) {
        return with(chat, h -> h.createQuery("SELECT " + DELIVERY_COLUMNS + " FROM daily_deliveries WHERE platform = :p "
                        + "AND chat_id = :c AND local_date >= :from AND local_date <= :to ORDER BY local_date")
                .bind("p", chat.platform()).bind("c", chat.id()).bind("from", from.toString())
                .bind("to", to.toString())
                .map((rs, ctx) -> delivery(chat, rs)).list());
    }

    private static DailyDelivery delivery(ChatId chat, ResultSet rs) throws SQLException {
        String parts = rs.getString("sent_parts");
        DayLesson lesson = rs.getString("status").equals(DailyDelivery.Status.SKIPPED.name()) ? DayLesson.NONE
                : new DayLesson(rs.getInt("cycle"), Optional.ofNullable(rs.getString("question")),
                Optional.ofNullable(rs.getString("answers_key")),
                parts == null || parts.isBlank() ? Set.of() : Set.of(parts.split(",")),
                Optional.ofNullable(instant(rs, "revealed_at")));
        return new DailyDelivery(chat, LocalDate.parse(rs.getString("local_date")),
                DailyDelivery.Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("doc_id"),
                rs.getInt("part"), instant(rs, "lease_until"), instant(rs, "retry_at"), instant(rs, "updated_at"),
                lesson);
    }

    @Override
    public int deliveredDays(ChatId chat) {
        return with(chat, h -> h.createQuery("SELECT COUNT(*) FROM daily_deliveries WHERE platform = :p AND chat_id = :c "
                        + "AND status IN ('SENT', 'UNCERTAIN')")
                .bind("p", chat.platform()).bind("c", chat.id()).mapTo(Integer.class).one());
    }

    @Override
    public <T> T atomically(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try (Handle handle = jdbi.open()) {
            if (dialect == Dialect.SQLITE) {
                handle.execute("BEGIN IMMEDIATE");
            } else {
                handle.begin();
            }
            current.set(new Transaction(handle, new HashSet<>()));
            boolean committed = false;
            try {
                T result = work.get();
                commit(handle);
                committed = true;
                return result;
            } finally {
                current.remove();
                if (!committed) {
                    rollback(handle);
                }
            }
        }
    }

    private void commit(Handle handle) {
        if (dialect == Dialect.SQLITE) {
            handle.execute("COMMIT");
        } else {
            handle.commit();
        }
    }

    private void rollback(Handle handle) {
        if (dialect == Dialect.SQLITE) {
            handle.execute("ROLLBACK");
        } else {
            handle.rollback();
        }
    }

    /**
     * Runs a statement about {@code chat} (null: about no chat in particular) in the current transaction, after
     * taking the chat's lock there if this is PostgreSQL and the transaction does not hold it yet; outside a
     * transaction, on a handle of its own.
     */
    private <T> T with(ChatId chat, Function<Handle, T> work) {
        Transaction transaction = current.get();
        if (transaction != null) {
            if (chat != null && dialect == Dialect.POSTGRESQL && transaction.locked().add(chat)) {
                transaction.handle().createQuery("SELECT pg_advisory_xact_lock(:space, :key)")
                        .bind("space", CHAT_LOCKS).bind("key", AdvisoryLocks.key(chat.toString()))
                        .mapTo(String.class).one();
            }
            return work.apply(transaction.handle());
        }
        try (Handle fresh = jdbi.open()) {
            return work.apply(fresh);
        }
    }

    private static DailySubscription subscription(ResultSet rs) throws SQLException {
        return new DailySubscription(new ChatId(rs.getString("platform"), rs.getString("chat_id")),
                LocalTime.parse(rs.getString("local_time")), ZoneId.of(rs.getString("zone")),
                DailySubscription.State.valueOf(rs.getString("state")),
                Instant.ofEpochMilli(rs.getLong("next_due")), LocalDate.parse(rs.getString("due_date")),
                new ReadingPosition(rs.getString("doc_id"), rs.getInt("part"), rs.getInt("cycle")),
                rs.getInt("failures"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    /**
     * A transaction of {@link #atomically} and the chats it has locked.
     *
     * @param handle its handle
     * @param locked the chats whose lock it holds (PostgreSQL)
     */
    private record Transaction(Handle handle, Set<ChatId> locked) {
    }
}
