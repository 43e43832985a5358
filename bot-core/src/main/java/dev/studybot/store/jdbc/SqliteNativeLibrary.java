package dev.studybot.store.jdbc;

import dev.studybot.files.KeptJarEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
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
 * <p>The kept file is used only when it matches the jar's entry ({@link KeptJarEntry}); anything that goes wrong
 * leaves sqlite-jdbc to its own way, as do properties already set.
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
        Optional<Path> kept = KeptJarEntry.keep(SQLiteJDBCLoader.class.getClassLoader(), resource,
                folder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + name));
        kept.ifPresent(file -> LOG.debug("SQLite's native library kept in {}", file));
        return kept;
    }
}
