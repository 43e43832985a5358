package dev.studybot.daily;

import dev.studybot.chat.Action;
import dev.studybot.chat.ActionHandler;
import dev.studybot.chat.IncomingMessage;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Origin;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply;
import dev.studybot.chat.TextInterceptor;
import dev.studybot.model.ChatSettings;
import dev.studybot.quiz.AnswerParser;
import java.util.List;
import java.util.Optional;

/**
 * Answers to the question of the day: chosen on its controls (a poll vote, a button, a select menu), or typed as
 * letters ({@code B}) in a chat that has no quiz or review question open, such as the console.
 */
public final class DailyAnswerHandler implements ActionHandler<Action.Answer>, TextInterceptor {

    private final DayAnswers answers;
    private final DailyPresenter presenter;

    public DailyAnswerHandler(DayAnswers answers, DailyPresenter presenter) {
        this.answers = answers;
        this.presenter = presenter;
    }

    @Override
    public Class<Action.Answer> kind() {
        return Action.Answer.class;
    }

    /** An answer chosen on the controls of a question of the day (other answers are not this handler's). */
    @Override
    public List<Reply> handle(Action.Answer answer, Origin origin, ChatSettings settings, Messages messages) {
        if (!(answer.question() instanceof QuestionRef.DailyQuestion daily)) {
            throw new IllegalArgumentException("not an answer to a question of the day: " + answer);
        }
        return presenter.present(answers.answer(origin, daily.day(), answer.choices()), messages);
    }

    @Override
    public Optional<List<Reply>> intercept(IncomingMessage message, ChatSettings settings, Messages messages) {
        Optional<List<Integer>> choices = AnswerParser.parse(message.text());
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        return answers.openDay(message.origin().chat()).map(day -> presenter.present(
                answers.answer(message.origin(), day, choices.get()), messages));
    }
}
