package dev.studybot.search.eval;

import dev.studybot.document.Passage;
import dev.studybot.search.PassageSearch;
import dev.studybot.search.SearchScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Runs a question set through the system and every plain Lucene baseline over the same passages. */
public final class EvalRun {

    private final Evaluator evaluator = new Evaluator();

    /**
     * Scores the system and the baselines.
     *
     * @param rows     the questions
     * @param system   the system's search
     * @param passages every passage the system indexes (baselines index the same)
     * @param scope    the documents searched
     */
    public EvalReport run(List<QaRow> rows, PassageSearch system, List<Passage> passages, SearchScope scope) {
        List<EvalResult> results = new ArrayList<>();
        results.add(evaluator.evaluate(rows, new EngineRanker(system, scope)));
        for (BaselineKind kind : BaselineKind.values()) {
            try (PlainLuceneBaseline baseline = PlainLuceneBaseline.build(kind, passages, scope)) {
                results.add(evaluator.evaluate(rows, baseline));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Passage> inScope = passages.stream().filter(p -> scope.includes(p.docId())).toList();
        return new EvalReport(rows.size(), inScope.size(), results, EvalReport.unreachable(rows, inScope));
    }
}
