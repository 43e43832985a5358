package dev.studybot.search;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchProbeTest {
    @Test
    void probe() throws Exception {
        String text = Files.readString(Path.of("/work/shared/seeds/sichuan-committee-2023-07-29.txt"));
        PassageCatalog catalog = PassageCatalog.of(new DocumentLibrary(List.of(
                new DocumentParser().parse("sichuan-committee-2023-07-29.txt", text))));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < catalog.passages().size(); i++) {
            out.append(i).append('\t').append(catalog.passage(i).text().replace('\n', ' ')).append('\n');
        }
        Files.writeString(Path.of("/tmp/probe/passages.tsv"), out);
    }
}
