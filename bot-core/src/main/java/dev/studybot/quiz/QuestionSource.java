package dev.studybot.quiz;

/**
 * Where a question comes from, like the app's 查看提示.
 *
 * @param doc       the document's id
 * @param paragraph the 1-based paragraph number
 * @param text      the source sentence
 */
public record QuestionSource(String doc, int paragraph, String text) {
}
