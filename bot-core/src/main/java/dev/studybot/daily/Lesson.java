package dev.studybot.daily;

import java.util.Optional;

/**
 * What a day gives to read: an excerpt in a pass, read as it is (first pass) or as a recall exercise (second pass).
 *
 * @param excerpt the excerpt
 * @param pass    the pass through the chat's documents it belongs to
 * @param recall  the recall exercise, on a reviewing pass (none when the excerpt has no key term to blank: then it
 *                is read again)
 */
public record Lesson(Excerpt excerpt, Pass pass, Optional<RecallExercise> recall) {
}
