package dev.studybot.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * bge-small-zh-v1.5 (quantized, 512 dimensions), shipped inside its Maven package and run in process by ONNX
 * Runtime: no network, no files to install. The model loads with the first text embedded (about a second), not
 * when this object is made, so a process that never needs it (a {@code /help}, a one-shot command) never pays
 * for it; {@link #load()} loads it ahead of time. A short question then takes a few milliseconds, a passage about
 * ten on two cores.
 */
public final class BgeSmallZhEmbedder implements PassageEmbedder {

    private volatile EmbeddingModel model;

    @Override
    public String model() {
        return "bge-small-zh-v1.5-q";
    }

    @Override
    public float[] embed(String text) {
        // The model already returns unit-length vectors (CLS pooling, normalised).
        return load().embed(text).content().vector();
    }

    /** The model, loaded on the first call (by one thread; others wait for it). */
    public EmbeddingModel load() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = new BgeSmallZhV15QuantizedEmbeddingModel();
                    model = loaded;
                }
            }
        }
        return loaded;
    }
}
