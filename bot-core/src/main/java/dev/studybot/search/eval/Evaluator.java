package dev.studybot.search.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a {@link Ranker} on a question set. An answerable question is answered at rank k when the k-th passage
 * contains one of its gold keys; an abstention answers nothing. An off-topic question is right when the ranker
 * abstains.
 */
public final class Evaluator {

    /** How deep the reciprocal rank looks. */
    public static final int DEPTH = 10;
    /** The category name grouping the questions nothing answers. */
    public static final String OFF_TOPIC = "offtopic";

    /** The ranker's figures on the questions. */
    public EvalResult evaluate(List<QaRow> rows, Ranker ranker) {
        Map<String, Metrics.Tally> categories = new LinkedHashMap<>();
        Metrics.Tally answerable = new Metrics.Tally();
        Metrics.Tally offTopic = new Metrics.Tally();
        List<EvalResult.Miss> misses = new ArrayList<>();
        for (QaRow row : rows) {
            Ranker.Ranking ranking = ranker.rank(row.question(), DEPTH);
            boolean abstained = !ranking.answered();
            if (row.offTopic()) {
                offTopic.add(0, abstained);
                if (!abstained) {
                    misses.add(new EvalResult.Miss(row, 0, ranking.texts().isEmpty() ? null : ranking.texts().get(0)));
                }
                continue;
            }
            int rank = abstained ? 0 : rankOf(row, ranking.texts());
            categories.computeIfAbsent(row.category(), c -> new Metrics.Tally()).add(rank, abstained);
            answerable.add(rank, abstained);
            if (rank != 1) {
                misses.add(new EvalResult.Miss(row, rank, ranking.texts().isEmpty() ? null : ranking.texts().get(0)));
            }
        }
        Map<String, Metrics> byCategory = new LinkedHashMap<>();
        categories.forEach((name, tally) -> byCategory.put(name, tally.metrics()));
        return new EvalResult(ranker.name(), byCategory, answerable.metrics(), offTopic.metrics(), misses);
    }

    /** The 1-based rank of the first passage containing a gold key, 0 when none does. */
    static int rankOf(QaRow row, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            if (row.answeredBy(texts.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}
