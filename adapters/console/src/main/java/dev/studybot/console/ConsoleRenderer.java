package dev.studybot.console;

import dev.studybot.chat.Action;
import dev.studybot.chat.Button;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.AnswerNotice;
import dev.studybot.chat.Reply.HintReply;
import dev.studybot.chat.Reply.ImageReply;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.chat.Reply.QuizRevealReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders replies as plain terminal text: matched words in [brackets], buttons as the commands they stand for,
 * pictures as the figures their caption gives, and hidden text (a recall exercise's answers) held back behind a
 * note: the terminal has no spoiler, so typing {@value #SHOW_HIDDEN} shows it (see {@link ConsoleChat}). The console
 * is the member's own chat, so a hint is printed like any reply.
 */
public final class ConsoleRenderer {

    /** What to type to see the last hidden text. */
    public static final String SHOW_HIDDEN = "?";

    /** The reply as lines of text, with hints in the language of these messages. */
    public String render(Reply reply, Messages messages) {
        return switch (reply) {
            case TextReply text -> render(text.text(), messages) + buttons(text.buttons());
            case AnswerNotice notice -> render(notice.text(), messages);
            case QuizQuestionReply question -> question(question, messages);
            case QuizRevealReply reveal -> render(reveal.text(), messages);
            case HintReply hint -> render(hint.text(), messages);
            case ImageReply image -> render(image.caption(), messages);
        };
    }

    /** Rich text with its markup shown the console's way. */
    public String render(RichText text) {
        return render(text, null);
    }

    private String render(RichText text, Messages messages) {
        StringBuilder out = new StringBuilder();
        for (RichText.Segment segment : text.segments()) {
            switch (segment.style()) {
                case MATCH -> out.append('[').append(segment.text()).append(']');
                case PLAIN, STRONG, MUTED -> out.append(segment.text());
                case SPOILER -> out.append(messages == null ? "（…）"
                        : messages.get("console.hidden", SHOW_HIDDEN));
            }
        }
        return out.toString();
    }

    /** The hidden text of a reply, if it has any (what {@value #SHOW_HIDDEN} shows). */
    public Optional<String> hidden(Reply reply) {
        RichText text = switch (reply) {
            case TextReply t -> t.text();
            case ImageReply i -> i.caption();
            default -> RichText.plain("");
        };
        String hidden = text.segments().stream().filter(s -> s.style() == RichText.Style.SPOILER)
                .map(RichText.Segment::text).collect(Collectors.joining("\n"));
        return hidden.isEmpty() ? Optional.empty() : Optional.of(hidden);
    }

    /** Buttons as what to type instead; a button that has no typed form is left out. */
    private static String buttons(List<Button> buttons) {
        List<String> shown = buttons.stream()
                .flatMap(b -> typed(b.action()).map(typed -> "(" + b.label() + ": " + typed + ")").stream())
                .toList();
        return shown.isEmpty() ? "" : "\n" + String.join(" ", shown);
    }

    /** What to type in the console to do what a button does. */
    private static Optional<String> typed(Action action) {
        return switch (action) {
            case Action.More more -> Optional.of("/more");
            case Action.Answer answer -> Optional.of(answer.choices().stream().map(c -> String.valueOf(letter(c)))
                    .collect(Collectors.joining()));
            case Action.Hint hint -> Optional.of("/hint");
        };
    }

    private static String question(QuizQuestionReply question, Messages messages) {
        StringBuilder out = new StringBuilder();
        out.append('(').append(question.heading()).append(") ").append(question.prompt()).append('\n');
        for (int i = 0; i < question.options().size(); i++) {
            out.append(letter(i)).append(". ").append(question.options().get(i)).append('\n');
        }
        out.append(messages.get(question.multipleAnswers() ? "console.answerHintMultiple" : "console.answerHint"));
        // The question's other buttons (a hint) go on the line that says how to answer.
        return out + buttons(question.buttons()).replaceFirst("^\n", " ");
    }

    /** A, B, C … for option indexes 0, 1, 2 … */
    public static char letter(int index) {
        return (char) ('A' + index);
    }
}
