package dev.studybot.app;

import dev.studybot.search.PassageEmbedder;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding model loading on a thread of its own from the start (the first question, which with a few documents
 * compares every passage in meaning, then finds it loaded), and waited for before the process ends: a command done
 * before the model is loaded ({@code /help}, a short chat) would otherwise exit while ONNX Runtime is still building
 * its session in native code, which crashed the JVM at exit (its global state torn down under the loading thread).
 */
final class ModelLoad {

    private static final Logger LOG = LoggerFactory.getLogger(ModelLoad.class);

    private final Thread thread;

    private ModelLoad(Thread thread) {
        this.thread = thread;
    }

    /** Starts loading the embedder's model (its first vector) on the thread {@code studybot-model-load}. */
    static ModelLoad start(PassageEmbedder embedder) {
        return new ModelLoad(Thread.ofPlatform().name("studybot-model-load").daemon(true).start(() -> {
            try {
                embedder.embed("学习");
            } catch (RuntimeException e) {
                LOG.warn("the embedding model could not be loaded: {}", e.toString());
            }
        }));
    }

    /** Waits at most {@code limit} for the load to end; true when it has. */
    boolean awaitEnd(Duration limit) {
        try {
            return thread.join(limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !thread.isAlive();
        }
    }
}
