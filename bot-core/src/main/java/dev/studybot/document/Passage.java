package dev.studybot.document;

/**
 * The unit an answer shows: one or more whole sentences of one paragraph, at most
 * {@link PassageSplitter#MAX_CHARS} characters.
 *
 * @param docId     the document's id
 * @param paragraph 1-based paragraph number, or {@link #HEADLINE} for the subtitle under the title
 * @param ordinal   0-based position of the passage inside its paragraph
 * @param text      the passage text, starting at a sentence (never with punctuation)
 */
public record Passage(String docId, int paragraph, int ordinal, String text) {

    /** The paragraph number of a document's subtitle, which stands above paragraph 1. */
    public static final int HEADLINE = 0;

    /** Whether this passage is the document's subtitle rather than body text. */
    public boolean isHeadline() {
        return paragraph == HEADLINE;
    }

    /** A key unique within the library, e.g. {@code cpc-congress-20#12.0}. */
    public String key() {
        return docId + "#" + paragraph + "." + ordinal;
    }
}
