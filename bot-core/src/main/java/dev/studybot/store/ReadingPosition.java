package dev.studybot.store;

/**
 * Where a chat is in its reading plan: the next excerpt to send.
 *
 * @param docId the document being read, {@code null} before the first excerpt
 * @param part  0-based index of the next excerpt of that document
 * @param cycle how many times the chat has started the plan from the top (1 the first time)
 */
public record ReadingPosition(String docId, int part, int cycle) {

    /** The position of a new subscription: the start of the first document. */
    public static final ReadingPosition START = new ReadingPosition(null, 0, 1);
}
