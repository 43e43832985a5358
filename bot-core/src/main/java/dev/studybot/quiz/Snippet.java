package dev.studybot.quiz;

/**
 * A piece of a sentence around a span, cut at clause boundaries so it reads naturally, with … where it was cut.
 *
 * @param sentence the whole sentence
 * @param from     start of the piece
 * @param to       end of the piece
 */
record Snippet(String sentence, int from, int to) {

    private static final String CLAUSE_ENDS = "，；：。！？,;:!?";

    /** The clauses around {@code [start, end)}, growing while they fit in {@code max} characters. */
    static Snippet around(String sentence, int start, int end, int max) {
        int from = start;
        while (from > 0 && CLAUSE_ENDS.indexOf(sentence.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < sentence.length() && CLAUSE_ENDS.indexOf(sentence.charAt(to)) < 0) {
            to++;
        }
        if (to < sentence.length()) {
            to++;
        }
        if (to - from > max) {
            int room = Math.max(0, max - (end - start));
            from = Math.max(from, start - room / 2);
            to = Math.min(to, end + (room - (start - from)));
            return new Snippet(sentence, from, to);
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            int left = from - 1;
            while (left > 0 && CLAUSE_ENDS.indexOf(sentence.charAt(left - 1)) < 0) {
                left--;
            }
            if (from > 0 && to - left <= max) {
                from = Math.max(0, left);
                grew = true;
            }
            int right = to;
            while (right < sentence.length() && CLAUSE_ENDS.indexOf(sentence.charAt(right)) < 0) {
                right++;
            }
            if (right < sentence.length()) {
                right++;
            }
            if (to < sentence.length() && right - from <= max) {
                to = right;
                grew = true;
            }
        }
        return new Snippet(sentence, from, to);
    }

    /** The piece with {@code replacement} in place of {@code [start, end)}, and … where the sentence was cut. */
    String with(int start, int end, String replacement) {
        return prefix() + sentence.substring(from, start) + replacement + sentence.substring(end, to) + suffix();
    }

    /** The piece as it is. */
    String text() {
        return prefix() + sentence.substring(from, to) + suffix();
    }

    private String prefix() {
        return from > 0 ? "…" : "";
    }

    private String suffix() {
        return to < sentence.length() ? "…" : "";
    }
}
