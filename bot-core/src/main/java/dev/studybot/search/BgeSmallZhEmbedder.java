package dev.studybot.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.Optional;

/**
 * bge-small-zh-v1.5 (quantized, 512 dimensions), shipped inside its Maven package and run in process by ONNX
 * Runtime: no network, no files to install. The model loads with the first text embedded (about a second), not
 * when this object is made, so a process that never needs it (a {@code /help}, a one-shot command) never pays
 * for it; {@link #load()} loads it ahead of time. A short question then takes a few milliseconds, a passage about
 * ten on two cores.
 *
 * <p>Given a cache folder, the model is kept there as ONNX Runtime optimized it ({@link OptimizedBgeModel}): later
 * starts read it from the file, neither unpacking 24 MB from the jar nor optimizing the graph again; ONNX Runtime's
 * native libraries are kept there too ({@link OnnxNativeLibrary}).
 */
public final class BgeSmallZhEmbedder implements PassageEmbedder {

    private final Optional<Path> cacheFolder;
    private volatile EmbeddingModel model;

    /** The model as its package loads it, from the jar, at every start. */
    public BgeSmallZhEmbedder() {
        this.cacheFolder = Optional.empty();
    }

    /** The model, kept optimized in {@code cacheFolder} (made when missing) from the first start on. */
    public BgeSmallZhEmbedder(Path cacheFolder) {
        this.cacheFolder = Optional.of(cacheFolder);
    }

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
                    loaded = cacheFolder.<EmbeddingModel>map(OptimizedBgeModel::load)
                            .orElseGet(BgeSmallZhV15QuantizedEmbeddingModel::new);
                    model = loaded;
                }
            }
        }
        return loaded;
    }
}
