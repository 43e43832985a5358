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
     * @param heading         what to show before it: its place in a quiz ({@code 2/5}) or what it is (今日一题)
     * @param prompt          the question (≤ 300 characters)
     * @param options         2–10 options (≤ 100 characters each)
     * @param correct         indexes of the right options (one, or several for multiple choice)
     * @param multipleAnswers whether a member picks several options
     * @param openFor         how long the question stays open (a question of the day: until the next excerpt,
     *                        longer than a platform's timed poll can run, so the bot closes it itself)
     * @param explanation     shown after the answer (≤ 200 characters)
     * @param buttons         buttons beside the answer controls, such as the hint (may be empty)
     * @param audience        whom it is asked of: the chat, or (a member's review) the member alone where the
     *                        platform can show it to them alone
     */
    record QuizQuestionReply(QuestionRef question, String heading, String prompt, List<String> options,
                             List<Integer> correct, boolean multipleAnswers, Duration openFor,
                             String explanation, List<Button> buttons, Audience audience) implements Reply {
        public QuizQuestionReply {
            Objects.requireNonNull(heading, "heading");
            options = List.copyOf(options);
            correct = List.copyOf(correct);
            buttons = List.copyOf(buttons);
            Objects.requireNonNull(audience, "audience");
        }

        /** Question {@code number} of a quiz of {@code total}, asked of the chat. */
        public QuizQuestionReply(QuestionRef question, int number, int total, String prompt, List<String> options,
                                 List<Integer> correct, boolean multipleAnswers, Duration openFor,
                                 String explanation) {
            this(question, number, total, prompt, options, correct, multipleAnswers, openFor, explanation, List.of());
        }

        /** Question {@code number} of a quiz of {@code total}, asked of the chat, with buttons under it (a hint). */
        public QuizQuestionReply(QuestionRef question, int number, int total, String prompt, List<String> options,
                                 List<Integer> correct, boolean multipleAnswers, Duration openFor,
                                 String explanation, List<Button> buttons) {
            this(question, number + "/" + total, prompt, options, correct, multipleAnswers, openFor, explanation,
                    buttons, Audience.CHAT);
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
     * The end of a quiz question: the right answer, the explanation and who was right. A reveal that comes right
     * after its question is shown on the question's message where the platform can edit it (Discord), else sent as
     * a message. A reveal that comes later ({@link #standalone}: the question of the day, revealed with the next
     * day's excerpt) is always a message of its own, and the question's controls are closed where the platform can
     * (a poll stopped, buttons removed).
     *
     * @param question   the question revealed
     * @param text       what to show
     * @param standalone whether it is posted as a message of its own, other messages having come since the question
     */
    record QuizRevealReply(QuestionRef question, RichText text, boolean standalone) implements Reply {

        /** The reveal of a question that has just closed. */
        public QuizRevealReply(QuestionRef question, RichText text) {
            this(question, text, false);
        }

        @Override
        public Audience audience() {
            return Audience.CHAT;
        }
    }

    /**
     * A picture (a chart as PNG) with a caption that says the same in words: a photo on Telegram, an embed's image
     * on Discord; a front end without pictures shows the caption alone.
     *
     * @param png      the picture
     * @param fileName its file name ({@code week.png})
     * @param caption  what it shows, in words (≤ 1,000 characters)
     * @param audience whom it is for
     */
    record ImageReply(byte[] png, String fileName, RichText caption, Audience audience) implements Reply {

        /** Most characters of a caption (Telegram takes 1,024 under a photo). */
        public static final int MAX_CAPTION = 1_000;

        public ImageReply {
            Objects.requireNonNull(png, "png");
            if (!fileName.matches("[A-Za-z0-9_-]{1,40}\\.png")) {
                throw new IllegalArgumentException("not a picture's file name: " + fileName);
            }
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(audience, "audience");
            png = png.clone();
        }

        /** The picture's bytes (a copy). */
        @Override
        public byte[] png() {
            return png.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ImageReply that && java.util.Arrays.equals(png, that.png)
                    && fileName.equals(that.fileName) && caption.equals(that.caption) && audience == that.audience;
        }

        @Override
        public int hashCode() {
            return Objects.hash(java.util.Arrays.hashCode(png), fileName, caption, audience);
        }

        @Override
        public String toString() {
            return "ImageReply[" + fileName + ", " + png.length + " bytes, " + caption.plainText() + "]";
        }
    }
}
