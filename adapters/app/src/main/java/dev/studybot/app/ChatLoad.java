package dev.studybot.app;

import dev.studybot.StudyBotCore;
import dev.studybot.chat.Action;
import dev.studybot.chat.ActionPress;
import dev.studybot.chat.IncomingMessage;
import dev.studybot.chat.Messenger;
import dev.studybot.chat.Origin;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import dev.studybot.model.Member;
import dev.studybot.quiz.QuizEngine.OpenQuestion;
import dev.studybot.store.jdbc.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load of {@code studybot bench-chats}: N chats each running a quiz, M answers in all from many members,
 * arriving concurrently through the dispatcher as the adapters deliver them (a pool of named threads, as Telegram's
 * and Discord's event threads), each timed from the call to its replies; then the database is asked what it
 * recorded. The chats are on a platform of their own ({@code bench}) under a run id, and their rows are deleted
 * afterwards. The clock is frozen at the start, so that no question closes under the load.
 */
final class ChatLoad {

    /** The platform of the benchmark's chats. */
    static final String PLATFORM = "bench";
    /** Every table whose rows belong to a chat (columns platform and chat_id). */
    private static final List<String> CHAT_TABLES = List.of("chats", "quiz_sessions", "quiz_answers", "quiz_asked",
            "quiz_reviews", "daily_subscriptions", "daily_deliveries", "posted_polls", "open_reviews");

    private final StudyBotCore core;
    private final Database database;
    private final String run;
    private final Random random;

    /**
     * @param run    the run's id, part of every chat id
     * @param random where members' choices and the answers' order come from (seed it)
     */
    ChatLoad(StudyBotCore core, Database database, String run, Random random) {
        this.core = core;
        this.database = database;
        this.run = run;
        this.random = random;
    }

    /**
     * The measured outcome.
     *
     * @param chats           chats with a quiz
     * @param answersSent     answers sent through the dispatcher
     * @param answersAccepted answers the bot said it recorded
     * @param answersRecorded answer rows in the database
     * @param duplicates      (quiz, question, member) keys with more than one row
     * @param latencies       each answer's time through the dispatcher, nanoseconds
     * @param wallNanos       the time from the first answer to the last reply
     */
    record Result(int chats, int answersSent, int answersAccepted, long answersRecorded, long duplicates,
                  long[] latencies, long wallNanos) {

        double medianMs() {
            return percentile(0.50);
        }

        double p99Ms() {
            return percentile(0.99);
        }

        double answersPerSecond() {
            return answersSent / (wallNanos / 1e9);
        }

        private double percentile(double p) {
            if (latencies.length == 0) {
                return 0;
            }
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int index = Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    /** Starts the quizzes, sends the answers on {@code threads} threads, counts, and cleans up. */
    Result run(int chats, int answers, int threads, boolean keep) throws Exception {
        core.messenger().register(PLATFORM, new Messenger() {
            @Override
            public Delivery send(ChatId chat, Reply reply) {
                return Delivery.SENT; // what the core pushes goes nowhere: the adapters are not measured
            }
        });
        core.questions().pool(Set.of()); // the question pool is prepared before the clock starts
        List<OpenQuestion> open = new ArrayList<>();
        for (int i = 0; i < chats; i++) {
            ChatId chat = chat(i);
            core.dispatcher().onMessage(new IncomingMessage(origin(chat, "starter"), "/quiz 5 120"));
            open.add(core.quiz().openQuestion(chat).orElseThrow(
                    () -> new IllegalStateException("the quiz of " + chat + " did not start")));
        }
        List<int[]> plan = new ArrayList<>(answers);
        for (int a = 0; a < answers; a++) {
            plan.add(new int[] {a % chats, a / chats});
        }
        Collections.shuffle(plan, random);
        long[] choices = new long[answers];
        for (int a = 0; a < answers; a++) {
            choices[a] = random.nextInt(Math.max(1, open.get(plan.get(a)[0]).options()));
        }
        long[] latencies = new long[answers];
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("bench-member-", 1)
                .factory());
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int a = next.getAndIncrement(); a < answers; a = next.getAndIncrement()) {
                        int[] who = plan.get(a);
                        OpenQuestion question = open.get(who[0]);
                        Origin member = origin(chat(who[0]), "m" + who[1]);
                        Action answer = new Action.Answer(new QuestionRef.QuizQuestion(question.quizId(),
                                question.number()), List.of((int) choices[a]));
                        long sent = System.nanoTime();
                        List<Reply> replies = core.dispatcher().onAction(ActionPress.of(member, answer));
                        latencies[a] = System.nanoTime() - sent;
                        if (replies.stream().anyMatch(r -> r instanceof Reply.AnswerNotice n && n.accepted())) {
                            accepted.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        long wall = System.nanoTime() - start;
        String chatsOfRun = run + "-%";
        long recorded = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM quiz_answers "
                        + "WHERE platform = :p AND chat_id LIKE :c").bind("p", PLATFORM).bind("c", chatsOfRun)
                .mapTo(Long.class).one());
        long duplicates = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM (SELECT quiz_id "
                        + "FROM quiz_answers WHERE platform = :p AND chat_id LIKE :c GROUP BY quiz_id, number, "
                        + "member_id HAVING COUNT(*) > 1) AS twice").bind("p", PLATFORM).bind("c", chatsOfRun)
                .mapTo(Long.class).one());
        if (!keep) {
            forget(chatsOfRun);
        }
        return new Result(chats, answers, accepted.get(), recorded, duplicates, latencies, wall);
    }

    private void forget(String chatsOfRun) {
        database.jdbi().useTransaction(h -> {
            for (String table : CHAT_TABLES) {
                h.createUpdate("DELETE FROM " + table + " WHERE platform = :p AND chat_id LIKE :c")
                        .bind("p", PLATFORM).bind("c", chatsOfRun).execute();
            }
        });
    }

    private ChatId chat(int i) {
        return new ChatId(PLATFORM, run + "-" + i);
    }

    private static Origin origin(ChatId chat, String member) {
        return new Origin(chat, ChatType.GROUP, new Member(member, "member " + member),
                Clock.systemUTC().instant(), null, () -> false);
    }
}
