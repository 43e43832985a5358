package dev.studybot.telegram;

import java.util.regex.Pattern;

/**
 * Keeps the bot token out of logs and exception messages. Bot API URLs carry the token in their path
 * ({@code /bot<token>/sendMessage}), and libraries put URLs into exception messages, so every text and exception
 * the adapter logs goes through here first.
 */
public final class TokenRedactor {

    /** Anything shaped like a bot token ({@code 123456:ABC-def_…}), in case a different token shows up. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("\\d{3,}:[A-Za-z0-9_-]{20,}");
    private static final String MASK = "<token>";

    private final String token;

    public TokenRedactor(String token) {
        this.token = token == null ? "" : token;
    }

    /** The text with the token (and anything shaped like one) masked. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = token.isEmpty() ? text : text.replace(token, MASK);
        return TOKEN_SHAPE.matcher(out).replaceAll(MASK);
    }

    /**
     * A copy of the exception chain safe to log: each exception's class and masked message, with the original
     * stack traces.
     */
    public RedactedException redact(Throwable error) {
        return copy(error, 0);
    }

    private RedactedException copy(Throwable error, int depth) {
        RedactedException cause = error.getCause() != null && error.getCause() != error && depth < 8
                ? copy(error.getCause(), depth + 1) : null;
        RedactedException copy = new RedactedException(
                error.getClass().getName() + ": " + redact(String.valueOf(error.getMessage())), cause);
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    /** An exception whose message has been cleaned of the token; only ever logged, never thrown. */
    public static final class RedactedException extends RuntimeException {
        RedactedException(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
