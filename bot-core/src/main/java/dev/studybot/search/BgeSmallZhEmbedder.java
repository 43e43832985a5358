package dev.studybot.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * bge-small-zh-v1.5 (quantized, 512 dimensions), shipped inside its Maven package and run in process by ONNX
 * Runtime: no network, no files to install. The model loads once per process (about a second); a short question
 * then takes a few milliseconds, a passage about ten on two cores.
 */
public final class BgeSmallZhEmbedder implements PassageEmbedder {

    private final EmbeddingModel model = new BgeSmallZhV15QuantizedEmbeddingModel();

    @Override
    public String model() {
        return "bge-small-zh-v1.5-q";
    }

    @Override
    public float[] embed(String text) {
        // The model already returns unit-length vectors (CLS pooling, normalised).
        return model.embed(text).content().vector();
    }
}
