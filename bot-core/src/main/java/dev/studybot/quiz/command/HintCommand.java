package dev.studybot.quiz.command;

import dev.studybot.chat.Action;
import dev.studybot.chat.ActionHandler;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Origin;
import dev.studybot.chat.Reply;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.model.ChatSettings;
import dev.studybot.quiz.QuizEngine;
import dev.studybot.quiz.QuizPresenter;
import java.util.List;

/**
 * {@code /hint} and the hint button under a quiz question (查看提示): the question's source sentence with the answer
 * blanked, for the member who asks alone; a right answer from them afterwards earns half the points. Declared as
 * answered privately, so that no platform shows even its placeholder to the chat.
 */
public final class HintCommand implements Command, ActionHandler<Action.Hint> {

    private static final CommandSpec SPEC = CommandSpec.named("hint").answeredPrivately().build();

    private final QuizEngine engine;
    private final QuizPresenter presenter;

    public HintCommand(QuizEngine engine, QuizPresenter presenter) {
        this.engine = engine;
        this.presenter = presenter;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Class<Action.Hint> kind() {
        return Action.Hint.class;
    }

    /** {@code /hint}: a hint on the chat's open question. */
    @Override
    public List<Reply> run(CommandRequest request) {
        return presenter.present(engine.hint(request.origin()), request.messages());
    }

    /** The hint button: a hint on the question it is under. */
    @Override
    public List<Reply> handle(Action.Hint hint, Origin origin, ChatSettings settings, Messages messages) {
        return presenter.present(engine.hint(origin, hint.question().quizId(), hint.question().number()), messages);
    }
}
