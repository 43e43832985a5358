package dev.studybot.quiz.command;

import static dev.studybot.quiz.QuizEngine.DEFAULT_QUESTIONS;
import static dev.studybot.quiz.QuizEngine.DEFAULT_SECONDS;
import static dev.studybot.quiz.QuizEngine.MAX_QUESTIONS;
import static dev.studybot.quiz.QuizEngine.MAX_SECONDS;
import static dev.studybot.quiz.QuizEngine.MIN_SECONDS;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Reply;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.chat.spec.IntegerType;
import dev.studybot.chat.spec.Parameter;
import dev.studybot.chat.spec.Phrase;
import dev.studybot.chat.spec.Subcommand;
import dev.studybot.quiz.QuizEngine;
import dev.studybot.quiz.QuizPresenter;
import java.time.Duration;
import java.util.List;

/**
 * {@code /quiz [N] [seconds]} (that is {@code /quiz start}) starts a quiz; {@code /quiz stop} ends it (starter or
 * admin). Its limits and defaults are declared here once, for the help, the platforms' forms and typed text.
 */
public final class QuizCommand implements Command {

    /** How many questions. */
    static final Parameter<Integer> COUNT = Parameter.optional("count", new IntegerType(1, MAX_QUESTIONS))
            .withDefault(DEFAULT_QUESTIONS);
    /** Seconds per question. */
    static final Parameter<Integer> SECONDS = Parameter.optional("seconds", new IntegerType(MIN_SECONDS, MAX_SECONDS))
            .withDefault(DEFAULT_SECONDS);
    static final Subcommand START = Subcommand.of("start", COUNT, SECONDS);
    static final Subcommand STOP = Subcommand.of("stop").alsoCalled("停止", "结束");
    private static final CommandSpec SPEC = CommandSpec.named("quiz").implicitly(START).subcommand(STOP)
            .usage(Phrase.of("quiz.usage", MAX_QUESTIONS, MIN_SECONDS, MAX_SECONDS))
            .summary(DEFAULT_QUESTIONS, DEFAULT_SECONDS, MAX_QUESTIONS, MIN_SECONDS, MAX_SECONDS)
            .build();

    private final QuizEngine engine;
    private final QuizPresenter presenter;

    public QuizCommand(QuizEngine engine, QuizPresenter presenter) {
        this.engine = engine;
        this.presenter = presenter;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> run(CommandRequest request) {
        if (request.is(STOP)) {
            return presenter.present(engine.stop(request.origin()), request.messages());
        }
        int count = request.arguments().value(COUNT);
        Duration openFor = Duration.ofSeconds(request.arguments().value(SECONDS));
        return presenter.present(engine.start(request.origin(), request.settings(), count, openFor),
                request.messages());
    }
}
