package dev.studybot.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The search's bundled word lists ({@code search/countries.txt}, {@code search/regions.txt},
 * {@code search/opposites.txt}, {@code search/anchors.txt}): UTF-8 text, one entry a line, blank lines and lines starting with {@code #} left out.
 */
final class WordLists {

    private WordLists() {
    }

    /** The entries of a list on the class path, by its absolute resource name ({@code /search/countries.txt}). */
    static List<String> lines(String resource) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
