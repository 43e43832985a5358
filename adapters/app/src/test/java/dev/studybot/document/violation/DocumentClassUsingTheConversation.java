package dev.studybot.document.violation;

import dev.studybot.chat.Messages;

/** Breaks "documents and search do not know the conversation": a document class that uses the chat's messages. */
public final class DocumentClassUsingTheConversation {

    /** Uses the conversation's texts. */
    public String title(Messages messages) {
        return messages.get("docs.title", 1);
    }
}
