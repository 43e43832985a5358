package dev.studybot.document;

/**
 * The unit an answer shows: one or more whole sentences of one paragraph, at most
 * {@link PassageSplitter#MAX_CHARS} characters.
 *
 * @param docId     the document's id
 * @param paragraph 1-based paragraph number
 * @param ordinal   0-based position of the passage inside its paragraph
 * @param text      the passage text, starting at a sentence (never with punctuation)
 */
public record Passage(String docId, int paragraph, int ordinal, String text) {

    /** A key unique within the library, e.g. {@code cpc-congress-20#12.0}. */
    public String key() {
        return docId + "#" + paragraph + "." + ordinal;
    }
}
