package dev.studybot.quiz.command;

import dev.studybot.chat.IncomingMessage;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.chat.TextInterceptor;
import dev.studybot.model.ChatSettings;
import dev.studybot.quiz.AnswerParser;
import dev.studybot.quiz.QuizEngine;
import dev.studybot.quiz.QuizPresenter;
import dev.studybot.quiz.ReviewPresenter;
import dev.studybot.quiz.ReviewService;
import java.util.List;
import java.util.Optional;

/**
 * Answers typed as text (the console, and text-only chats): while a quiz question or the member's review
 * question is open in the chat, a message of letters ({@code A}, {@code AC}) or numbers ({@code 1 3}) answers
 * it. Other messages pass through.
 */
public final class TypedAnswers implements TextInterceptor {

    private final QuizEngine engine;
    private final ReviewService reviews;
    private final QuizPresenter quizPresenter;
    private final ReviewPresenter reviewPresenter;

    public TypedAnswers(QuizEngine engine, ReviewService reviews, QuizPresenter quizPresenter,
                        ReviewPresenter reviewPresenter) {
        this.engine = engine;
        this.reviews = reviews;
        this.quizPresenter = quizPresenter;
        this.reviewPresenter = reviewPresenter;
    }

    @Override
    public Optional<List<Reply>> intercept(IncomingMessage message, ChatSettings settings, Messages messages) {
        Optional<List<Integer>> choices = AnswerParser.parse(message.text());
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> review = reviews.openReview(message.origin());
        if (review.isPresent()) {
            return Optional.of(reviewPresenter.present(reviews.answer(message.origin(), review.get(),
                    choices.get()), messages));
        }
        return engine.openQuestion(message.origin().chat()).map(open -> quizPresenter.present(
                engine.answer(message.origin(), open.quizId(), open.number(), choices.get()), messages));
    }
}
