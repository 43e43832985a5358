package dev.studybot.search;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value computed once, on the thread that first asks for it; a thread asking meanwhile waits for it, and every
 * later one gets the same value (or the same failure).
 *
 * @param <T> the value's type
 */
final class OnFirstUse<T> implements Supplier<T> {

    private final FutureTask<T> task;

    /** @param compute how to compute the value (called at most once) */
    OnFirstUse(Supplier<T> compute) {
        this.task = new FutureTask<>(compute::get);
    }

    @Override
    public T get() {
        task.run(); // does nothing once it has run or while another thread runs it
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a value another thread computes", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
