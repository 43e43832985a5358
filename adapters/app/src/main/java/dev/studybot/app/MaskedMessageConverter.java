package dev.studybot.app;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %maskedMsg}: the log message with bot tokens masked, whichever library logged it. */
public final class MaskedMessageConverter extends MessageConverter {

    private final SecretMasker masker = SecretMasker.ofEnvironment();

    @Override
    public String convert(ILoggingEvent event) {
        return masker.mask(super.convert(event));
    }
}
