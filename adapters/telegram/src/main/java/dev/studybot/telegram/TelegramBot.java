package dev.studybot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.MessengerRouter;
import dev.studybot.model.Access;
import dev.studybot.store.ChatMover;
import dev.studybot.store.PostedPolls;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import okhttp3.OkHttpClient;

/**
 * StudyBot on Telegram: learns who it is (getMe), sets its command menu, registers its {@link TelegramSender} on
 * the core's messenger under {@code telegram}, and long-polls for updates until closed; closing unregisters the
 * sender, so that the core stops pushing to Telegram from this process (another may hold Telegram then).
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    /** The updates the bot reads; poll_answer must be asked for to score quiz polls. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "poll_answer", "my_chat_member",
            "channel_post");
    private static final int UPDATE_THREADS = 4;

    private final TelegramBotsLongPollingApplication polling;
    private final ScheduledExecutorService pollingThread;
    private final OkHttpClient pollingHttp;
    private final ChatSerialExecutor executor;
    private final BotIdentity identity;
    private final Runnable unregister;

    private TelegramBot(TelegramBotsLongPollingApplication polling, ScheduledExecutorService pollingThread,
                        OkHttpClient pollingHttp, ChatSerialExecutor executor, BotIdentity identity,
                        Runnable unregister) {
        this.polling = polling;
        this.pollingThread = pollingThread;
        this.pollingHttp = pollingHttp;
        this.executor = executor;
        this.identity = identity;
        this.unregister = unregister;
    }

    /**
     * Connects and starts polling. Fails (with a message free of the token) with an {@link IllegalArgumentException}
     * when Telegram refuses the token, and an {@link IllegalStateException} when it cannot be reached (worth trying
     * again); once started, errors are logged and survived. The polls it sends are written to {@code postedPolls},
     * so that votes after a restart, or in the process that takes Telegram over, still count.
     */
    public static TelegramBot start(TelegramSettings settings, Dispatcher dispatcher, MessengerRouter messenger,
                                    ChatMover chatMover, PostedPolls postedPolls, Clock clock) {
        return start(settings, dispatcher, messenger, chatMover, postedPolls, clock, Access.open());
    }

    /** As {@link #start(TelegramSettings, Dispatcher, MessengerRouter, ChatMover, PostedPolls, Clock)}, serving
     * these chats. */
    public static TelegramBot start(TelegramSettings settings, Dispatcher dispatcher, MessengerRouter messenger,
                                    ChatMover chatMover, PostedPolls postedPolls, Clock clock, Access access) {
        TokenRedactor redactor = new TokenRedactor(settings.token());
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(15)).readTimeout(Duration.ofSeconds(30)).build();
        BotApiCalls calls = new BotApiCalls(new OkHttpTelegramClient(http, settings.token(), settings.apiUrl()),
                settings.sleeper(), redactor);

        BotIdentity identity = whoAmI(calls);
        LOG.info("Telegram bot @{} connected to {}", identity.username(), settings);
        new CommandMenu(calls).register(dispatcher);

        PollRegistry polls = new PollRegistry(postedPolls, clock);
        TelegramSender sender = new TelegramSender(calls, polls, chatMover, MessageSplitter.TELEGRAM_LIMIT);
        messenger.register(TelegramChats.PLATFORM, sender);
        ChatSerialExecutor executor = new ChatSerialExecutor(UPDATE_THREADS);
        UpdateHandler handler = new UpdateHandler(new UpdateReader(identity, polls, calls, clock, access), dispatcher, sender,
                calls, executor, redactor);

        // Its own dispatcher, so that cancelling the long poll on close leaves replies being sent alone.
        OkHttpClient pollingHttp = http.newBuilder().dispatcher(new okhttp3.Dispatcher())
                .readTimeout(settings.pollTimeout().plusSeconds(20)).build();
        // The library does not shut down the executor it is given: the bot keeps it to stop it on close.
        ScheduledExecutorService pollingThread = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("telegram-polling").factory());
        TelegramBotsLongPollingApplication polling = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                () -> pollingHttp, () -> pollingThread,
                () -> new ExponentialBackOff.Builder().build());
        int timeout = (int) settings.pollTimeout().toSeconds();
        try {
            polling.registerBot(settings.token(), settings::apiUrl,
                    lastUpdate -> GetUpdates.builder().offset(lastUpdate + 1).limit(100).timeout(timeout)
                            .allowedUpdates(ALLOWED_UPDATES).build(),
                    handler);
            if (!polling.isRunning()) {
                polling.start();
            }
        } catch (TelegramApiException | RuntimeException e) {
            closeQuietly(polling, pollingThread, pollingHttp, executor);
            messenger.unregister(TelegramChats.PLATFORM, sender);
            throw new IllegalStateException("could not start polling Telegram: "
                    + redactor.redact(String.valueOf(e.getMessage())));
        }
        return new TelegramBot(polling, pollingThread, pollingHttp, executor, identity,
                () -> messenger.unregister(TelegramChats.PLATFORM, sender));
    }

    private static BotIdentity whoAmI(BotApiCalls calls) {
        try {
            User me = calls.call(new GetMe());
            return new BotIdentity(me.getId(), me.getUserName());
        } catch (CallFailure failure) {
            if (failure.tokenRefused()) {
                throw new IllegalArgumentException("Telegram did not accept the bot (check TELEGRAM_TOKEN and "
                        + "TELEGRAM_API_URL): " + failure.getMessage());
            }
            throw new IllegalStateException("Telegram cannot be reached: " + failure.getMessage());
        }
    }

    /** The bot's username (without @). */
    public String username() {
        return identity.username();
    }

    /** Stops polling, then lets the updates in hand finish; every thread the bot started has ended on return. */
    @Override
    public void close() {
        unregister.run();
        closeQuietly(polling, pollingThread, pollingHttp, executor);
    }

    private static void closeQuietly(TelegramBotsLongPollingApplication polling,
                                     ScheduledExecutorService pollingThread, OkHttpClient pollingHttp,
                                     ChatSerialExecutor executor) {
        try {
            polling.close();
        } catch (Exception e) {
            LOG.warn("stopping the Telegram polling failed: {}", e.getClass().getSimpleName());
        }
        pollingHttp.dispatcher().cancelAll(); // ends a long poll in progress (blocking reads ignore interrupts)
        pollingThread.shutdownNow();
        try {
            if (!pollingThread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("the Telegram polling thread did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.close();
    }
}
