package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model kept optimized in a cache folder gives the very vectors of the model as its package loads it, whether the
 * folder's file is made now, read back, or found broken and made again; loading it opts out of the tokenizer's
 * telemetry unless the operator decided.
 */
class BgeSmallZhEmbedderTest {

    private static final List<String> TEXTS = List.of("会议由谁主持？",
            "省委书记王晓晖主持会议并讲话。", "推动新时代治蜀兴川再上新台阶", "How do I start a quiz?");

    @TempDir
    Path cache;

    @Test
    void theSavedModelGivesTheBundledModelsVectors() throws Exception {
        BgeSmallZhEmbedder bundled = new BgeSmallZhEmbedder();
        BgeSmallZhEmbedder saving = new BgeSmallZhEmbedder(cache);
        assertSameVectors(bundled, saving);
        Path saved = onlyModelFile();
        long size = Files.size(saved);

        assertSameVectors(bundled, new BgeSmallZhEmbedder(cache));
        assertEquals(saved, onlyModelFile(), "read back, not saved again");
        assertEquals(size, Files.size(saved));
    }

    @Test
    void aBrokenSavedModelIsMadeAgain() throws Exception {
        BgeSmallZhEmbedder bundled = new BgeSmallZhEmbedder();
        assertSameVectors(bundled, new BgeSmallZhEmbedder(cache));
        Path saved = onlyModelFile();
        Files.writeString(saved, "not a model", StandardCharsets.UTF_8);

        assertSameVectors(bundled, new BgeSmallZhEmbedder(cache));
        assertTrue(Files.size(onlyModelFile()) > 1_000_000, "the broken file was replaced by the model");
    }

    @Test
    void loadingTheModelOptsOutOfTheTokenizersTelemetry() {
        assumeTrue(System.getenv(BgeSmallZhEmbedder.OPT_OUT_TRACKING) == null, "the environment decides");
        String before = System.clearProperty(BgeSmallZhEmbedder.OPT_OUT_TRACKING);
        try {
            new BgeSmallZhEmbedder().load();
            assertEquals("true", System.getProperty(BgeSmallZhEmbedder.OPT_OUT_TRACKING));
        } finally {
            restore(before);
        }
    }

    @Test
    void anOperatorsOwnTelemetrySettingIsKept() {
        String before = System.setProperty(BgeSmallZhEmbedder.OPT_OUT_TRACKING, "false");
        try {
            BgeSmallZhEmbedder.optOutOfTelemetry();
            assertEquals("false", System.getProperty(BgeSmallZhEmbedder.OPT_OUT_TRACKING));
        } finally {
            restore(before);
        }
    }

    private static void restore(String value) {
        if (value == null) {
            System.clearProperty(BgeSmallZhEmbedder.OPT_OUT_TRACKING);
        } else {
            System.setProperty(BgeSmallZhEmbedder.OPT_OUT_TRACKING, value);
        }
    }

    private static void assertSameVectors(PassageEmbedder expected, PassageEmbedder actual) {
        for (String text : TEXTS) {
            assertArrayEquals(expected.embed(text), actual.embed(text), text);
        }
    }

    private Path onlyModelFile() throws Exception {
        try (Stream<Path> files = Files.list(cache)) {
            // Beside it: the folder of ONNX Runtime's native libraries (OnnxNativeLibraryTest).
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertEquals(1, all.size(), "one file, no partial one left: " + all);
            assertTrue(all.get(0).getFileName().toString().endsWith(".onnx"));
            return all.get(0);
        }
    }
}
