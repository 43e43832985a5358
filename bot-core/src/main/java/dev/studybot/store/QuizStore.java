package dev.studybot.store;

import dev.studybot.model.ChatId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where quizzes, answers, standings and review queues live. */
public interface QuizStore {

    /** Records a quiz that has started. */
    void startQuiz(QuizRecord quiz);

    /**
     * Closes a running quiz with how it ended ({@link QuizRecord.Status#FINISHED} and the like).
     *
     * @return whether this call closed it (false: it was not running, or another process closed it first)
     */
    boolean endQuiz(String quizId, QuizRecord.Status status, Instant at);

    /** Quizzes still marked running (after a crash: the interrupted ones). */
    List<QuizRecord> runningQuizzes();

    /**
     * Stores an answer, durably, unless the member already answered that question.
     *
     * @return whether it was stored (false: a second answer, which does not count)
     */
    boolean recordAnswer(AnswerRecord answer);

    /**
     * Stores a member's hint on a question, durably, unless they had one on it already.
     *
     * @return whether it was stored (false: a second hint on the same question, which counts once)
     */
    boolean recordHint(HintRecord hint);

    /** Whether the member had a hint on question {@code number} of the quiz. */
    boolean hinted(String quizId, int number, String memberId);

    /** How many hints a member has had in a chat, over all quizzes. */
    int hintsUsed(ChatId chat, String memberId);

    /** The answers of a quiz, by question, then in the order they came. */
    List<AnswerRecord> answers(String quizId);

    /** Notes that a chat has been asked these questions. */
    void markAsked(ChatId chat, List<String> questionIds, Instant at);

    /** The questions a chat has been asked since its pool was last used up. */
    Set<String> asked(ChatId chat);

    /** Forgets what a chat was asked (its pool is used up and starts over). */
    void forgetAsked(ChatId chat);

    /** Every member's totals in a chat, most points first. */
    List<MemberTotals> leaderboard(ChatId chat);

    /** The days on which a member answered in a chat, latest first. */
    List<LocalDate> answerDays(ChatId chat, String memberId);

    /** Saves (inserts or replaces) a review item. */
    void saveReview(ReviewItem item);

    /** The member's review item due first at {@code now}, lowest box first. */
    Optional<ReviewItem> dueReview(String platform, String memberId, Instant now);

    /** One review item. */
    Optional<ReviewItem> review(String platform, String memberId, String questionId);

    /** Removes a learned review item. */
    void deleteReview(String platform, String memberId, String questionId);

    /** How many review items the member has (due or not). */
    int reviewCount(String platform, String memberId);

    /** Notes the review question a member was just given in a chat, replacing one they had open there. */
    void openReview(OpenReview review);

    /** The review question the member has open in the chat. */
    Optional<OpenReview> openReview(ChatId chat, String memberId);

    /**
     * Closes the member's open review question in the chat if it is still {@code reviewId}.
     *
     * @return whether this call closed it (false: answered already, here or in another process, or replaced)
     */
    boolean closeReview(ChatId chat, String memberId, String reviewId);
}
