package dev.studybot.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a document into passages for answers: each passage is one whole sentence (a short one joined to its
 * neighbour, see {@link #mergeShort}); a sentence longer than
 * {@link #MAX_CHARS} is cut at its clause marks (；, then ，、：) so that no piece is longer and none starts
 * with punctuation.
 */
public final class PassageSplitter {

    /** The longest passage an answer shows. */
    public static final int MAX_CHARS = 300;
    /** A sentence shorter than this is joined to its neighbour. */
    public static final int MIN_CHARS = 40;

    private static final String[] CUT_MARKS = {"；;", "，,：:", "、"};

    /**
     * The document's subtitle as one passage, numbered paragraph {@value Passage#HEADLINE} (it stands above the
     * body), so a question about its slogans finds it; none when the document has no subtitle.
     */
    public Optional<Passage> headline(Document document) {
        if (document.subtitle().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Passage(document.id(), Passage.HEADLINE, 0, String.join(" ", document.subtitle())));
    }

    /** All passages of the document's body, in reading order. */
    public List<Passage> passages(Document document) {
        List<Passage> passages = new ArrayList<>();
        for (Paragraph paragraph : document.paragraphs()) {
            List<String> texts = new ArrayList<>();
            for (String sentence : paragraph.sentences()) {
                for (String piece : pieces(sentence.strip(), 0)) {
                    String text = stripLeadingPunctuation(piece);
                    if (!text.isEmpty()) {
                        texts.add(text);
                    }
                }
            }
            int ordinal = 0;
            for (String text : mergeShort(texts)) {
                passages.add(new Passage(document.id(), paragraph.number(), ordinal++, text));
            }
        }
        return passages;
    }

    /**
     * Joins a sentence shorter than {@link #MIN_CHARS} to the next one of its paragraph (the last to the one
     * before), as long as the result fits: a short sentence ("就业是最基本的民生。") says little alone, and alone
     * it would win on length normalisation over the sentence that explains it.
     */
    static List<String> mergeShort(List<String> sentences) {
        List<String> merged = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String sentence : sentences) {
            if (pending.length() > 0 && pending.length() + sentence.length() > MAX_CHARS) {
                merged.add(pending.toString());
                pending.setLength(0);
            }
            pending.append(sentence);
            if (pending.length() >= MIN_CHARS) {
                merged.add(pending.toString());
                pending.setLength(0);
            }
        }
        if (pending.length() > 0) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).length() + pending.length() <= MAX_CHARS) {
                merged.set(last, merged.get(last) + pending);
            } else {
                merged.add(pending.toString());
            }
        }
        return merged;
    }

    /** Splits text longer than the limit at the coarsest clause marks that exist, recursively. */
    static List<String> pieces(String text, int level) {
        if (text.length() <= MAX_CHARS) {
            return List.of(text);
        }
        if (level >= CUT_MARKS.length) {
            List<String> hard = new ArrayList<>();
            for (int i = 0; i < text.length(); i += MAX_CHARS) {
                hard.add(text.substring(i, Math.min(text.length(), i + MAX_CHARS)));
            }
            return hard;
        }
        String marks = CUT_MARKS[level];
        List<String> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (marks.indexOf(text.charAt(i)) >= 0) {
                clauses.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            clauses.add(text.substring(start));
        }
        if (clauses.size() == 1) {
            return pieces(text, level + 1);
        }
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String clause : clauses) {
            if (current.length() > 0 && current.length() + clause.length() > MAX_CHARS) {
                result.add(current.toString());
                current.setLength(0);
            }
            current.append(clause);
        }
        if (current.length() > 0) {
            result.add(current.toString());
        }
        List<String> fitted = new ArrayList<>();
        for (String piece : result) {
            fitted.addAll(pieces(piece, level + 1));
        }
        return fitted;
    }

    static String stripLeadingPunctuation(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetterOrDigit(text.codePointAt(i))
                && "“‘「『（《(\"'".indexOf(text.charAt(i)) < 0) {
            i += Character.charCount(text.codePointAt(i));
        }
        return text.substring(i).strip();
    }
}
