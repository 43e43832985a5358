package dev.studybot.quiz.command;

import dev.studybot.chat.ButtonHandler;
import dev.studybot.chat.ButtonPress;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.AnswerNotice;
import dev.studybot.model.ChatSettings;
import dev.studybot.quiz.AnswerParser;
import dev.studybot.quiz.QuizEngine;
import dev.studybot.quiz.ReviewService;
import java.util.List;
import java.util.Optional;

/**
 * Answers pressed on a question's buttons: payload {@code quiz:<quizId>:<number>:<choices>}. Quiz ids starting
 * with {@code r} are review questions. The short reply is meant for the presser only (adapters show it privately).
 */
public final class QuizButtons implements ButtonHandler {

    private final QuizEngine engine;
    private final ReviewService reviews;

    public QuizButtons(QuizEngine engine, ReviewService reviews) {
        this.engine = engine;
        this.reviews = reviews;
    }

    @Override
    public String prefix() {
        return "quiz:";
    }

    @Override
    public List<Reply> press(ButtonPress press, ChatSettings settings, Messages messages) {
        String[] parts = press.payload().split(":", -1);
        if (parts.length != 4 || !parts[2].matches("\\d{1,3}")) {
            return List.of(AnswerNotice.refused(messages.get("quiz.stale")));
        }
        Optional<List<Integer>> choices = AnswerParser.payloadChoices(parts[3]);
        if (choices.isEmpty()) {
            return List.of(AnswerNotice.refused(messages.get("quiz.stale")));
        }
        if (parts[1].startsWith("r")) {
            return reviews.answer(press.origin(), parts[1], choices.get(), messages);
        }
        return engine.answer(press.origin(), parts[1], Integer.parseInt(parts[2]), choices.get(), messages);
    }
}
