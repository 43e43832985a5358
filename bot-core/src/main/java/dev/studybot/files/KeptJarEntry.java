package dev.studybot.files;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * A copy of one jar entry kept as a file, used as long as its size and CRC-32 are those of the entry (read from the
 * jar's directory, not from its bytes) and otherwise unpacked again: written whole under a temporary name in the
 * same folder, checked, then moved into place. A process that already mapped the old file keeps it; the move only
 * replaces the name.
 */
public final class KeptJarEntry {

    private KeptJarEntry() {
    }

    /**
     * {@code file}, up to date with {@code resource} as {@code loader} finds it; empty when the resource is missing
     * or is not an entry of a jar whose directory gives its size and CRC (a class folder in development).
     */
    public static Optional<Path> keep(ClassLoader loader, String resource, Path file) throws IOException {
        URL url = loader.getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return Optional.empty();
        }
        // Cached by the JDK: the jar's directory is read once per process.
        JarEntry entry = jar.getJarEntry();
        if (entry.getSize() < 0 || entry.getCrc() < 0) {
            return Optional.empty();
        }
        if (matches(file, entry.getSize(), entry.getCrc())) {
            return Optional.of(file);
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".part");
        try {
            try (InputStream in = jar.getJarFile().getInputStream(entry)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!matches(partial, entry.getSize(), entry.getCrc())) {
                throw new IOException("the unpacked " + resource + " does not match the jar's");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return Optional.of(file);
    }

    private static boolean matches(Path file, long size, long crc) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != size) {
            return false;
        }
        CRC32 checksum = new CRC32();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                checksum.update(buffer);
                buffer.clear();
            }
        }
        return checksum.getValue() == crc;
    }
}
