package dev.studybot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.search.IndexFolder;
import dev.studybot.search.LuceneSearchEngine;
import dev.studybot.search.SearchScope;
import dev.studybot.search.eval.EvalReport;
import dev.studybot.search.eval.EvalRun;
import dev.studybot.search.eval.QaRow;
import dev.studybot.search.eval.QaSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code studybot eval FILE}: answer quality on a question set, beside plain Lucene baselines. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Recall@1, Recall@3, MRR and off-topic abstention on a question set (dev_qa.tsv format), "
                + "beside plain Lucene (StandardAnalyzer, smartcn, CJK bigrams) over the same passages.")
final class EvalCli extends Subcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "category<TAB>question<TAB>gold keys (| separated, - for off-topic).")
    Path file;

    @Option(names = "--json", description = "One JSON object instead of the table.")
    boolean json;

    @Option(names = "--misses", description = "Also list the questions the system missed at rank 1.")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        List<QaRow> rows = QaSet.read(file);
        Config config = config();
        DocumentLibrary library = libraryOptions.load(config);
        SearchScope scope = libraryOptions.scope(library);
        PrintWriter out = out();
        try (DataFolderLock lock = DataFolderLock.acquire(config.dataFolder());
             LuceneSearchEngine engine = LuceneSearchEngine.open(library,
                IndexFolder.at(config.dataFolder().resolve("index")), config.embedder())) {
            EvalReport report = new EvalRun().run(rows, engine, engine.catalog().passages(), scope);
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(report));
            } else {
                out.print(report.table(misses));
            }
        }
        out.flush();
        return 0;
    }
}
