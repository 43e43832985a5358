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
 *
 * <p>The package's tokenizer (DJL) would report the machine to its makers when first loaded (a request to the cloud
 * instance metadata address, 169.254.169.254): loading opts out of it ({@value #OPT_OUT_TRACKING}), unless the
 * operator has set the switch either way.
 */
public final class BgeSmallZhEmbedder implements PassageEmbedder {

    /** DJL's telemetry switch, read from the environment or from a system property of this name. */
    static final String OPT_OUT_TRACKING = "OPT_OUT_TRACKING";

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
                    optOutOfTelemetry();
                    loaded = cacheFolder.<EmbeddingModel>map(OptimizedBgeModel::load)
                            .orElseGet(BgeSmallZhV15QuantizedEmbeddingModel::new);
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    /** Keeps the tokenizer from calling home, where neither the environment nor a property already decides. */
    static void optOutOfTelemetry() {
        if (System.getenv(OPT_OUT_TRACKING) == null && System.getProperty(OPT_OUT_TRACKING) == null) {
            System.setProperty(OPT_OUT_TRACKING, "true");
        }
    }
}
