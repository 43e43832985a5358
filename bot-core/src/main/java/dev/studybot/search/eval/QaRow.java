package dev.studybot.search.eval;

import java.util.List;
import java.util.Locale;

/**
 * One evaluation question.
 *
 * @param category the kind of question (direct, paraphrase, colloquial, traditional, offtopic, …)
 * @param question the question as a user would type it
 * @param goldKeys short verbatim pieces of the answering sentence; empty for a question nothing answers
 */
public record QaRow(String category, String question, List<String> goldKeys) {

    public QaRow {
        category = category.strip().toLowerCase(Locale.ROOT);
        goldKeys = List.copyOf(goldKeys);
    }

    /** Whether the right reply is to say nothing relevant was found. */
    public boolean offTopic() {
        return goldKeys.isEmpty();
    }

    /** Whether a passage answers the question (contains any gold key). */
    public boolean answeredBy(String passageText) {
        return goldKeys.stream().anyMatch(passageText::contains);
    }
}
