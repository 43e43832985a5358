package dev.studybot.quiz.command;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.quiz.QuizEngine;
import dev.studybot.quiz.QuizPresenter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** {@code /quiz [N] [seconds]} starts a quiz; {@code /quiz stop} ends it (starter or admin). */
public final class QuizCommand implements Command {

    private final QuizEngine engine;
    private final QuizPresenter presenter;

    public QuizCommand(QuizEngine engine, QuizPresenter presenter) {
        this.engine = engine;
        this.presenter = presenter;
    }

    @Override
    public String name() {
        return "quiz";
    }

    @Override
    public List<Reply> run(CommandRequest request) {
        String[] args = request.arguments().isBlank() ? new String[0] : request.arguments().strip().split("\\s+");
        if (args.length == 1 && List.of("stop", "停止", "结束").contains(args[0].toLowerCase(Locale.ROOT))) {
            return presenter.present(engine.stop(request.origin()), request.messages());
        }
        if (args.length > 2) {
            return usage(request);
        }
        int count = QuizEngine.DEFAULT_QUESTIONS;
        int seconds = QuizEngine.DEFAULT_SECONDS;
        try {
            if (args.length >= 1) {
                count = Integer.parseInt(args[0]);
            }
            if (args.length == 2) {
                seconds = Integer.parseInt(args[1]);
            }
        } catch (NumberFormatException e) {
            return usage(request);
        }
        if (count < 1 || count > QuizEngine.MAX_QUESTIONS || seconds < QuizEngine.MIN_SECONDS
                || seconds > QuizEngine.MAX_SECONDS) {
            return usage(request);
        }
        return presenter.present(engine.start(request.origin(), request.settings(), count,
                Duration.ofSeconds(seconds)), request.messages());
    }

    private static List<Reply> usage(CommandRequest request) {
        return List.of(TextReply.of(request.messages().get("quiz.usage", QuizEngine.MAX_QUESTIONS,
                QuizEngine.MIN_SECONDS, QuizEngine.MAX_SECONDS)));
    }
}
