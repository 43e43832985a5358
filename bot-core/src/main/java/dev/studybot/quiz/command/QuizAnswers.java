package dev.studybot.quiz.command;

import dev.studybot.chat.Action;
import dev.studybot.chat.ActionHandler;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Origin;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply;
import dev.studybot.model.ChatSettings;
import dev.studybot.quiz.QuizEngine;
import dev.studybot.quiz.QuizPresenter;
import dev.studybot.quiz.ReviewPresenter;
import dev.studybot.quiz.ReviewService;
import java.util.List;

/**
 * Answers chosen on a question's controls (buttons, a select menu, a poll): a quiz question's go to the quiz
 * engine, a review question's to the review service, and their presenters word what happened; a question of the
 * day's go to the daily side's handler.
 */
public final class QuizAnswers implements ActionHandler<Action.Answer> {

    private final QuizEngine engine;
    private final ReviewService reviews;
    private final QuizPresenter quizPresenter;
    private final ReviewPresenter reviewPresenter;
    private final ActionHandler<Action.Answer> dailyAnswers;

    /** @param dailyAnswers what takes answers to a question of the day */
    public QuizAnswers(QuizEngine engine, ReviewService reviews, QuizPresenter quizPresenter,
                       ReviewPresenter reviewPresenter, ActionHandler<Action.Answer> dailyAnswers) {
        this.engine = engine;
        this.reviews = reviews;
        this.quizPresenter = quizPresenter;
        this.reviewPresenter = reviewPresenter;
        this.dailyAnswers = dailyAnswers;
    }

    @Override
    public Class<Action.Answer> kind() {
        return Action.Answer.class;
    }

    @Override
    public List<Reply> handle(Action.Answer answer, Origin origin, ChatSettings settings, Messages messages) {
        return switch (answer.question()) {
            case QuestionRef.QuizQuestion q -> quizPresenter.present(
                    engine.answer(origin, q.quizId(), q.number(), answer.choices()), messages);
            case QuestionRef.ReviewQuestion r -> reviewPresenter.present(
                    reviews.answer(origin, r.reviewId(), answer.choices()), messages);
            case QuestionRef.DailyQuestion d -> dailyAnswers.handle(answer, origin, settings, messages);
        };
    }
}
