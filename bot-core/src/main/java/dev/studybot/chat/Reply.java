package dev.studybot.chat;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the core says, as data, and whom it says it to ({@link #audience()}). Each adapter renders every kind in its
 * platform's own way, and decides where a reply goes by whom it is for, never by its place among the replies.
 */
public sealed interface Reply {

    /** Whom the reply is for. */
    Audience audience();

    /**
     * A message of text, perhaps with buttons under it.
     *
     * @param text     the text with its marked spans
     * @param buttons  buttons under the message, in order (may be empty)
     * @param audience whom it is for
     */
    record TextReply(RichText text, List<Button> buttons, Audience audience) implements Reply {
        public TextReply {
            buttons = List.copyOf(buttons);
            Objects.requireNonNull(audience, "audience");
        }

        /** Text with buttons, for the chat. */
        public TextReply(RichText text, List<Button> buttons) {
            this(text, buttons, Audience.CHAT);
        }

        /** Text without buttons, for the chat. */
        public static TextReply of(RichText text) {
            return new TextReply(text, List.of());
        }

        /** Plain text without buttons, for the chat. */
        public static TextReply of(String text) {
            return new TextReply(RichText.plain(text), List.of());
        }

        /** Text for the member who acted alone. */
        public static TextReply toMember(RichText text) {
            return new TextReply(text, List.of(), Audience.MEMBER);
        }

        /** Plain text for the member who acted alone. */
        public static TextReply toMember(String text) {
            return toMember(RichText.plain(text));
        }
    }

    /**
     * A short note for the member who answered a question (or asked for a hint on it) only: that the answer was
     * recorded, or why it does not count (or why there is no hint). Platforms show it privately where they can (a
     * toast, an ephemeral message); where the native control already shows the member their vote, an accepted note
     * may be left out.
     *
     * @param text     what to tell the member
     * @param accepted whether the answer counts
     */
    record AnswerNotice(RichText text, boolean accepted) implements Reply {

        @Override
        public Audience audience() {
            return Audience.MEMBER;
        }

        /** The answer counts. */
        public static AnswerNotice accepted(String text) {
            return new AnswerNotice(RichText.plain(text), true);
        }

        /** The answer does not count, for this reason. */
        public static AnswerNotice refused(String text) {
            return new AnswerNotice(RichText.plain(text), false);
        }
    }

    /**
     * A quiz question to post on the platform's native controls (a quiz poll on Telegram, buttons or a select menu
     * on Discord, lettered options in the console). Answers come back as the {@link Action.Answer}s of
     * {@link #answer(List)}; the question's other buttons (a hint) come under the answer controls.
     *
     * @param question        which question this is (what answers point at)
     * @param number          1-based number of the question in the quiz
     * @param total           how many questions the quiz has
     * @param prompt          the question (≤ 300 characters)
     * @param options         2–10 options (≤ 100 characters each)
     * @param correct         indexes of the right options (one, or several for multiple choice)
     * @param multipleAnswers whether a member picks several options
     * @param openFor         how long the question stays open
     * @param explanation     shown after the answer (≤ 200 characters)
     * @param buttons         buttons beside the answer controls, such as the hint (may be empty)
     */
    record QuizQuestionReply(QuestionRef question, int number, int total, String prompt, List<String> options,
                             List<Integer> correct, boolean multipleAnswers, Duration openFor,
                             String explanation, List<Button> buttons) implements Reply {
        public QuizQuestionReply {
            options = List.copyOf(options);
            correct = List.copyOf(correct);
            buttons = List.copyOf(buttons);
        }

        /** A question with its answer controls alone. */
        public QuizQuestionReply(QuestionRef question, int number, int total, String prompt, List<String> options,
                                 List<Integer> correct, boolean multipleAnswers, Duration openFor,
                                 String explanation) {
            this(question, number, total, prompt, options, correct, multipleAnswers, openFor, explanation,
                    List.of());
        }

        /** A question is asked of the chat (where everyone sees its controls). */
        @Override
        public Audience audience() {
            return Audience.CHAT;
        }

        /** The answer choosing these options (0-based indexes). */
        public Action.Answer answer(List<Integer> choices) {
            return new Action.Answer(question, choices);
        }
    }

    /**
     * A hint on a quiz question (查看提示), for the member who asked alone: platforms show it to that member only
     * (a private message, an alert on the pressed button, an ephemeral message) and never in a group's chat, where
     * it would be a free hint for everyone. Where they cannot, they say {@link #fallback()} in the chat instead.
     *
     * @param text     the hint
     * @param fallback what to say in the chat instead when the hint cannot be shown to the member alone; it
     *                 reveals nothing of the hint
     */
    record HintReply(RichText text, RichText fallback) implements Reply {
        public HintReply {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(fallback, "fallback");
        }

        @Override
        public Audience audience() {
            return Audience.MEMBER;
        }
    }

    /**
     * The end of a quiz question: the right answer, the explanation and who was right. Platforms that can edit
     * the question's message (Discord) show it there; others send it as a message.
     *
     * @param question the question revealed
     * @param text     what to show
     */
    record QuizRevealReply(QuestionRef question, RichText text) implements Reply {

        @Override
        public Audience audience() {
            return Audience.CHAT;
        }
    }
}
