package dev.studybot.daily;

import dev.studybot.chat.spec.ParameterType;
import dev.studybot.chat.spec.Parsed;
import dev.studybot.chat.spec.Phrase;
import java.time.ZoneId;
import java.util.List;

/**
 * A time zone: an IANA name ({@code Europe/Berlin}, any case) or an offset ({@code UTC+8}), typed as the words no
 * other parameter took, so that it may be typed in pieces ({@code UTC +8}). Platforms suggest zone names while it
 * is typed.
 */
final class TimeZoneType implements ParameterType<ZoneId> {

    private final ZoneSuggestions suggestions = new ZoneSuggestions();

    @Override
    public Kind kind() {
        return Kind.TEXT;
    }

    @Override
    public Layout layout() {
        return Layout.REST;
    }

    @Override
    public Parsed<ZoneId> read(String text) {
        return DeliveryTime.parseZone(text.replaceAll("\\s+", "")).map(Parsed::value)
                .orElseGet(() -> Parsed.invalid(Phrase.of("daily.badZone", text.strip())));
    }

    @Override
    public int maxLength() {
        return 64;
    }

    @Override
    public boolean suggests() {
        return true;
    }

    @Override
    public List<String> suggest(String typed) {
        return suggestions.suggest(typed);
    }
}
