package dev.studybot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code studybot docs --json}: the documents, one a line. */
@Command(name = "docs", mixinStandardHelpOptions = true, description = "List the documents.")
final class DocsCli extends Subcommand {

    @Option(names = "--json", description = "One JSON object a line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DocumentLibrary library = library();
        PrintWriter out = out();
        ObjectMapper mapper = new ObjectMapper();
        for (Document document : library.documents()) {
            DocLine line = new DocLine(document.id(), document.title(), String.join(" ", document.subtitle()),
                    document.paragraphs().size(), document.characters());
            out.println(json ? mapper.writeValueAsString(line)
                    : String.format("%-28s %5d paragraphs %8d characters  %s", line.id(), line.paragraphs(),
                    line.characters(), document.fullTitle()));
        }
        out.flush();
        return 0;
    }

    /** One document, as listed ({@code subtitle} empty when it has none). */
    record DocLine(String id, String title, String subtitle, int paragraphs, int characters) {
    }
}
