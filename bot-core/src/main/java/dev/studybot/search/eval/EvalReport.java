package dev.studybot.search.eval;

import dev.studybot.document.Passage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The system and the baselines on one question set, side by side, plus the questions whose gold keys no passage
 * in scope contains (they cannot be answered by anyone: usually a question set about another document).
 *
 * @param questions   how many questions the set has
 * @param passages    how many passages were searched
 * @param results     the system first, then the baselines
 * @param unreachable answerable questions no passage in scope answers
 */
public record EvalReport(int questions, int passages, List<EvalResult> results, List<QaRow> unreachable) {

    public EvalReport {
        results = List.copyOf(results);
        unreachable = List.copyOf(unreachable);
    }

    /** The answerable questions whose gold keys appear in none of the passages. */
    public static List<QaRow> unreachable(List<QaRow> rows, List<Passage> passages) {
        List<QaRow> out = new ArrayList<>();
        for (QaRow row : rows) {
            if (!row.offTopic() && passages.stream().noneMatch(p -> row.answeredBy(p.text()))) {
                out.add(row);
            }
        }
        return out;
    }

    /** A readable table: one line per category and ranker, then the off-topic abstentions. */
    public String table(boolean withMisses) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d questions, %d passages%n", questions, passages));
        out.append(String.format(Locale.ROOT, "%-12s %4s  %-16s %6s %6s %6s %9s%n",
                "category", "n", "ranker", "R@1", "R@3", "MRR", "abstained"));
        Set<String> categories = new LinkedHashSet<>();
        results.forEach(r -> categories.addAll(r.byCategory().keySet()));
        for (String category : categories) {
            for (EvalResult result : results) {
                Metrics m = result.byCategory().get(category);
                if (m != null) {
                    row(out, category, result.ranker(), m);
                }
            }
        }
        for (EvalResult result : results) {
            row(out, "ALL", result.ranker(), result.answerable());
        }
        for (EvalResult result : results) {
            Metrics off = result.offTopic();
            if (off.questions() > 0) {
                out.append(String.format(Locale.ROOT, "%-12s %4d  %-16s abstained %d/%d (%.3f)%n", Evaluator.OFF_TOPIC,
                        off.questions(), result.ranker(), off.abstained(), off.questions(), off.abstention()));
            }
        }
        if (!unreachable.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%d answerable questions have gold keys no passage in scope "
                    + "contains (missed by every ranker)%n", unreachable.size()));
        }
        if (withMisses && !results.isEmpty()) {
            out.append("misses of ").append(results.get(0).ranker()).append(":\n");
            for (EvalResult.Miss miss : results.get(0).misses()) {
                out.append(String.format(Locale.ROOT, "  [%s] %s  %s%n    gold: %s%n    got:  %s%n",
                        miss.row().category(), miss.row().question(),
                        miss.row().offTopic() ? "answered" : "rank=" + miss.rank(),
                        String.join(" | ", miss.row().goldKeys()), miss.first()));
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String category, String ranker, Metrics m) {
        out.append(String.format(Locale.ROOT, "%-12s %4d  %-16s %6.3f %6.3f %6.3f %9d%n",
                category, m.questions(), ranker, m.recallAt1(), m.recallAt3(), m.mrr(), m.abstained()));
    }
}
