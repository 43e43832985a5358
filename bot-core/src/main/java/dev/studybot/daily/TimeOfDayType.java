package dev.studybot.daily;

import dev.studybot.chat.spec.ParameterType;
import dev.studybot.chat.spec.Parsed;
import dev.studybot.chat.spec.Phrase;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A time of day typed {@code HH:MM} ({@code 8:00}, {@code 20：30}): one word, recognised by its shape, so that it
 * may come before or after a time zone; a word shaped like a time that is none ({@code 25:00}) is said to be a bad
 * time, not taken for a zone.
 */
final class TimeOfDayType implements ParameterType<LocalTime> {

    @Override
    public Kind kind() {
        return Kind.TEXT;
    }

    @Override
    public Layout layout() {
        return Layout.WORD;
    }

    @Override
    public boolean claims(String word) {
        return DeliveryTime.looksLikeTime(word);
    }

    @Override
    public Parsed<LocalTime> read(String text) {
        return DeliveryTime.parseTime(text).map(Parsed::value)
                .orElseGet(() -> Parsed.invalid(Phrase.of("daily.badTime", text.strip())));
    }

    @Override
    public Optional<Phrase> givenTwice() {
        return Optional.of(Phrase.of("daily.twoTimes"));
    }

    @Override
    public int maxLength() {
        return 5;
    }
}
