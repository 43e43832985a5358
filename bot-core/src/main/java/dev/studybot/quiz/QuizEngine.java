package dev.studybot.quiz;

import dev.studybot.chat.Messages;
import dev.studybot.chat.Messenger;
import dev.studybot.chat.Origin;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.AnswerNotice;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.ChatType;
import dev.studybot.model.Language;
import dev.studybot.store.AnswerRecord;
import dev.studybot.store.MemberTotals;
import dev.studybot.store.QuizRecord;
import dev.studybot.store.QuizStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the quizzes of every chat: starts one (one per chat), takes answers (the first of each member counts, and
 * is stored before it is acknowledged), and on {@link #tick(Instant)} closes questions whose time is up, reveals
 * them and posts the next through the {@link Messenger}. In a private chat a question closes as soon as the one
 * player answered, within the answer's own replies.
 */
public final class QuizEngine {

    /** Default and limits of {@code /quiz [N] [seconds]}. */
    public static final int DEFAULT_QUESTIONS = 5;
    public static final int MAX_QUESTIONS = 20;
    public static final int DEFAULT_SECONDS = 30;
    public static final int MIN_SECONDS = 10;
    public static final int MAX_SECONDS = 120;

    private static final Logger LOG = LoggerFactory.getLogger(QuizEngine.class);

    private final QuestionBank bank;
    private final QuizStore store;
    private final Messenger messenger;
    private final Clock clock;
    private final Random random;
    private final Consumer<MissedQuestion> onMiss;
    private final Map<ChatId, QuizSession> active = new ConcurrentHashMap<>();

    /**
     * @param onMiss told of every wrong answer (the review queue)
     */
    public QuizEngine(QuestionBank bank, QuizStore store, Messenger messenger, Clock clock, Random random,
                      Consumer<MissedQuestion> onMiss) {
        this.bank = bank;
        this.store = store;
        this.messenger = messenger;
        this.clock = clock;
        this.random = random;
        this.onMiss = onMiss;
    }

    /** Starts a quiz of {@code count} questions, {@code openFor} each, in the chat's scope. */
    public List<Reply> start(Origin origin, ChatSettings settings, Messages m, int count, Duration openFor) {
        ChatId chat = origin.chat();
        if (active.containsKey(chat)) {
            return List.of(TextReply.of(m.get("quiz.alreadyRunning")));
        }
        List<Question> pool = bank.pool(settings.scope());
        if (pool.isEmpty()) {
            return List.of(TextReply.of(m.get("quiz.noQuestions")));
        }
        Set<String> asked = store.asked(chat);
        QuestionBank.Draw draw;
        String id;
        synchronized (random) {
            draw = QuestionBank.draw(pool, asked, count, random);
            id = newId('q');
        }
        QuizSession session = new QuizSession(id, chat, origin.type(), origin.member(), draw.questions(), openFor, m);
        if (active.putIfAbsent(chat, session) != null) {
            return List.of(TextReply.of(m.get("quiz.alreadyRunning")));
        }
        Instant now = clock.instant();
        List<String> ids = draw.questions().stream().map(Question::id).toList();
        if (draw.usedUp()) {
            store.forgetAsked(chat);
            store.markAsked(chat, ids.stream().filter(asked::contains).toList(), now);
        } else {
            store.markAsked(chat, ids, now);
        }
        store.startQuiz(new QuizRecord(id, chat, origin.member().id(), origin.member().name(),
                m.language().code(), session.total(), (int) openFor.toSeconds(), now));
        synchronized (session) {
            session.openNext(now.plus(openFor));
            return List.of(TextReply.of(m.get("quiz.started", session.total(), openFor.toSeconds())),
                    QuizTexts.question(new QuestionRef.QuizQuestion(id, 1), 1, session.total(), session.question(),
                            openFor));
        }
    }

    /** Ends the chat's quiz early: the member who started it or an admin may; results so far stand. */
    public List<Reply> stop(Origin origin, Messages m) {
        QuizSession session = active.get(origin.chat());
        if (session == null) {
            return List.of(TextReply.of(m.get("quiz.noneRunning")));
        }
        if (!session.starter().id().equals(origin.member().id()) && !origin.isAdmin()) {
            return List.of(TextReply.of(m.get("quiz.stopRefused")));
        }
        synchronized (session) {
            if (session.over()) {
                return List.of(TextReply.of(m.get("quiz.noneRunning")));
            }
            List<Reply> replies = new ArrayList<>();
            replies.add(QuizTexts.reveal(session.id(), session.number(), session.total(), session.question(),
                    session.answersToCurrent(), m));
            replies.add(finish(session, "stopped", m.get("quiz.stopped", origin.member().name())));
            return replies;
        }
    }

    /**
     * Takes an answer to question {@code number} of quiz {@code quizId}.
     *
     * @param choices 0-based options chosen
     */
    public List<Reply> answer(Origin origin, String quizId, int number, List<Integer> choices, Messages m) {
        QuizSession session = active.get(origin.chat());
        if (session == null || !session.id().equals(quizId)) {
            return List.of(AnswerNotice.refused(m.get("quiz.stale")));
        }
        synchronized (session) {
            if (session.over() || session.number() != number) {
                return List.of(AnswerNotice.refused(m.get("quiz.closed")));
            }
            Question q = session.question();
            if (choices.isEmpty() || choices.stream().anyMatch(c -> c < 0 || c >= q.options().size())) {
                char lastLetter = (char) ('A' + q.options().size() - 1);
                return List.of(AnswerNotice.refused(m.get("quiz.invalidChoice", lastLetter)));
            }
            if (!q.multipleAnswers() && choices.size() != 1) {
                return List.of(AnswerNotice.refused(m.get("quiz.singleOnly")));
            }
            String memberId = origin.member().id();
            if (session.answered(memberId)) {
                return List.of(AnswerNotice.refused(m.get("quiz.alreadyAnswered")));
            }
            Instant now = clock.instant();
            if (!now.isBefore(session.deadline())) {
                return List.of(AnswerNotice.refused(m.get("quiz.closed")));
            }
            boolean right = q.isRight(choices);
            int points = Scoring.points(right, Duration.between(now, session.deadline()), session.openFor());
            AnswerRecord answer = new AnswerRecord(quizId, session.chat(), number, q.id(), memberId,
                    origin.member().name(), choices, right, points, now, LocalDate.ofInstant(now, clock.getZone()));
            if (!store.recordAnswer(answer)) {
                return List.of(AnswerNotice.refused(m.get("quiz.alreadyAnswered")));
            }
            session.count(answer);
            if (!right) {
                onMiss.accept(new MissedQuestion(origin, q, now));
            }
            List<Reply> replies = new ArrayList<>();
            replies.add(AnswerNotice.accepted(m.get("quiz.recorded")));
            if (session.chatType() == ChatType.PRIVATE) {
                replies.addAll(advance(session, now));
            }
            return replies;
        }
    }

    /** The chat's open question, for answers typed as text. */
    public Optional<OpenQuestion> openQuestion(ChatId chat) {
        QuizSession session = active.get(chat);
        if (session == null) {
            return Optional.empty();
        }
        synchronized (session) {
            if (session.over() || session.number() == 0) {
                return Optional.empty();
            }
            return Optional.of(new OpenQuestion(session.id(), session.number(), session.question().options().size(),
                    session.question().multipleAnswers()));
        }
    }

    /** Closes every question whose time is up at {@code now}: reveals it and posts the next (or the ranking). */
    public void tick(Instant now) {
        for (QuizSession session : active.values()) {
            List<Reply> replies;
            synchronized (session) {
                if (session.over() || now.isBefore(session.deadline())) {
                    continue;
                }
                replies = advance(session, now);
            }
            for (Reply reply : replies) {
                Messenger.Delivery delivery = messenger.send(session.chat(), reply);
                if (delivery == Messenger.Delivery.BLOCKED) {
                    LOG.info("chat {} blocked the bot: its quiz ends", session.chat());
                    synchronized (session) {
                        if (!session.over()) {
                            finish(session, "stopped", "");
                        }
                    }
                    break;
                }
            }
        }
    }

    /** Closes quizzes a crash or restart interrupted, posting their results so far. */
    public void recover() {
        for (QuizRecord quiz : store.runningQuizzes()) {
            if (active.containsKey(quiz.chat())) {
                continue;
            }
            Messages m = Messages.of(Language.parse(quiz.language()).orElse(Language.ZH));
            Map<String, MemberTotals> totals = new LinkedHashMap<>();
            for (AnswerRecord a : store.answers(quiz.quizId())) {
                totals.merge(a.memberId(), new MemberTotals(a.memberId(), a.memberName(), 1, a.correct() ? 1 : 0,
                        a.points()), (x, y) -> new MemberTotals(x.memberId(), y.name(), x.answered() + 1,
                        x.correct() + y.correct(), x.points() + y.points()));
            }
            store.endQuiz(quiz.quizId(), "interrupted", clock.instant());
            LOG.info("closed quiz {} in {}, interrupted by a restart", quiz.quizId(), quiz.chat());
            messenger.send(quiz.chat(), QuizTexts.ranking(m.get("quiz.interrupted"),
                    Standing.rank(new ArrayList<>(totals.values())), m));
        }
    }

    /** Whether the chat has a quiz running. */
    public boolean running(ChatId chat) {
        return active.containsKey(chat);
    }

    private List<Reply> advance(QuizSession session, Instant now) {
        Messages m = session.messages();
        List<Reply> replies = new ArrayList<>();
        replies.add(QuizTexts.reveal(session.id(), session.number(), session.total(), session.question(),
                session.answersToCurrent(), m));
        if (session.hasNext()) {
            session.openNext(now.plus(session.openFor()));
            replies.add(QuizTexts.question(new QuestionRef.QuizQuestion(session.id(), session.number()),
                    session.number(), session.total(), session.question(), session.openFor()));
        } else {
            replies.add(finish(session, "finished", m.get("quiz.ranking.title")));
        }
        return replies;
    }

    private Reply finish(QuizSession session, String status, String heading) {
        session.end();
        active.remove(session.chat(), session);
        store.endQuiz(session.id(), status, clock.instant());
        Messages m = session.messages();
        String title = heading.isEmpty() ? m.get("quiz.ranking.title") : heading;
        return QuizTexts.ranking(title, Standing.rank(session.totals()), m);
    }

    private String newId(char prefix) {
        StringBuilder id = new StringBuilder().append(prefix);
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        for (int i = 0; i < 7; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    /**
     * The open question of a chat.
     *
     * @param quizId   the quiz
     * @param number   the question's number
     * @param options  how many options it has
     * @param multiple whether several may be chosen
     */
    public record OpenQuestion(String quizId, int number, int options, boolean multiple) {
    }

    /**
     * A wrong answer, for the review queue.
     *
     * @param origin   who answered where
     * @param question the question
     * @param at       when
     */
    public record MissedQuestion(Origin origin, Question question, Instant at) {
    }
}
