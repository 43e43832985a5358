package dev.studybot.daily;

import dev.studybot.chat.Messages;
import dev.studybot.chat.RichText;
import dev.studybot.model.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Shows a day's lesson as a message. A reading: the day, the document's title and the excerpt's place in it
 * ("第 3/14 篇"), the text, its source paragraphs, and a question to reflect on. A recall exercise: the same
 * heading with the pass, how to do it, the text with its key terms blanked (the full text is not sent: it would
 * give every blank away), the source, a short question to reflect on, and the answers at the end, hidden as a
 * spoiler.
 */
public final class ExcerptFormatter {

    private final ReflectionPrompts prompts;

    public ExcerptFormatter(ReflectionPrompts prompts) {
        this.prompts = prompts;
    }

    /** The message of a lesson for a local date. */
    public RichText format(Lesson lesson, LocalDate date, Messages messages) {
        Excerpt excerpt = lesson.excerpt();
        String day = date.format(DateTimeFormatter.ofPattern(messages.get("daily.dateFormat"), locale(messages)));
        String part = messages.get("daily.part", String.valueOf(excerpt.part()), String.valueOf(excerpt.parts()));
        if (lesson.recall().isPresent()) {
            RecallExercise recall = lesson.recall().get();
            return RichText.builder()
                    .strong(messages.get("daily.header.recall", day)).newline()
                    .strong("《" + excerpt.title() + "》").plain(" ").plain(part).plain(" · ")
                    .plain(messages.get("daily.pass.recall", String.valueOf(lesson.pass().number()))).newline()
                    .newline()
                    .plain(messages.get("daily.recall.instruction")).newline().newline()
                    .plain(recall.text()).newline()
                    .muted(source(excerpt, messages)).newline().newline()
                    .strong(messages.get("daily.questionLabel")).plain(prompts.recallPrompt(messages)).newline()
                    .newline()
                    .strong(messages.get("daily.recall.answers")).spoiler(recall.answerLine())
                    .build();
        }
        return RichText.builder()
                .strong(messages.get("daily.header", day)).newline()
                .strong("《" + excerpt.title() + "》").plain(" ").plain(part)
                .newline().newline()
                .plain(excerpt.text()).newline()
                .muted(source(excerpt, messages)).newline().newline()
                .strong(messages.get("daily.questionLabel")).plain(prompts.prompt(excerpt, messages))
                .build();
    }

    /** The reflection prompt alone (for previews). */
    public String reflection(Excerpt excerpt, Messages messages) {
        return prompts.prompt(excerpt, messages);
    }

    /** The reflection prompt of a lesson as its message has it: a recall exercise gets the short one. */
    public String reflection(Lesson lesson, Messages messages) {
        return lesson.recall().isPresent() ? prompts.recallPrompt(messages) : prompts.prompt(lesson.excerpt(), messages);
    }

    /** A short date ({@code 12月7日}). */
    static String shortDay(LocalDate date, Messages messages) {
        return date.format(DateTimeFormatter.ofPattern(messages.get("daily.dayFormat"), locale(messages)));
    }

    private static String source(Excerpt excerpt, Messages messages) {
        return excerpt.firstParagraph() == excerpt.lastParagraph()
                ? messages.get("daily.source.one", String.valueOf(excerpt.firstParagraph()))
                : messages.get("daily.source.range", String.valueOf(excerpt.firstParagraph()),
                String.valueOf(excerpt.lastParagraph()));
    }

    private static Locale locale(Messages messages) {
        return messages.language() == Language.EN ? Locale.ENGLISH : Locale.CHINA;
    }
}
