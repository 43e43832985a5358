package dev.studybot.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IIOAdapter;
import java.io.FileNotFoundException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where HanLP keeps the caches it makes of its dictionaries. The portable HanLP reads its dictionaries from the jar,
 * where it cannot write, so those that ship without a cache (the traditional-to-simplified table, a tenth to a
 * quarter of a second to build) were built again at every start. With this adapter, HanLP's paths of those
 * dictionaries point into a folder: their texts still come from the jar, and the caches HanLP writes beside them
 * (each written whole, then moved into place) are read back on the next start. Every other path goes to HanLP's own
 * adapter, as before.
 */
final class HanlpCacheFolder implements IIOAdapter {

    /** The class-path folder of HanLP's traditional/simplified dictionaries. */
    static final String TRADITIONAL_ROOT = "data/dictionary/tc/";

    private final Path folder;
    private final String prefix;
    private final IIOAdapter hanlps;

    /** An adapter over {@code folder} (absolute) that leaves every other path to {@code hanlps}. */
    HanlpCacheFolder(Path folder, IIOAdapter hanlps) {
        this.folder = folder;
        this.prefix = folder + "/";
        this.hanlps = hanlps;
    }

    /**
     * Points HanLP's traditional/simplified dictionaries into {@code folder} (HanLP's configuration is its own
     * global; the first folder stays for the process). To take effect it must come before HanLP first converts a
     * text.
     */
    static synchronized void use(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!(HanLP.Config.IOAdapter instanceof HanlpCacheFolder)) {
            HanLP.Config.IOAdapter = new HanlpCacheFolder(absolute, HanLP.Config.IOAdapter);
        }
        HanlpCacheFolder adapter = (HanlpCacheFolder) HanLP.Config.IOAdapter;
        HanLP.Config.tcDictionaryRoot = adapter.root();
    }

    /** The path HanLP is given for the traditional/simplified dictionaries. */
    String root() {
        return prefix + TRADITIONAL_ROOT;
    }

    @Override
    public InputStream open(String path) throws IOException {
        if (!path.startsWith(prefix)) {
            return hanlps.open(path);
        }
        String relative = path.substring(prefix.length());
        Path cached = folder.resolve(relative);
        if (Files.isRegularFile(cached)) {
            return Files.newInputStream(cached);
        }
        InputStream bundled = HanlpCacheFolder.class.getClassLoader().getResourceAsStream(relative);
        if (bundled == null) {
            throw new FileNotFoundException(path); // a cache not made yet: HanLP then builds it from the text
        }
        return bundled;
    }

    @Override
    public OutputStream create(String path) throws IOException {
        if (!path.startsWith(prefix)) {
            return hanlps.create(path);
        }
        Path target = folder.resolve(path.substring(prefix.length()));
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
        return new FilterOutputStream(Files.newOutputStream(partial)) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                try {
                    super.close();
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
        };
    }
}
