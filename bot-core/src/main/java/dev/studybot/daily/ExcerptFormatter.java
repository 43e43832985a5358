package dev.studybot.daily;

import dev.studybot.chat.Messages;
import dev.studybot.chat.RichText;
import dev.studybot.model.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Shows an excerpt as a message: the day, the document's title and the excerpt's place in it ("第 3/14 篇"), the
 * text, its source paragraphs, and the question to think about.
 */
public final class ExcerptFormatter {

    private final QuestionMaker questions;

    public ExcerptFormatter(QuestionMaker questions) {
        this.questions = questions;
    }

    /** The message of an excerpt for a local date. */
    public RichText format(Excerpt excerpt, LocalDate date, Messages messages) {
        Locale locale = messages.language() == Language.EN ? Locale.ENGLISH : Locale.CHINA;
        String day = date.format(DateTimeFormatter.ofPattern(messages.get("daily.dateFormat"), locale));
        String source = excerpt.firstParagraph() == excerpt.lastParagraph()
                ? messages.get("daily.source.one", String.valueOf(excerpt.firstParagraph()))
                : messages.get("daily.source.range", String.valueOf(excerpt.firstParagraph()),
                String.valueOf(excerpt.lastParagraph()));
        return RichText.builder()
                .strong(messages.get("daily.header", day)).newline()
                .strong("《" + excerpt.title() + "》").plain(" ")
                .plain(messages.get("daily.part", String.valueOf(excerpt.part()), String.valueOf(excerpt.parts())))
                .newline().newline()
                .plain(excerpt.text()).newline()
                .muted(source).newline().newline()
                .strong(messages.get("daily.questionLabel")).plain(questions.question(excerpt, messages))
                .build();
    }

    /** The question alone (for previews). */
    public String question(Excerpt excerpt, Messages messages) {
        return questions.question(excerpt, messages);
    }
}
