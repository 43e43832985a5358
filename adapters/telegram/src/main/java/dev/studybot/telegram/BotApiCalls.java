package dev.studybot.telegram;

import dev.studybot.chat.Messenger.Delivery;
import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Runs Bot API calls the way Telegram asks: on 429 waits {@code retry_after} seconds and sends again (the library
 * does not), and turns every other error into a {@link CallFailure} that says whether to give up on the chat.
 */
final class BotApiCalls {

    private static final Logger LOG = LoggerFactory.getLogger(BotApiCalls.class);
    /** Sends of one call after a 429 before giving up. */
    static final int MAX_RETRIES = 3;
    /** Longest wait honoured; Telegram's flood waits beyond this mean the message is better dropped. */
    static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private final TelegramClient client;
    private final Sleeper sleeper;
    private final TokenRedactor redactor;

    BotApiCalls(TelegramClient client, Sleeper sleeper, TokenRedactor redactor) {
        this.client = client;
        this.sleeper = sleeper;
        this.redactor = redactor;
    }

    /** The call's result; a {@link CallFailure} when it did not succeed (never any other exception). */
    <T extends Serializable, M extends BotApiMethod<T>> T call(M method) throws CallFailure {
        return run(method.getMethod(), () -> client.execute(method));
    }

    /** Sends a photo (a multipart upload, which is no {@link BotApiMethod}), the same way as {@link #call}. */
    Message sendPhoto(SendPhoto photo) throws CallFailure {
        return run(photo.getMethod(), () -> client.execute(photo));
    }

    /** One Bot API request. */
    @FunctionalInterface
    private interface Request<T> {
        T send() throws TelegramApiException;
    }

    private <T> T run(String method, Request<T> request) throws CallFailure {
        for (int attempt = 0; ; attempt++) {
            try {
                return request.send();
            } catch (TelegramApiRequestException e) {
                Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                if (isCode(e, 429) && attempt < MAX_RETRIES) {
                    Duration wait = Duration.ofSeconds(retryAfter == null ? 1 : Math.max(1, retryAfter));
                    if (wait.compareTo(MAX_WAIT) > 0) {
                        throw failure(method, e, Delivery.FAILED);
                    }
                    LOG.info("Telegram asks to wait {} s before {}; waiting", wait.toSeconds(), method);
                    pause(method, wait);
                    continue;
                }
                throw failure(method, e, classify(e));
            } catch (TelegramApiException | RuntimeException e) {
                throw failure(method, e, Delivery.FAILED);
            }
        }
    }

    private void pause(String method, Duration wait) throws CallFailure {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallFailure(method + " interrupted while waiting", Delivery.FAILED, null);
        }
    }

    /**
     * 403 (blocked, kicked, user deactivated) and a missing chat or a bot muted in the group mean the chat is out of
     * reach until someone there acts: pushing to it should pause.
     */
    static Delivery classify(TelegramApiRequestException e) {
        String description = String.valueOf(e.getApiResponse()).toLowerCase(Locale.ROOT);
        if (isCode(e, 403) || (isCode(e, 400) && (description.contains("chat not found")
                || description.contains("peer_id_invalid") || description.contains("bot was kicked")
                || description.contains("not enough rights to send")))) {
            return Delivery.BLOCKED;
        }
        return Delivery.FAILED;
    }

    private CallFailure failure(String method, Exception e, Delivery delivery) {
        Long migrateTo = e instanceof TelegramApiRequestException r && r.getParameters() != null
                ? r.getParameters().getMigrateToChatId() : null;
        String message = method + " failed: " + redactor.redact(describe(e));
        Integer code = e instanceof TelegramApiRequestException r ? r.getErrorCode() : null;
        return new CallFailure(message, delivery, migrateTo, code);
    }

    private static String describe(Exception e) {
        StringBuilder out = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            out.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage())
                    .append(')');
        }
        return out.toString();
    }

    private static boolean isCode(TelegramApiRequestException e, int code) {
        return e.getErrorCode() != null && e.getErrorCode() == code;
    }
}
