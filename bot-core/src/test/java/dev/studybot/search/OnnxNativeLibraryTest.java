package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ONNX Runtime's native libraries kept in the model's cache folder, byte for byte the jar's. */
class OnnxNativeLibraryTest {

    @TempDir
    Path cacheFolder;

    @Test
    void bothLibrariesAreKeptInOneFolderUnderTheirOwnNames() throws IOException {
        assumeTrue(OnnxNativeLibrary.platform().equals(Optional.of("linux-x64")), "names as on Linux x64");
        Path folder = OnnxNativeLibrary.keep(cacheFolder).orElseThrow();
        assertEquals(cacheFolder.resolve("onnxruntime-linux-x64"), folder);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("libonnxruntime.so", "libonnxruntime4j_jni.so"),
                    files.map(file -> file.getFileName().toString()).sorted().toList());
        }
        for (String name : List.of("libonnxruntime.so", "libonnxruntime4j_jni.so")) {
            try (InputStream in = getClass().getResourceAsStream("/ai/onnxruntime/native/linux-x64/" + name)) {
                assertArrayEquals(in.readAllBytes(), Files.readAllBytes(folder.resolve(name)), name);
            }
        }
    }
}
