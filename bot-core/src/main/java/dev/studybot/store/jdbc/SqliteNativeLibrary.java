package dev.studybot.store.jdbc;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library kept in the data folder, so that sqlite-jdbc loads it from there
 * ({@code org.sqlite.lib.path} and {@code org.sqlite.lib.name}) instead of unpacking it at every start: it writes
 * the 1.1 MB into the temporary folder under a new name, reads it back byte by byte to compare, and lists the
 * temporary folder to clean up older copies, each time through a second opening of the jar (tenths of a second of
 * the database's opening, which the first answer waits for).
 *
 * <p>The kept file is used only when its size and CRC-32 are those of the jar's entry (read from the jar's
 * directory, not its bytes); otherwise it is unpacked again, written whole under a temporary name and then moved
 * into place. Anything that goes wrong leaves sqlite-jdbc to its own way, as do properties already set.
 */
final class SqliteNativeLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /** Points sqlite-jdbc at the library kept in {@code folder} (made or mended first); once per process. */
    static synchronized void useKeptIn(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
            return;
        }
        try {
            keep(folder).ifPresent(file -> {
                System.setProperty(NAME_PROPERTY, file.getFileName().toString());
                System.setProperty(PATH_PROPERTY, file.getParent().toAbsolutePath().toString());
            });
        } catch (IOException | RuntimeException e) {
            LOG.debug("SQLite's native library is not kept in {}: {}", folder, e.toString());
        }
    }

    /** The kept library, up to date with the jar's; empty when the jar has none for this platform. */
    static Optional<Path> keep(Path folder) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath().substring(1) + "/" + name;
        URL url = SQLiteJDBCLoader.class.getClassLoader().getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return Optional.empty();
        }
        // Cached by the JDK: the jar the bundled documents are read from, its directory read once.
        JarEntry entry = jar.getJarEntry();
        if (entry.getSize() < 0 || entry.getCrc() < 0) {
            return Optional.empty();
        }
        Path file = folder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + name);
        if (matches(file, entry.getSize(), entry.getCrc())) {
            return Optional.of(file);
        }
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, name, ".part");
        try {
            try (InputStream in = jar.getJarFile().getInputStream(entry)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!matches(partial, entry.getSize(), entry.getCrc())) {
                throw new IOException("the unpacked library does not match the jar's");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        LOG.debug("SQLite's native library unpacked to {}", file);
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
