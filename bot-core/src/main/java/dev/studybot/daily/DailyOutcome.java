package dev.studybot.daily;

import java.time.LocalDate;

/**
 * What the daily service has for a chat, as data: it decides what is due, the {@link DailyPresenter} words it in
 * the chat's language. A new kind of daily message is a new outcome and one more case of the presenter.
 */
public sealed interface DailyOutcome {

    /**
     * The excerpt of a local day: pushed at the chat's time, or shown at once by {@code /daily now}.
     *
     * @param day     the chat's local date it is for
     * @param excerpt what to read
     */
    record ExcerptDue(LocalDate day, Excerpt excerpt) implements DailyOutcome {
    }
}
