package dev.studybot.search.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a question set: one question a line, {@code category<TAB>question<TAB>gold keys}, keys separated by
 * {@code |}, {@code -} for a question nothing answers; lines starting with {@code #} and blank lines are skipped.
 */
public final class QaSet {

    private QaSet() {
    }

    /** The questions of a file. */
    public static List<QaRow> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The questions of a text in the set format. */
    public static List<QaRow> parse(String text) {
        List<QaRow> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line : text.split("\r?\n")) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 3) {
                throw new IllegalArgumentException("line " + lineNumber
                        + ": expected category<TAB>question<TAB>gold keys, got: " + line);
            }
            String keys = columns[2].strip();
            List<String> gold = keys.equals("-") ? List.of()
                    : Arrays.stream(keys.split("\\|")).map(String::strip).filter(k -> !k.isEmpty()).toList();
            rows.add(new QaRow(columns[0], columns[1].strip(), gold));
        }
        return rows;
    }
}
