package dev.studybot.app;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** {@code %maskedEx}: a logged exception chain (messages and causes) with bot tokens masked. */
public final class MaskedThrowableConverter extends ExtendedThrowableProxyConverter {

    private final SecretMasker masker = SecretMasker.ofEnvironment();

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return masker.mask(super.throwableProxyToString(proxy));
    }
}
