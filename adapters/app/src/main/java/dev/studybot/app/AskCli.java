package dev.studybot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.search.Hit;
import dev.studybot.search.IndexFolder;
import dev.studybot.search.LuceneSearchEngine;
import dev.studybot.search.SearchResult;
import dev.studybot.search.SearchScope;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code studybot ask --json}: answers the questions on standard input, one a line, as JSON lines. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer questions read from standard input, one a line.")
final class AskCli extends Subcommand {

    @Option(names = "--json", description = "One JSON object a line (the default is readable text).")
    boolean json;

    @Option(names = "--top", paramLabel = "K", defaultValue = "3", description = "Passages per question (default 3).")
    int top;

    @Override
    public Integer call() throws Exception {
        Config config = config();
        DocumentLibrary library = libraryOptions.load(config);
        SearchScope scope = libraryOptions.scope(library);
        PrintWriter out = out();
        ObjectMapper mapper = new ObjectMapper();
        try (DataFolderLock lock = DataFolderLock.acquire(config.dataFolder());
             LuceneSearchEngine engine = LuceneSearchEngine.open(library,
                IndexFolder.at(config.dataFolder().resolve("index")), config.embedder());
             BufferedReader in = new BufferedReader(new InputStreamReader(in(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String question = line.strip();
                if (question.isEmpty()) {
                    continue;
                }
                SearchResult result = engine.search(question, scope, Math.max(1, top));
                List<PassageLine> passages = result.hits().stream().map(PassageLine::of).toList();
                if (json) {
                    out.println(mapper.writeValueAsString(new AnswerLine(question, result.answered(), passages)));
                } else {
                    out.println(question + (result.answered() ? "" : "  (not answered)"));
                    passages.forEach(p -> out.printf("  %.2f %s #%d %s%n", p.score(), p.doc(), p.paragraph(), p.text()));
                }
                out.flush();
            }
        }
        return 0;
    }

    /** One question's answer, as the evaluation reads it. */
    record AnswerLine(String question, boolean answered, List<PassageLine> passages) {
    }

    /** One passage of an answer. */
    record PassageLine(String doc, String title, int paragraph, String text, double score) {
        static PassageLine of(Hit hit) {
            return new PassageLine(hit.passage().docId(), hit.title(), hit.passage().paragraph(),
                    hit.passage().text(), Math.round(hit.score() * 1000) / 1000.0);
        }
    }
}
