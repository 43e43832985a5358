package dev.studybot.telegram;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a few named threads, in order within each chat and in parallel across chats: one chat waiting out
 * a 429 or a slow search does not hold up the others, and a chat's replies keep the order of its messages.
 */
final class ChatSerialExecutor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChatSerialExecutor.class);

    private final ExecutorService pool;
    private final Map<String, CompletableFuture<Void>> tails = new HashMap<>();

    ChatSerialExecutor(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("telegram-update-", 1).factory());
    }

    /** Runs the task after the chat's earlier tasks; a task's exception is logged and stops nothing. */
    synchronized void submit(String chat, Runnable task) {
        CompletableFuture<Void> previous = tails.getOrDefault(chat, CompletableFuture.completedFuture(null));
        CompletableFuture<Void> next = previous.thenRunAsync(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("an update of {} failed", chat, e);
            }
        }, pool);
        tails.put(chat, next);
        next.whenComplete((ignored, error) -> forget(chat, next));
    }

    private synchronized void forget(String chat, CompletableFuture<Void> finished) {
        tails.remove(chat, finished);
    }

    /** Lets queued tasks finish for a while, then stops. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
