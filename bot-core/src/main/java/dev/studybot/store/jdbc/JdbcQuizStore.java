package dev.studybot.store.jdbc;

import dev.studybot.model.ChatId;
import dev.studybot.model.Language;
import dev.studybot.store.AnswerRecord;
import dev.studybot.store.HintRecord;
import dev.studybot.store.MemberTotals;
import dev.studybot.store.OpenReview;
import dev.studybot.store.QuizRecord;
import dev.studybot.store.QuizStore;
import dev.studybot.store.ReviewItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * Quizzes (tables of migrations V2 and V4). An answer or a hint is committed before {@link #recordAnswer} or
 * {@link #recordHint} returns, so an acknowledged one survives a crash; the primary key (quiz, number, member) keeps
 * the first only.
 */
public final class JdbcQuizStore implements QuizStore {

    private final Jdbi jdbi;

    public JdbcQuizStore(Database database) {
        this.jdbi = database.jdbi();
    }

    @Override
    public void startQuiz(QuizRecord quiz) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO quiz_sessions(quiz_id, platform, chat_id, starter_id, "
                        + "starter_name, language, total, seconds, status, started_at) VALUES (:id, :platform, :chat, "
                        + ":starter, :starterName, :language, :total, :seconds, :running, :at)")
                .bind("id", quiz.quizId()).bind("platform", quiz.chat().platform()).bind("chat", quiz.chat().id())
                .bind("starter", quiz.starterId()).bind("starterName", quiz.starterName())
                .bind("language", quiz.language().code()).bind("total", quiz.total()).bind("seconds", quiz.seconds())
                .bind("running", QuizRecord.Status.RUNNING.code())
                .bind("at", quiz.startedAt().toString()).execute());
    }

    @Override
    public boolean endQuiz(String quizId, QuizRecord.Status status, Instant at) {
        if (status == QuizRecord.Status.RUNNING) {
            throw new IllegalArgumentException("a quiz ends finished, stopped or interrupted, not running");
        }
        return jdbi.withHandle(h -> h.createUpdate("UPDATE quiz_sessions SET status = :status, ended_at = :at "
                        + "WHERE quiz_id = :id AND status = :running")
                .bind("status", status.code()).bind("at", at.toString()).bind("id", quizId)
                .bind("running", QuizRecord.Status.RUNNING.code()).execute()) == 1;
    }

    @Override
    public List<QuizRecord> runningQuizzes() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM quiz_sessions WHERE status = :running "
                        + "ORDER BY started_at").bind("running", QuizRecord.Status.RUNNING.code())
                .map((rs, ctx) -> new QuizRecord(rs.getString("quiz_id"), chat(rs), rs.getString("starter_id"),
                        rs.getString("starter_name"),
                        Language.parse(rs.getString("language")).orElse(Language.ZH), rs.getInt("total"),
                        rs.getInt("seconds"), Instant.parse(rs.getString("started_at"))))
                .list());
    }

    @Override
    public boolean recordAnswer(AnswerRecord a) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO quiz_answers(quiz_id, number, member_id, "
                        + "platform, chat_id, member_name, question_id, choices, correct, points, answered_at, "
                        + "answered_day) VALUES (:quiz, :number, :member, :platform, :chat, :name, :question, "
                        + ":choices, :correct, :points, :at, :day) ON CONFLICT DO NOTHING")
                .bind("quiz", a.quizId()).bind("number", a.number()).bind("member", a.memberId())
                .bind("platform", a.chat().platform()).bind("chat", a.chat().id()).bind("name", a.memberName())
                .bind("question", a.questionId())
                .bind("choices", a.choices().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .bind("correct", a.correct() ? 1 : 0).bind("points", a.points())
                .bind("at", a.answeredAt().toString()).bind("day", a.day().toString())
                .execute()) == 1;
    }

    @Override
    public boolean recordHint(HintRecord hint) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO quiz_hints(quiz_id, number, member_id, platform, "
                        + "chat_id, question_id, hinted_at) VALUES (:quiz, :number, :member, :platform, :chat, "
                        + ":question, :at) ON CONFLICT (quiz_id, number, member_id) DO NOTHING")
                .bind("quiz", hint.quizId()).bind("number", hint.number()).bind("member", hint.memberId())
                .bind("platform", hint.chat().platform()).bind("chat", hint.chat().id())
                .bind("question", hint.questionId()).bind("at", hint.hintedAt().toString())
                .execute()) == 1;
    }

    @Override
    public boolean hinted(String quizId, int number, String memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM quiz_hints WHERE quiz_id = :quiz "
                        + "AND number = :number AND member_id = :member")
                .bind("quiz", quizId).bind("number", number).bind("member", memberId)
                .mapTo(Integer.class).one()) > 0;
    }

    @Override
    public int hintsUsed(ChatId chat, String memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM quiz_hints WHERE platform = :platform "
                        + "AND chat_id = :chat AND member_id = :member")
                .bind("platform", chat.platform()).bind("chat", chat.id()).bind("member", memberId)
                .mapTo(Integer.class).one());
    }

    @Override
    public List<AnswerRecord> answers(String quizId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM quiz_answers WHERE quiz_id = :id "
                        + "ORDER BY number, answered_at, member_id")
                .bind("id", quizId)
                .map((rs, ctx) -> new AnswerRecord(rs.getString("quiz_id"), chat(rs), rs.getInt("number"),
                        rs.getString("question_id"), rs.getString("member_id"), rs.getString("member_name"),
                        choices(rs.getString("choices")), rs.getInt("correct") == 1, rs.getInt("points"),
                        Instant.parse(rs.getString("answered_at")), LocalDate.parse(rs.getString("answered_day"))))
                .list());
    }

    @Override
    public void markAsked(ChatId chat, List<String> questionIds, Instant at) {
        jdbi.useTransaction(h -> {
            var batch = h.prepareBatch("INSERT INTO quiz_asked(platform, chat_id, question_id, asked_at) "
                    + "VALUES (:platform, :chat, :question, :at) ON CONFLICT DO NOTHING");
            for (String id : questionIds) {
                batch.bind("platform", chat.platform()).bind("chat", chat.id()).bind("question", id)
                        .bind("at", at.toString()).add();
            }
            batch.execute();
        });
    }

    @Override
    public Set<String> asked(ChatId chat) {
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT question_id FROM quiz_asked "
                        + "WHERE platform = :platform AND chat_id = :chat")
                .bind("platform", chat.platform()).bind("chat", chat.id()).mapTo(String.class).list()));
    }

    @Override
    public void forgetAsked(ChatId chat) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM quiz_asked WHERE platform = :platform AND chat_id = :chat")
                .bind("platform", chat.platform()).bind("chat", chat.id()).execute());
    }

    @Override
    public List<MemberTotals> leaderboard(ChatId chat) {
        return jdbi.withHandle(h -> h.createQuery("SELECT member_id, "
                        + "(SELECT member_name FROM quiz_answers b WHERE b.platform = :platform "
                        + "AND b.chat_id = :chat AND b.member_id = a.member_id ORDER BY answered_at DESC LIMIT 1) "
                        + "AS name, COUNT(*) AS answered, SUM(correct) AS correct, SUM(points) AS points "
                        + "FROM quiz_answers a WHERE platform = :platform AND chat_id = :chat "
                        + "GROUP BY member_id ORDER BY points DESC, correct DESC, member_id")
                .bind("platform", chat.platform()).bind("chat", chat.id())
                .map((rs, ctx) -> new MemberTotals(rs.getString("member_id"), rs.getString("name"),
                        rs.getInt("answered"), rs.getInt("correct"), rs.getInt("points")))
                .list());
    }

    @Override
    public List<LocalDate> answerDays(ChatId chat, String memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT answered_day FROM quiz_answers "
                        + "WHERE platform = :platform AND chat_id = :chat AND member_id = :member "
                        + "ORDER BY answered_day DESC")
                .bind("platform", chat.platform()).bind("chat", chat.id()).bind("member", memberId)
                .map((rs, ctx) -> LocalDate.parse(rs.getString(1))).list());
    }

    @Override
    public void saveReview(ReviewItem item) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO quiz_reviews(platform, member_id, question_id, chat_id, "
                        + "question, box, right_streak, due_at) VALUES (:platform, :member, :question, :chat, :json, "
                        + ":box, :streak, :due) ON CONFLICT(platform, member_id, question_id) DO UPDATE SET "
                        + "chat_id = excluded.chat_id, question = excluded.question, box = excluded.box, "
                        + "right_streak = excluded.right_streak, due_at = excluded.due_at")
                .bind("platform", item.platform()).bind("member", item.memberId())
                .bind("question", item.questionId()).bind("chat", item.chatId()).bind("json", item.question())
                .bind("box", item.box()).bind("streak", item.rightStreak()).bind("due", item.dueAt().toEpochMilli())
                .execute());
    }

    @Override
    public Optional<ReviewItem> dueReview(String platform, String memberId, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM quiz_reviews WHERE platform = :platform "
                        + "AND member_id = :member AND due_at <= :now ORDER BY box, due_at, question_id LIMIT 1")
                .bind("platform", platform).bind("member", memberId).bind("now", now.toEpochMilli())
                .map((rs, ctx) -> review(rs)).findOne());
    }

    @Override
    public Optional<ReviewItem> review(String platform, String memberId, String questionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM quiz_reviews WHERE platform = :platform "
                        + "AND member_id = :member AND question_id = :question")
                .bind("platform", platform).bind("member", memberId).bind("question", questionId)
                .map((rs, ctx) -> review(rs)).findOne());
    }

    @Override
    public void deleteReview(String platform, String memberId, String questionId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM quiz_reviews WHERE platform = :platform "
                        + "AND member_id = :member AND question_id = :question")
                .bind("platform", platform).bind("member", memberId).bind("question", questionId).execute());
    }

    @Override
    public int reviewCount(String platform, String memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM quiz_reviews WHERE platform = :platform "
                        + "AND member_id = :member")
                .bind("platform", platform).bind("member", memberId).mapTo(Integer.class).one());
    }

    @Override
    public void openReview(OpenReview review) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO open_reviews(platform, chat_id, member_id, review_id, "
                        + "question, opened_at) VALUES (:platform, :chat, :member, :review, :question, :at) "
                        + "ON CONFLICT(platform, chat_id, member_id) DO UPDATE SET review_id = excluded.review_id, "
                        + "question = excluded.question, opened_at = excluded.opened_at")
                .bind("platform", review.chat().platform()).bind("chat", review.chat().id())
                .bind("member", review.memberId()).bind("review", review.reviewId())
                .bind("question", review.question()).bind("at", review.openedAt().toEpochMilli()).execute());
    }

    @Override
    public Optional<OpenReview> openReview(ChatId chat, String memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT review_id, question, opened_at FROM open_reviews "
                        + "WHERE platform = :platform AND chat_id = :chat AND member_id = :member")
                .bind("platform", chat.platform()).bind("chat", chat.id()).bind("member", memberId)
                .map((rs, ctx) -> new OpenReview(chat, memberId, rs.getString("review_id"), rs.getString("question"),
                        Instant.ofEpochMilli(rs.getLong("opened_at"))))
                .findOne());
    }

    @Override
    public boolean closeReview(ChatId chat, String memberId, String reviewId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM open_reviews WHERE platform = :platform "
                        + "AND chat_id = :chat AND member_id = :member AND review_id = :review")
                .bind("platform", chat.platform()).bind("chat", chat.id()).bind("member", memberId)
                .bind("review", reviewId).execute()) == 1;
    }

    private static ReviewItem review(ResultSet rs) throws SQLException {
        return new ReviewItem(rs.getString("platform"), rs.getString("member_id"), rs.getString("question_id"),
                rs.getString("chat_id"), rs.getString("question"), rs.getInt("box"), rs.getInt("right_streak"),
                Instant.ofEpochMilli(rs.getLong("due_at")));
    }

    private static ChatId chat(ResultSet rs) throws SQLException {
        return new ChatId(rs.getString("platform"), rs.getString("chat_id"));
    }

    private static List<Integer> choices(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(Integer::valueOf).toList();
    }
}
