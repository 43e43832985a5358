package dev.studybot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/** Runs slices of one job on named platform threads, waits for all, and reports the first failure. */
final class ParallelWork {

    /** One slice of the work. */
    @FunctionalInterface
    interface Slice {
        void run(int index) throws Exception;
    }

    private ParallelWork() {
    }

    /**
     * Runs slices {@code 0 … threads-1}, each on a thread named {@code name-index}, and waits for them all.
     *
     * @throws ExecutionException   wrapping the first slice's failure
     * @throws InterruptedException when interrupted while waiting
     */
    static void run(String name, int threads, Slice slice) throws ExecutionException, InterruptedException {
        List<Thread> workers = new ArrayList<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            workers.add(Thread.ofPlatform().name(name + "-" + t).start(() -> {
                try {
                    slice.run(index);
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (failure.get() != null) {
            throw new ExecutionException(failure.get());
        }
    }
}
