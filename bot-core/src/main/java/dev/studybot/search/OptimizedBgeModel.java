package dev.studybot.search;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bge-small-zh-v1.5 package's model and tokenizer, with an ONNX Runtime session made here rather than by the
 * package: the first start saves the graph as ONNX Runtime optimized it into a cache folder, later starts read that
 * file with no further optimization. Unpacking the 24 MB model from the jar and optimizing it took about half a
 * second of each start. The package's own class does the rest (tokenizer, CLS pooling, normalising), so the vectors
 * are those of {@code BgeSmallZhV15QuantizedEmbeddingModel}.
 *
 * <p>The graph is saved at the extended level, the highest whose result does not depend on the processor (the
 * package's default, all optimizations, adds layout changes for convolutions, which this model has none of). The
 * file's name holds ONNX Runtime's version and the bundled model's checksum: a new version of either makes a new file.
 * A cache folder that cannot be written, or a saved file ONNX Runtime refuses, falls back to the bundled model.
 */
final class OptimizedBgeModel extends AbstractInProcessEmbeddingModel {

    private static final Logger LOG = LoggerFactory.getLogger(OptimizedBgeModel.class);
    static final String MODEL = "bge-small-zh-v1.5-q.onnx";
    static final String TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";
    private static final int DIMENSION = 512;

    private final OnnxBertBiEncoder encoder;
    /** Held for the session's life: the session was made with them. */
    private final SessionOptions options;

    private OptimizedBgeModel(OnnxBertBiEncoder encoder, SessionOptions options) {
        super(null); // as the package's class: one text at a time on the caller's thread
        this.encoder = encoder;
        this.options = options;
    }

    /** The model, its optimized graph read from (or first saved into) {@code cacheFolder}. */
    static OptimizedBgeModel load(Path cacheFolder) {
        OnnxNativeLibrary.useKeptIn(cacheFolder);
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            SessionOptions options = new SessionOptions();
            OrtSession session = session(environment, options, cacheFolder);
            try (InputStream tokenizer = resource(TOKENIZER)) {
                return new OptimizedBgeModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS),
                        options);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model", e);
        }
    }

    /** The saved file's name: the model's checksum and ONNX Runtime's version. */
    static String savedName(OrtEnvironment environment) throws IOException {
        return "bge-small-zh-v1.5-q-" + checksum() + "-ort" + environment.getVersion() + ".onnx";
    }

    private static OrtSession session(OrtEnvironment environment, SessionOptions options, Path cacheFolder)
            throws OrtException, IOException {
        Path saved = cacheFolder.resolve(savedName(environment));
        if (Files.isRegularFile(saved)) {
            try {
                options.setOptimizationLevel(OptLevel.NO_OPT); // optimized when it was saved
                return environment.createSession(saved.toString(), options);
            } catch (OrtException e) {
                LOG.warn("the saved embedding model {} cannot be read ({}); it is made again", saved, e.getMessage());
                Files.deleteIfExists(saved);
            }
        }
        byte[] model;
        try (InputStream in = resource(MODEL)) {
            model = in.readAllBytes();
        }
        options.setOptimizationLevel(OptLevel.EXTENDED_OPT);
        Path partial;
        try {
            Files.createDirectories(cacheFolder);
            partial = Files.createTempFile(cacheFolder, "bge-small-zh", ".partial");
        } catch (IOException e) {
            LOG.info("the embedding model is not kept in {} ({}): it loads from the jar at every start", cacheFolder,
                    e.toString());
            return environment.createSession(model, options);
        }
        try {
            options.setOptimizedModelFilePath(partial.toString());
            OrtSession session = environment.createSession(model, options);
            Files.move(partial, saved, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return session;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The bundled model's CRC in the jar (read from the jar's directory, not from the 24 MB), or its size. */
    private static String checksum() throws IOException {
        URL url = OptimizedBgeModel.class.getClassLoader().getResource(MODEL);
        if (url == null) {
            throw new IOException(MODEL + " is missing from the class path");
        }
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar && jar.getJarEntry().getCrc() >= 0) {
            return Long.toHexString(jar.getJarEntry().getCrc());
        }
        return "size" + connection.getContentLengthLong();
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = OptimizedBgeModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the class path");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
