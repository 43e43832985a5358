package dev.studybot.quiz;

import dev.studybot.chat.Audience;
import dev.studybot.chat.Messages;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import dev.studybot.model.ChatType;
import java.util.ArrayList;
import java.util.List;

/**
 * Words what happened in a member's review: one case per {@link ReviewOutcome}. Everything is for the member who
 * reviews (where the platform can, they alone see it; in a group they are told that a private chat suits reviews
 * better).
 */
public final class ReviewPresenter {

    /** The replies of an outcome. */
    public List<Reply> present(ReviewOutcome outcome, Messages m) {
        return switch (outcome) {
            case ReviewOutcome.NothingToReview none -> List.of(TextReply.toMember(m.get("review.none")));
            case ReviewOutcome.NotDueYet notDue -> List.of(TextReply.toMember(m.get("review.notDue",
                    notDue.waiting())));
            case ReviewOutcome.Asked asked -> asked(asked, m);
            case ReviewOutcome.Answered answered -> List.of(answered(answered, m));
            case ReviewOutcome.AnswerRefused refused -> List.of(QuizTexts.refused(refused.refusal(), m));
        };
    }

    private static List<Reply> asked(ReviewOutcome.Asked asked, Messages m) {
        List<Reply> replies = new ArrayList<>();
        if (asked.chatType() == ChatType.GROUP) {
            replies.add(TextReply.toMember(m.get("review.groupHint")));
        }
        replies.add(QuizTexts.question(new QuestionRef.ReviewQuestion(asked.reviewId()), "1/1", asked.question(),
                asked.openFor(), Audience.MEMBER));
        return replies;
    }

    private static TextReply answered(ReviewOutcome.Answered answered, Messages m) {
        Question q = answered.question();
        RichText.Builder text = RichText.builder().strong(switch (answered.result()) {
            case LEARNED -> m.get("review.learned");
            case RIGHT -> m.get("review.right");
            case WRONG -> m.get("review.wrong", QuizTexts.rightAnswer(q));
        });
        text.newline().plain(m.get("quiz.reveal.explanation", q.explanation()));
        if (answered.remaining() > 0) {
            text.newline().muted(m.get("review.remaining", answered.remaining()));
        }
        return TextReply.toMember(text.build());
    }
}
