package dev.studybot.quiz.command;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Reply;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.quiz.ReviewPresenter;
import dev.studybot.quiz.ReviewService;
import java.util.List;

/** {@code /review}: the member's next missed question that is due (Leitner schedule). */
public final class ReviewCommand implements Command {

    private static final CommandSpec SPEC = CommandSpec.named("review").answeredPrivately().build();

    private final ReviewService reviews;
    private final ReviewPresenter presenter;

    public ReviewCommand(ReviewService reviews, ReviewPresenter presenter) {
        this.reviews = reviews;
        this.presenter = presenter;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> run(CommandRequest request) {
        return presenter.present(reviews.next(request.origin()), request.messages());
    }
}
