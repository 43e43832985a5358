package dev.studybot.app;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks bot tokens in text bound for a log: the tokens this process was given, and anything shaped like a Telegram
 * token ({@code 123456:ABC…}) or a Discord token (three dot-separated base64url parts). Libraries (OkHttp, JDA,
 * telegrambots) put URLs and headers into their messages and exceptions, and Telegram's URLs carry the token.
 */
final class SecretMasker {

    static final String MASK = "<token>";
    private static final Pattern TELEGRAM_SHAPE = Pattern.compile("\\d{3,}:[A-Za-z0-9_-]{20,}");
    private static final Pattern DISCORD_SHAPE =
            Pattern.compile("[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{6,7}\\.[A-Za-z0-9_-]{27,}");

    private final List<String> secrets;

    /** @param secrets the exact secrets to mask (blank ones are ignored) */
    SecretMasker(List<String> secrets) {
        this.secrets = secrets.stream().filter(s -> s != null && s.strip().length() >= 8).map(String::strip)
                .toList();
    }

    /** The masker of this process's tokens ({@code TELEGRAM_TOKEN}, {@code DISCORD_TOKEN}). */
    static SecretMasker ofEnvironment() {
        return new SecretMasker(java.util.stream.Stream.of("TELEGRAM_TOKEN", "DISCORD_TOKEN")
                .map(System::getenv).filter(java.util.Objects::nonNull).toList());
    }

    String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        out = TELEGRAM_SHAPE.matcher(out).replaceAll(MASK);
        return DISCORD_SHAPE.matcher(out).replaceAll(MASK);
    }
}
