package dev.studybot.quiz;

import java.util.List;
import java.util.Objects;

/**
 * One quiz question, exactly as exported and asked.
 *
 * @param id          stable id of the question's subject (type, sentence, term)
 * @param type        the kind of question
 * @param prompt      the question (≤ 300 characters)
 * @param options     2–10 options (≤ 100 characters each)
 * @param answers     0-based indexes of the right options, ascending
 * @param explanation the source sentence with the answer marked (≤ 200 characters)
 * @param source      document, paragraph and sentence
 */
public record Question(String id, QuestionType type, String prompt, List<String> options, List<Integer> answers,
                       String explanation, QuestionSource source) {

    /** Longest prompt the platforms take. */
    public static final int MAX_PROMPT = 300;
    /** Longest option. */
    public static final int MAX_OPTION = 100;
    /** Longest explanation. */
    public static final int MAX_EXPLANATION = 200;
    /** Fewest options. */
    public static final int MIN_OPTIONS = 2;
    /** Most options. */
    public static final int MAX_OPTIONS = 10;

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
        answers = answers.stream().sorted().toList();
    }

    /** Whether a member's choices are exactly the right options. */
    public boolean isRight(List<Integer> choices) {
        return choices.stream().distinct().sorted().toList().equals(answers);
    }

    /** Whether a member picks several options. */
    public boolean multipleAnswers() {
        return type == QuestionType.MULTIPLE_CHOICE;
    }
}
