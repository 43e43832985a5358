package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.search.PassageEmbedder;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The model's load is waited for before the process ends, so that no command exits while it runs in native code. */
class ModelLoadTest {

    @Test
    void awaitingTheEndReturnsOnlyOnceTheModelHasLoaded() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean loaded = new AtomicBoolean();
        ModelLoad load = ModelLoad.start(text -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            loaded.set(true);
            return new float[] {1};
        });
        assertTrue(started.await(30, TimeUnit.SECONDS), "the load starts on its own thread");
        Thread releaser = Thread.ofPlatform().name("test-release").start(release::countDown);
        assertTrue(load.awaitEnd(Duration.ofSeconds(60)), "the load ended");
        assertTrue(loaded.get(), "awaitEnd returned after the model loaded, not before");
        releaser.join();
    }

    @Test
    void aModelThatCannotLoadEndsTheWaitWithoutAnError() {
        PassageEmbedder broken = text -> {
            throw new IllegalStateException("no model");
        };
        assertEquals(true, ModelLoad.start(broken).awaitEnd(Duration.ofSeconds(60)));
    }
}
