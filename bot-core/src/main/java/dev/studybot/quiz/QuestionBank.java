package dev.studybot.quiz;

import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The question pools of document scopes, generated once per scope, and draws from them without repeats.
 */
public final class QuestionBank {

    /** The seed of the pools: a pool is the same on every run, so stored question ids stay meaningful. */
    static final long POOL_SEED = 20221016L;
    /** Name of the thread that prepares a pool ahead of the first quiz. */
    static final String PREWARM_THREAD = "quiz-pool-prewarm";
    /** Fewest fresh questions, in pool order, a draw picks among. */
    static final int DRAW_WINDOW = 10;
    /** Orders a draw is tried in when one gives fewer questions that do not clash than asked for. */
    private static final int DRAW_ATTEMPTS = 8;
    /** Name of the thread that prepares a pool a quiz asked for. */
    static final String PREPARE_THREAD = "quiz-pool-prepare";
    private static final Logger LOG = LoggerFactory.getLogger(QuestionBank.class);

    private final DocumentLibrary library;
    private final QuestionGenerator generator;
    /** One future per scope: whoever comes first generates the pool, everyone else waits for that same work. */
    private final Map<String, CompletableFuture<List<Question>>> pools = new ConcurrentHashMap<>();

    public QuestionBank(DocumentLibrary library, QuestionGenerator generator) {
        this.library = library;
        this.generator = generator;
    }

    /** The library the questions come from. */
    public DocumentLibrary library() {
        return library;
    }

    /**
     * Every question of the scope (document ids; empty = all documents). The first call for a scope generates
     * the pool (slow for a large library); a call made meanwhile waits for that pool instead of generating it again.
     */
    public List<Question> pool(Set<String> scope) {
        String key = key(scope);
        CompletableFuture<List<Question>> mine = new CompletableFuture<>();
        CompletableFuture<List<Question>> existing = pools.putIfAbsent(key, mine);
        if (existing != null) {
            try {
                return existing.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        return generate(key, Set.copyOf(scope), mine);
    }

    /** The scope's pool if it is ready now, without waiting or starting anything. */
    public Optional<List<Question>> readyPool(Set<String> scope) {
        CompletableFuture<List<Question>> future = pools.get(key(scope));
        return future != null && future.isDone() && !future.isCompletedExceptionally()
                ? Optional.of(future.join()) : Optional.empty();
    }

    /**
     * The scope's pool, now or later: when nobody is generating it yet, it is generated on a named background
     * thread of its own, so a scope asked for is not queued behind the whole library's pool.
     */
    public CompletableFuture<List<Question>> poolAsync(Set<String> scope) {
        String key = key(scope);
        CompletableFuture<List<Question>> mine = new CompletableFuture<>();
        CompletableFuture<List<Question>> existing = pools.putIfAbsent(key, mine);
        if (existing != null) {
            return existing;
        }
        Set<String> copy = Set.copyOf(scope);
        Thread.ofPlatform().name(PREPARE_THREAD).daemon(true).start(() -> {
            try {
                generate(key, copy, mine);
            } catch (RuntimeException e) {
                LOG.warn("could not prepare the quiz pool of scope [{}]", key, e);
            }
        });
        return mine;
    }

    private List<Question> generate(String key, Set<String> scope, CompletableFuture<List<Question>> mine) {
        long started = System.nanoTime();
        try {
            List<Question> pool = generator.generate(documents(scope), library.documents(), POOL_SEED);
            mine.complete(pool);
            LOG.info("quiz pool of scope [{}]: {} questions in {} ms", key.isEmpty() ? "all" : key, pool.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return pool;
        } catch (RuntimeException e) {
            pools.remove(key, mine); // a later call tries again
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static String key(Set<String> scope) {
        return String.join(",", new TreeSet<>(scope));
    }

    /**
     * Starts generating the scope's pool on a named background thread and returns at once, so the first quiz
     * finds it ready (or waits for it rather than generating it a second time).
     */
    public Thread prewarm(Set<String> scope) {
        Set<String> copy = Set.copyOf(scope);
        return Thread.ofPlatform().name(PREWARM_THREAD).daemon(true).start(() -> {
            try {
                pool(copy);
            } catch (RuntimeException e) {
                LOG.warn("could not prepare the quiz pool; the first quiz will try again", e);
            }
        });
    }

    private List<Document> documents(Set<String> scope) {
        if (scope.isEmpty()) {
            return library.documents();
        }
        return library.documents().stream().filter(d -> scope.contains(d.id())).toList();
    }

    /**
     * Draws {@code count} questions of the pool, those not yet asked first, none twice, and none clashing with
     * another ({@link DrawRules}: one clause asked twice, or a stem or options showing another question's answer).
     * The pool asks every fact once before any twice, so the draw takes its questions at random from the first fresh
     * ones in pool order, then in order from the other fresh ones, then from those asked before. Only a pool too
     * small for that many questions that do not clash gives clashing ones rather than a shorter quiz.
     *
     * @param asked ids already asked in the chat
     * @return the questions, and whether the pool was used up (the chat's record of asked ones starts over)
     */
    public static Draw draw(List<Question> pool, Set<String> asked, int count, Random random) {
        List<Question> fresh = new ArrayList<>();
        List<Question> seen = new ArrayList<>();
        for (Question q : pool) {
            (asked.contains(q.id()) ? seen : fresh).add(q);
        }
        int windowSize = Math.min(fresh.size(), Math.max(DRAW_WINDOW, 2 * count));
        List<Question> window = new ArrayList<>(fresh.subList(0, windowSize));
        int wanted = Math.max(0, count);
        List<Question> chosen = List.of();
        // The picks are greedy: one order can shut out more than another, so a short draw is tried again in others;
        // and a pool too small for a full quiz that also keeps a family of siblings to two and true and false
        // statements even is drawn again without those two limits before it gives questions that clash.
        for (int pass = 0; pass < 2 && chosen.size() < wanted; pass++) {
            boolean balanced = pass == 0;
            for (int attempt = 0; attempt < DRAW_ATTEMPTS && chosen.size() < wanted; attempt++) {
                Collections.shuffle(window, random);
                Collections.shuffle(seen, random);
                List<Question> tried = new ArrayList<>(DrawRules.pick(window, List.of(), wanted, balanced));
                tried.addAll(DrawRules.pick(fresh.subList(windowSize, fresh.size()), tried, wanted - tried.size(),
                        balanced));
                tried.addAll(DrawRules.pick(seen, tried, wanted - tried.size(), balanced));
                if (tried.size() > chosen.size()) {
                    chosen = tried;
                }
            }
        }
        chosen = new ArrayList<>(chosen);
        List<Question> left = new ArrayList<>(window);
        left.addAll(fresh.subList(windowSize, fresh.size()));
        left.addAll(seen);
        for (int i = 0; chosen.size() < wanted && i < left.size(); i++) {
            if (!chosen.contains(left.get(i))) {
                chosen.add(left.get(i));
            }
        }
        boolean usedUp = chosen.stream().filter(q -> !asked.contains(q.id())).count() == fresh.size();
        // The right options spread over A–D within this quiz, not only over the pool.
        return new Draw(AnswerPositions.spread(chosen, chosen.size(), random.nextLong()), usedUp);
    }

    /**
     * The questions drawn for a quiz.
     *
     * @param questions the questions, in order
     * @param usedUp    whether every fresh question has now been asked
     */
    public record Draw(List<Question> questions, boolean usedUp) {
    }
}
