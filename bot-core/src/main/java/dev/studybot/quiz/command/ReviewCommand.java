package dev.studybot.quiz.command;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Reply;
import dev.studybot.quiz.ReviewService;
import java.util.List;

/** {@code /review}: the member's next missed question that is due (Leitner schedule). */
public final class ReviewCommand implements Command {

    private final ReviewService reviews;

    public ReviewCommand(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public String name() {
        return "review";
    }

    @Override
    public List<Reply> run(CommandRequest request) {
        return reviews.next(request.origin(), request.messages());
    }
}
