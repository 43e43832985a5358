package dev.studybot.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Chinese (and mixed) text into whole sentences: a sentence ends at 。！？ or … (and at ! ? ; outside
 * numbers), together with any closing quotes or brackets that follow. Joined, the sentences give the input back.
 */
public final class SentenceSplitter {

    private static final String ENDS = "。！？!?";
    private static final String CLOSERS = "”’」』）》)\"'";

    /** The sentences of {@code text}, none empty, none starting with a closing mark. */
    public List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            boolean end = ENDS.indexOf(c) >= 0 || (c == '…' && i + 1 < n && text.charAt(i + 1) == '…');
            if (!end) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && (ENDS.indexOf(text.charAt(j)) >= 0 || text.charAt(j) == '…'
                    || CLOSERS.indexOf(text.charAt(j)) >= 0)) {
                j++;
            }
            add(sentences, text.substring(start, j));
            start = j;
            i = j;
        }
        if (start < n) {
            add(sentences, text.substring(start));
        }
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        if (!sentence.isBlank()) {
            sentences.add(sentence);
        }
    }
}
