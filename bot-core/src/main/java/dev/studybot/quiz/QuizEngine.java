package dev.studybot.quiz;

import dev.studybot.chat.Announcer;
import dev.studybot.chat.Messenger;
import dev.studybot.chat.Origin;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.ChatType;
import dev.studybot.quiz.QuizOutcome.AnswerAccepted;
import dev.studybot.quiz.QuizOutcome.AnswerRefused;
import dev.studybot.quiz.QuizOutcome.Ending;
import dev.studybot.quiz.QuizOutcome.Finished;
import dev.studybot.quiz.QuizOutcome.HintGiven;
import dev.studybot.quiz.QuizOutcome.HintRefusal;
import dev.studybot.quiz.QuizOutcome.HintRefused;
import dev.studybot.quiz.QuizOutcome.Preparing;
import dev.studybot.quiz.QuizOutcome.QuestionPosted;
import dev.studybot.quiz.QuizOutcome.QuestionRevealed;
import dev.studybot.quiz.QuizOutcome.Refusal;
import dev.studybot.quiz.QuizOutcome.Refused;
import dev.studybot.quiz.QuizOutcome.Started;
import dev.studybot.store.AnswerRecord;
import dev.studybot.store.HintRecord;
import dev.studybot.store.MemberTotals;
import dev.studybot.store.QuizRecord;
import dev.studybot.store.QuizStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the quizzes of every chat: starts one (one per chat), takes answers (the first of each member counts, and
 * is stored before it is acknowledged), gives hints on the open question (stored once per member and question; a
 * right answer after one earns half the points), and on {@link #tick(Instant)} closes questions whose time is up,
 * reveals them and opens the next, told to the chat through the {@link Announcer}. In a private chat a question closes
 * as soon as the one player answered, within the answer's own outcomes. It decides and records; it words nothing:
 * every call returns {@link QuizOutcome}s for a {@link QuizPresenter}.
 */
public final class QuizEngine {

    /** Default and limits of {@code /quiz [N] [seconds]}. */
    public static final int DEFAULT_QUESTIONS = 5;
    public static final int MAX_QUESTIONS = 20;
    public static final int DEFAULT_SECONDS = 30;
    public static final int MIN_SECONDS = 10;
    public static final int MAX_SECONDS = 120;

    /** Wait for whatever pool, however long it takes (tests; the app answers at once instead). */
    public static final Duration WAIT_FOR_ANY_POOL = Duration.ofMillis(Long.MAX_VALUE);

    private static final Logger LOG = LoggerFactory.getLogger(QuizEngine.class);

    private final QuestionBank bank;
    private final HintWriter hints;
    private final QuizStore store;
    private final Announcer<QuizOutcome> announcer;
    private final Clock clock;
    private final Random random;
    private final Consumer<MissedQuestion> onMiss;
    private final Map<ChatId, QuizSession> active = new ConcurrentHashMap<>();
    /** Chats whose quiz waits for its question pool. */
    private final Set<ChatId> preparing = ConcurrentHashMap.newKeySet();
    private final Duration poolWait;
    private final AtomicLong answersRecorded = new AtomicLong();

    /**
     * @param hints     writes a question's hint
     * @param announcer where what the clock closes and opens goes
     * @param onMiss    told of every wrong answer (the review queue)
     */
    public QuizEngine(QuestionBank bank, HintWriter hints, QuizStore store, Announcer<QuizOutcome> announcer,
                      Clock clock, Random random, Consumer<MissedQuestion> onMiss) {
        this(bank, hints, store, announcer, clock, random, onMiss, WAIT_FOR_ANY_POOL);
    }

    /**
     * @param announcer where what the clock closes and opens goes
     * @param onMiss    told of every wrong answer (the review queue)
     * @param poolWait  how long {@link #start} waits for a question pool still being generated before it answers
     *                  that the questions are being prepared and starts the quiz when they are ready
     */
    public QuizEngine(QuestionBank bank, HintWriter hints, QuizStore store, Announcer<QuizOutcome> announcer,
                      Clock clock, Random random, Consumer<MissedQuestion> onMiss, Duration poolWait) {
        this.poolWait = poolWait;
        this.bank = bank;
        this.hints = hints;
        this.store = store;
        this.announcer = announcer;
        this.clock = clock;
        this.random = random;
        this.onMiss = onMiss;
    }

    /**
     * Starts a quiz of {@code count} questions, {@code openFor} each, in the chat's scope and language. When the
     * scope's question pool is still being generated (the whole library's takes minutes after a start), it answers
     * at once that the questions are being prepared, and the quiz starts, announced to the chat, when they are.
     */
    public List<QuizOutcome> start(Origin origin, ChatSettings settings, int count, Duration openFor) {
        ChatId chat = origin.chat();
        if (active.containsKey(chat) || preparing.contains(chat)) {
            return List.of(new Refused(Refusal.ALREADY_RUNNING));
        }
        Optional<List<Question>> ready = bank.readyPool(settings.scope());
        if (ready.isPresent()) {
            return begin(origin, settings, count, openFor, ready.get());
        }
        CompletableFuture<List<Question>> pool = bank.poolAsync(settings.scope());
        try {
            return begin(origin, settings, count, openFor, pool.get(poolWait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (!preparing.add(chat)) {
                return List.of(new Refused(Refusal.ALREADY_RUNNING));
            }
            pool.whenComplete((questions, error) -> startWhenReady(origin, settings, count, openFor, questions, error));
            return List.of(new Preparing());
        }
    }

    /** Starts a quiz whose pool was being prepared, and tells the chat. */
    private void startWhenReady(Origin origin, ChatSettings settings, int count, Duration openFor,
                                List<Question> pool, Throwable error) {
        try {
            List<QuizOutcome> outcomes;
            if (error != null) {
                LOG.warn("could not prepare the questions of a quiz in {}", origin.chat(), error);
                outcomes = List.of(new Refused(Refusal.NO_QUESTIONS));
            } else {
                outcomes = begin(origin, settings, count, openFor, pool);
            }
            outcomes.forEach(outcome -> announcer.announce(origin.chat(), settings.language(), outcome));
        } catch (RuntimeException e) {
            LOG.warn("could not start a prepared quiz in {}", origin.chat(), e);
        } finally {
            preparing.remove(origin.chat());
        }
    }

    private List<QuizOutcome> begin(Origin origin, ChatSettings settings, int count, Duration openFor,
                                    List<Question> pool) {
        ChatId chat = origin.chat();
        if (pool.isEmpty()) {
            return List.of(new Refused(Refusal.NO_QUESTIONS));
        }
        Set<String> asked = store.asked(chat);
        QuestionBank.Draw draw;
        String id;
        synchronized (random) {
            draw = QuestionBank.draw(pool, asked, count, random);
            id = newId('q');
        }
        QuizSession session = new QuizSession(id, chat, origin.type(), origin.member(), draw.questions(), openFor,
                settings.language(), settings.scope());
        if (active.putIfAbsent(chat, session) != null) {
            return List.of(new Refused(Refusal.ALREADY_RUNNING));
        }
        Instant now = clock.instant();
        List<String> ids = draw.questions().stream().map(Question::id).toList();
        if (draw.usedUp()) {
            store.forgetAsked(chat);
            store.markAsked(chat, ids.stream().filter(asked::contains).toList(), now);
        } else {
            store.markAsked(chat, ids, now);
        }
        store.startQuiz(QuizRecord.started(id, chat, origin.member(), settings.language(), session.total(), openFor,
                now));
        synchronized (session) {
            return List.of(new Started(session.total(), openFor), openNext(session, now));
        }
    }

    /** How many quizzes are running now (for the operators' metrics). */
    public int running() {
        return active.size();
    }

    /** How many answers were recorded since start (for the operators' metrics). */
    public long answersRecorded() {
        return answersRecorded.get();
    }

    /** Ends the chat's quiz early: the member who started it or an admin may; results so far stand. */
    public List<QuizOutcome> stop(Origin origin) {
        QuizSession session = active.get(origin.chat());
        if (session == null) {
            return List.of(new Refused(Refusal.NONE_RUNNING));
        }
        if (!session.starter().id().equals(origin.member().id()) && !origin.isAdmin()) {
            return List.of(new Refused(Refusal.STOP_REFUSED));
        }
        synchronized (session) {
            if (session.phase() == QuizSession.Phase.ENDED) {
                return List.of(new Refused(Refusal.NONE_RUNNING));
            }
            return List.of(reveal(session),
                    finish(session, QuizRecord.Status.STOPPED, Optional.of(origin.member().name())));
        }
    }

    /**
     * Takes an answer to question {@code number} of quiz {@code quizId}: whether it counts, then (in a private
     * chat, where the one player's answer closes the question) the reveal and the next question or the ranking.
     *
     * @param choices 0-based options chosen
     */
    public List<QuizOutcome> answer(Origin origin, String quizId, int number, List<Integer> choices) {
        QuizSession session = active.get(origin.chat());
        if (session == null || !session.id().equals(quizId)) {
            return refused(AnswerRefusal.Reason.STALE);
        }
        synchronized (session) {
            if (!session.isOpen(number)) {
                return refused(AnswerRefusal.Reason.CLOSED);
            }
            Question q = session.question();
            if (choices.isEmpty() || choices.stream().anyMatch(c -> c < 0 || c >= q.options().size())) {
                return List.of(new AnswerRefused(AnswerRefusal.invalidChoice(q.options().size())));
            }
            if (!q.multipleAnswers() && choices.size() != 1) {
                return refused(AnswerRefusal.Reason.SINGLE_ONLY);
            }
            String memberId = origin.member().id();
            if (session.answered(memberId)) {
                return refused(AnswerRefusal.Reason.DUPLICATE);
            }
            Instant now = clock.instant();
            if (!now.isBefore(session.deadline())) {
                return refused(AnswerRefusal.Reason.LATE);
            }
            boolean right = q.isRight(choices);
            int points = Scoring.points(right, store.hinted(quizId, number, memberId),
                    Duration.between(now, session.deadline()), session.openFor());
            AnswerRecord answer = new AnswerRecord(quizId, session.chat(), number, q.id(), memberId,
                    origin.member().name(), choices, right, points, now, LocalDate.ofInstant(now, clock.getZone()));
            if (!store.recordAnswer(answer)) {
                return refused(AnswerRefusal.Reason.DUPLICATE);
            }
            session.count(answer);
            if (!right) {
                onMiss.accept(new MissedQuestion(origin, q, now));
            }
            List<QuizOutcome> outcomes = new ArrayList<>();
            answersRecorded.incrementAndGet();
            outcomes.add(new AnswerAccepted());
            if (session.chatType() == ChatType.PRIVATE) {
                outcomes.addAll(advance(session, now));
            }
            return outcomes;
        }
    }

    /**
     * A hint on question {@code number} of quiz {@code quizId} for the member who asks (the hint button): given while
     * the question is open and they have not answered it, stored before it is given (once per member and question).
     */
    public List<QuizOutcome> hint(Origin origin, String quizId, int number) {
        QuizSession session = active.get(origin.chat());
        if (session == null || !session.id().equals(quizId)) {
            return List.of(new HintRefused(HintRefusal.CLOSED));
        }
        synchronized (session) {
            return List.of(hint(origin, session, number));
        }
    }

    /** A hint on the chat's open question for the member who asks ({@code /hint}). */
    public List<QuizOutcome> hint(Origin origin) {
        QuizSession session = active.get(origin.chat());
        if (session == null) {
            return List.of(new HintRefused(HintRefusal.NO_QUIZ));
        }
        synchronized (session) {
            if (session.phase() != QuizSession.Phase.OPEN) {
                return List.of(new HintRefused(HintRefusal.NO_QUIZ));
            }
            return List.of(hint(origin, session, session.number()));
        }
    }

    private QuizOutcome hint(Origin origin, QuizSession session, int number) {
        Instant now = clock.instant();
        if (!session.isOpen(number) || !now.isBefore(session.deadline())) {
            return new HintRefused(HintRefusal.CLOSED);
        }
        String memberId = origin.member().id();
        if (session.answered(memberId)) {
            return new HintRefused(HintRefusal.ANSWERED);
        }
        Question q = session.question();
        Optional<String> hint = hints.hint(q, bank.pool(session.scope()));
        if (hint.isEmpty()) {
            LOG.warn("no hint for question {}: nothing in its source can be blanked", q.id());
            return new HintRefused(HintRefusal.UNAVAILABLE);
        }
        store.recordHint(new HintRecord(session.id(), session.chat(), number, q.id(), memberId, now));
        return new HintGiven(number, session.total(), origin.member().name(), hint.get());
    }

    /** The chat's open question, for answers typed as text. */
    public Optional<OpenQuestion> openQuestion(ChatId chat) {
        QuizSession session = active.get(chat);
        if (session == null) {
            return Optional.empty();
        }
        synchronized (session) {
            if (session.phase() != QuizSession.Phase.OPEN) {
                return Optional.empty();
            }
            return Optional.of(new OpenQuestion(session.id(), session.number(), session.question().options().size(),
                    session.question().multipleAnswers()));
        }
    }

    /** Closes every question whose time is up at {@code now}: reveals it and opens the next (or ranks the players). */
    public void tick(Instant now) {
        for (QuizSession session : active.values()) {
            List<QuizOutcome> outcomes;
            synchronized (session) {
                if (session.phase() != QuizSession.Phase.OPEN || now.isBefore(session.deadline())) {
                    continue;
                }
                outcomes = advance(session, now);
            }
            for (QuizOutcome outcome : outcomes) {
                Messenger.Delivery delivery = announcer.announce(session.chat(), session.language(), outcome);
                if (delivery == Messenger.Delivery.BLOCKED) {
                    LOG.info("chat {} blocked the bot: its quiz ends", session.chat());
                    synchronized (session) {
                        if (session.phase() != QuizSession.Phase.ENDED) {
                            finish(session, QuizRecord.Status.STOPPED, Optional.empty());
                        }
                    }
                    break;
                }
            }
        }
    }

    /** Closes quizzes a crash or restart interrupted, announcing their results so far. */
    public void recover() {
        recover(chat -> true);
    }

    /**
     * Closes the interrupted quizzes of the chats this process serves, announcing their results so far. A quiz
     * still marked running that this engine does not run was cut off by a crash or restart, here or in the process
     * that served the chat before (a quiz lives in the process that reaches its chat: the one holding Telegram, or
     * the Discord shard of its server); one that another process runs is in a chat this one does not reach.
     *
     * @param serves whether this process serves a chat
     */
    public void recover(Predicate<ChatId> serves) {
        for (QuizRecord quiz : store.runningQuizzes()) {
            if (active.containsKey(quiz.chat()) || !serves.test(quiz.chat())) {
                continue;
            }
            Map<String, MemberTotals> totals = new LinkedHashMap<>();
            for (AnswerRecord a : store.answers(quiz.quizId())) {
                totals.merge(a.memberId(), MemberTotals.of(a), MemberTotals::plus);
            }
            if (!store.endQuiz(quiz.quizId(), QuizRecord.Status.INTERRUPTED, clock.instant())) {
                continue; // it ended meanwhile, here or in another process
            }
            LOG.info("closed quiz {} in {}, interrupted by a restart", quiz.quizId(), quiz.chat());
            announcer.announce(quiz.chat(), quiz.language(), new Finished(Ending.INTERRUPTED, Optional.empty(),
                    Standing.rank(new ArrayList<>(totals.values()))));
        }
    }

    /** Whether the chat has a quiz running. */
    public boolean running(ChatId chat) {
        return active.containsKey(chat);
    }

    private static List<QuizOutcome> refused(AnswerRefusal.Reason reason) {
        return List.of(new AnswerRefused(AnswerRefusal.of(reason)));
    }

    /** The open question closes: its reveal, then the next question or the ranking. */
    private List<QuizOutcome> advance(QuizSession session, Instant now) {
        QuizOutcome revealed = reveal(session);
        QuizOutcome next = session.hasNext() ? openNext(session, now)
                : finish(session, QuizRecord.Status.FINISHED, Optional.empty());
        return List.of(revealed, next);
    }

    private static QuestionRevealed reveal(QuizSession session) {
        return new QuestionRevealed(session.id(), session.number(), session.total(), session.question(),
                session.answersToCurrent());
    }

    private static QuestionPosted openNext(QuizSession session, Instant now) {
        session.openNext(now.plus(session.openFor()));
        return new QuestionPosted(session.id(), session.number(), session.total(), session.question(),
                session.openFor());
    }

    private Finished finish(QuizSession session, QuizRecord.Status status, Optional<String> stoppedBy) {
        session.end();
        active.remove(session.chat(), session);
        store.endQuiz(session.id(), status, clock.instant());
        Ending ending = status == QuizRecord.Status.FINISHED ? Ending.COMPLETED : Ending.STOPPED;
        return new Finished(ending, stoppedBy, Standing.rank(session.totals()));
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
