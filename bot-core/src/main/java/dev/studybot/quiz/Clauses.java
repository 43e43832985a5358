package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence cut into clauses at its commas, semicolons and colons (never inside quotes, titles or brackets), and
 * the units a question never cuts: a parallel run (坚持一手抓科技创新，一手抓科技成果转化; 在翠云廊对…，在三星堆对…)
 * and a clause group opened by a word that leads into what follows (对于…，推动…；).
 */
final class Clauses {

    private static final String ENDS = "，；：。！？";
    /** Openings of a clause group that leads into the rest of the sentence (对于我们…，…；对于…). */
    static final List<String> DANGLING = List.of("对于", "为了", "随着", "通过", "由于", "鉴于");
    /** Prepositions a run of parallel clauses opens with (在翠云廊对…，在三星堆对…). */
    private static final String PARALLEL_OPENERS = "在对以把向为从与";

    private final String text;
    private final List<Clause> clauses;

    private Clauses(String text, List<Clause> clauses) {
        this.text = text;
        this.clauses = clauses;
    }

    /** The clauses of a sentence. */
    static Clauses of(String text) {
        List<Clause> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '《' || c == '（' || c == '(') {
                depth++;
            } else if ((c == '”' || c == '》' || c == '）' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0 && ENDS.indexOf(c) >= 0) {
                out.add(new Clause(start, i, c));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(new Clause(start, text.length(), '\0'));
        }
        return new Clauses(text, List.copyOf(out));
    }

    /** The clauses in order. */
    List<Clause> all() {
        return clauses;
    }

    int size() {
        return clauses.size();
    }

    Clause get(int i) {
        return clauses.get(i);
    }

    /** The text of a clause, without its punctuation. */
    String text(int i) {
        Clause c = clauses.get(i);
        return text.substring(c.start(), c.end());
    }

    /** The index of the clause holding the offset. */
    int at(int offset) {
        for (int i = 0; i < clauses.size(); i++) {
            if (offset < clauses.get(i).end() || i == clauses.size() - 1) {
                return i;
            }
            if (offset == clauses.get(i).end()) {
                return i; // on the punctuation: the clause it closes
            }
        }
        return clauses.size() - 1;
    }

    /** Whether clause {@code i + 1} carries on clause {@code i} in parallel (一手抓…，一手抓…; 在X对…，在Y对…). */
    boolean parallel(int i) {
        if (i < 0 || i + 1 >= clauses.size() || clauses.get(i).delimiter() != '，') {
            return false;
        }
        String a = text(i);
        String b = text(i + 1);
        if (a.length() < 4 || b.length() < 4) {
            return false;
        }
        String opening = b.substring(0, 2);
        if (Words.allHan(opening) && a.indexOf(opening) >= 0 && !Words.FUNCTION.contains(opening)) {
            return true;
        }
        return a.charAt(0) == b.charAt(0) && PARALLEL_OPENERS.indexOf(a.charAt(0)) >= 0
                && Math.max(a.length(), b.length()) <= 2 * Math.min(a.length(), b.length());
    }

    /**
     * The clauses a question about {@code [from, to)} keeps whole: the clauses it spans, with the parallel run they
     * belong to and, inside a group that leads into the rest of the sentence (对于…，…；), the whole group.
     *
     * @return the first and last clause index
     */
    int[] unit(int from, int to) {
        int first = at(from);
        int last = at(Math.max(from, to - 1));
        return widen(first, last);
    }

    /** The unit of clause {@code i} alone. */
    int[] unit(int i) {
        return widen(i, i);
    }

    private int[] widen(int first, int last) {
        boolean changed = true;
        while (changed) {
            changed = false;
            if (parallel(first - 1)) {
                first--;
                changed = true;
            }
            if (parallel(last)) {
                last++;
                changed = true;
            }
            int lead = danglingLead(first);
            if (lead >= 0 && lead < first) {
                first = lead;
                changed = true;
            }
            if (lead >= 0) {
                int end = groupEnd(first);
                if (end > last) {
                    last = end;
                    changed = true;
                }
            }
        }
        return new int[] {first, last};
    }

    /** The clause opening the leading group (对于…) that clause {@code i} belongs to, or -1. */
    private int danglingLead(int i) {
        for (int k = i; k >= 0; k--) {
            if (k < i && clauses.get(k).delimiter() == '；') {
                return -1;
            }
            if (opensGroup(k)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether clause {@code k} leads into what follows (对于我们深入贯彻…，). */
    boolean opensGroup(int k) {
        String t = text(k);
        return DANGLING.stream().anyMatch(t::startsWith);
    }

    /** The last clause of the group that clause {@code i} opens: up to its semicolon or the sentence's end. */
    private int groupEnd(int i) {
        for (int k = i; k < clauses.size(); k++) {
            if (clauses.get(k).delimiter() == '；') {
                return k;
            }
            if (k > i && opensGroup(k)) {
                return k - 1;
            }
        }
        return clauses.size() - 1;
    }

    /**
     * A clause: {@code [start, end)} of the sentence, and the punctuation after it ({@code \0} at the very end).
     *
     * @param start     its offset
     * @param end       the offset of its punctuation
     * @param delimiter the punctuation after it
     */
    record Clause(int start, int end, char delimiter) {
    }
}
