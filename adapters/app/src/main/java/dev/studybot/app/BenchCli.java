package dev.studybot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.search.eval.BenchResult;
import dev.studybot.search.eval.Benchmark;
import dev.studybot.search.eval.QaRow;
import dev.studybot.search.eval.QaSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code studybot bench}: index and query timings and heap, beside plain Lucene on the same passages. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Index build, query median/p99 and heap of the search, beside plain Lucene (StandardAnalyzer) "
                + "on the same passages in the same run; and start to first answer of the console chat.")
final class BenchCli extends Subcommand {

    @Option(names = "--json", description = "One JSON object instead of the table.")
    boolean json;

    @Option(names = "--questions", paramLabel = "FILE",
            description = "A question set (dev_qa.tsv format) whose questions are timed too (repeatable).")
    List<Path> questionSets = new ArrayList<>();

    @Option(names = "--generated", paramLabel = "N", defaultValue = "500",
            description = "Queries generated from random passages (default 500).")
    int generated;

    @Option(names = "--seed", defaultValue = "20250305", description = "Seed of the generated queries.")
    long seed;

    @Option(names = "--startup-runs", paramLabel = "N", defaultValue = "3",
            description = "Console chats started to time start to first answer with the index built (default 3; "
                    + "0 leaves it out).")
    int startupRuns;

    @Override
    public Integer call() throws Exception {
        List<String> questions = new ArrayList<>();
        for (Path file : questionSets) {
            QaSet.read(file).stream().map(QaRow::question).forEach(questions::add);
        }
        DocumentLibrary library = library();
        BenchResult result = new Benchmark(new Random(seed), config().embedder())
                .run(library, questions, Math.max(0, generated));
        PrintWriter out = out();
        Optional<StartupProbe.Result> startup = startupRuns > 0
                ? Optional.of(new StartupProbe(System.getenv()).measure(startupRuns)) : Optional.empty();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode node = mapper.valueToTree(result);
            startup.ifPresent(s -> node.set("startToFirstAnswer", mapper.valueToTree(s)));
            out.println(mapper.writeValueAsString(node));
        } else {
            out.print(result.table());
            startup.ifPresent(s -> out.print(s.line()));
        }
        out.flush();
        return 0;
    }
}
