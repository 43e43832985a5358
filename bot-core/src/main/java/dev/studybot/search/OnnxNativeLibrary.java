package dev.studybot.search;

import dev.studybot.files.KeptJarEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ONNX Runtime's two native libraries kept in the model's cache folder, so that ONNX Runtime loads them from there
 * ({@code onnxruntime.native.path}) instead of unpacking 16.6 MB into a new temporary folder at every start. Version
 * 1.20 marks that folder for deletion on exit before its files (the JDK deletes in reverse order, so the folder is
 * still full when its turn comes), which left one empty {@code /tmp/onnxruntime-java*} folder per start, and the
 * libraries themselves when the process was killed.
 *
 * <p>Both libraries are kept, each matching the jar's entry ({@link KeptJarEntry}), or the property is not set and
 * ONNX Runtime goes its own way; so it does when the property is already set or the jar has no library for this
 * platform.
 */
final class OnnxNativeLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(OnnxNativeLibrary.class);
    static final String PATH_PROPERTY = "onnxruntime.native.path";
    /** The libraries ONNX Runtime's Java binding loads, in its order. */
    private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

    private OnnxNativeLibrary() {
    }

    /** Points ONNX Runtime at the libraries kept in {@code cacheFolder} (made or mended first); once per process. */
    static synchronized void useKeptIn(Path cacheFolder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        try {
            keep(cacheFolder).ifPresent(folder -> System.setProperty(PATH_PROPERTY, folder.toAbsolutePath().toString()));
        } catch (IOException | RuntimeException e) {
            LOG.debug("ONNX Runtime's native libraries are not kept in {}: {}", cacheFolder, e.toString());
        }
    }

    /** The folder holding both kept libraries, up to date with the jar's; empty when the jar lacks one of them. */
    static Optional<Path> keep(Path cacheFolder) throws IOException {
        Optional<String> platform = platform();
        if (platform.isEmpty()) {
            return Optional.empty();
        }
        Path folder = cacheFolder.resolve("onnxruntime-" + platform.get());
        ClassLoader loader = OnnxNativeLibrary.class.getClassLoader();
        for (String library : LIBRARIES) {
            String name = System.mapLibraryName(library).replace("jnilib", "dylib");
            String resource = "ai/onnxruntime/native/" + platform.get() + "/" + name;
            if (KeptJarEntry.keep(loader, resource, folder.resolve(name)).isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(folder);
    }

    /** The platform folder of ONNX Runtime's jar ({@code linux-x64}, {@code osx-aarch64}, …), as it names them. */
    static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") || os.contains("darwin") ? "osx"
                : os.contains("win") ? "win" : os.contains("nux") ? "linux" : null;
        String processor = arch.startsWith("amd64") || arch.startsWith("x86_64") ? "x64"
                : arch.startsWith("aarch64") ? "aarch64" : null;
        return system == null || processor == null ? Optional.empty() : Optional.of(system + "-" + processor);
    }
}
