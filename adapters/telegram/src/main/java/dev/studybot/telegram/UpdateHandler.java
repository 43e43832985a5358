package dev.studybot.telegram;

import dev.studybot.chat.Audience;
import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.Messenger.Delivery;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.AnswerNotice;
import dev.studybot.chat.Reply.HintReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.groupadministration.LeaveChat;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives the long-polling batches, reads each update and hands it to the dispatcher on the chat's queue, then
 * sends the replies. Nothing thrown here may reach the library: an exception out of {@link #consume(List)} would
 * end its polling task for good.
 */
final class UpdateHandler implements LongPollingUpdateConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);
    static final int MAX_TOAST = 200;

    private final UpdateReader reader;
    private final Dispatcher dispatcher;
    private final TelegramSender sender;
    private final BotApiCalls calls;
    private final ChatSerialExecutor executor;
    private final TokenRedactor redactor;
    /** Chats already told that the bot does not serve them. */
    private final Set<ChatId> refused = ConcurrentHashMap.newKeySet();

    UpdateHandler(UpdateReader reader, Dispatcher dispatcher, TelegramSender sender, BotApiCalls calls,
                  ChatSerialExecutor executor, TokenRedactor redactor) {
        this.reader = reader;
        this.dispatcher = dispatcher;
        this.sender = sender;
        this.calls = calls;
        this.executor = executor;
        this.redactor = redactor;
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                Optional<Inbound> inbound = reader.read(update);
                inbound.ifPresent(in -> executor.submit(in.chat().toString(), () -> handle(in)));
            } catch (RuntimeException e) {
                LOG.error("could not read update {}", update.getUpdateId(), redactor.redact(e));
            }
        }
    }

    /** Nothing to release: the bot closes the executor after the polling has stopped. */
    @Override
    public void close() {
    }

    /**
     * Handles one update (on the chat's queue). A message's replies go to its chat: a private chat is the member's
     * own, and in a group Telegram has nowhere else to show a reply to a message; but a hint ({@code /hint} in a
     * group) goes to the member privately (see {@link #hintInGroup}).
     */
    void handle(Inbound inbound) {
        switch (inbound) {
            case Inbound.Text text -> {
                boolean group = text.message().origin().type() == ChatType.GROUP;
                for (Reply reply : dispatcher.onMessage(text.message())) {
                    if (group && reply instanceof HintReply hint) {
                        hintInGroup(text, hint);
                    } else {
                        sender.send(text.chat(), reply, text.threadId());
                    }
                }
            }
            case Inbound.Callback callback -> onCallback(callback);
            case Inbound.UnusableCallback unusable -> answerCallback(unusable.callbackId(), null, false);
            case Inbound.PollVote vote -> onPollVote(vote);
            case Inbound.Migration migration -> sender.moveChat(migration.from(), migration.to());
            case Inbound.Joined joined -> onJoined(joined);
            case Inbound.NotServed notServed -> refuse(notServed.chat(), notServed.type());
        }
    }

    /** Added to a group or channel: a greeting that says how to ask, once; or, where it does not serve, goodbye. */
    private void onJoined(Inbound.Joined joined) {
        if (!joined.served()) {
            refuse(joined.chat(), joined.type());
            return;
        }
        sender.send(joined.chat(), Reply.TextReply.of(dispatcher.messagesFor(joined.chat()).get("platform.joined")),
                null);
    }

    /** Says once per chat (and process) that the bot is private, and leaves a group. */
    private void refuse(ChatId chat, ChatType type) {
        if (!refused.add(chat)) {
            return;
        }
        LOG.info("{} is not in STUDYBOT_ALLOWED_CHATS: saying so{}", chat, type == ChatType.GROUP ? " and leaving" : "");
        sender.send(chat, Reply.TextReply.of(dispatcher.messagesFor(chat).get("platform.private")), null);
        if (type == ChatType.GROUP) {
            try {
                calls.call(LeaveChat.builder().chatId(TelegramChats.telegramId(chat)).build());
            } catch (CallFailure failure) {
                LOG.warn("could not leave {}: {}", chat, failure.getMessage());
            }
        }
    }

    /**
     * {@code /hint} typed in a group: the hint goes to the member as a private message. Telegram lets a bot write
     * only to members who have started it; to one who has not, the group is told the hint's fallback (it names the
     * member, reveals nothing, and points to the hint button, whose alert shows the hint to anyone).
     */
    private void hintInGroup(Inbound.Text text, HintReply hint) {
        ChatId member = TelegramChats.chatId(Long.parseLong(text.message().origin().member().id()));
        Delivery delivery = sender.send(member, hint);
        if (delivery != Delivery.SENT) {
            LOG.debug("a hint in {} could not be sent privately ({}): the fallback goes to the group", text.chat(),
                    delivery);
            sender.send(text.chat(), TextReply.of(hint.fallback()), text.threadId());
        }
    }

    /**
     * A button press's replies. A note for the member who pressed (an answer's acknowledgement) is the toast on the
     * pressed button, which only they see. A hint pressed in a group is an alert on the button: Telegram shows it to
     * the member who pressed alone, over the question and whether or not they have ever started the bot (it holds
     * 200 characters, which a hint fits). Everything else is posted in the chat: what is for the chat, and what is
     * for the member but longer than a toast holds (Telegram has no private message inside a group).
     */
    private void onCallback(Inbound.Callback callback) {
        boolean group = callback.press().origin().type() == ChatType.GROUP;
        List<Reply> replies = List.of();
        String toast = null;
        boolean alert = false;
        try {
            replies = dispatcher.onAction(callback.press());
            List<String> hints = replies.stream().filter(r -> group && r instanceof HintReply)
                    .map(r -> ((HintReply) r).text().plainText()).toList();
            List<String> notes = replies.stream().filter(UpdateHandler::isToast)
                    .map(r -> ((AnswerNotice) r).text().plainText()).toList();
            alert = !hints.isEmpty();
            List<String> shown = alert ? hints : notes;
            toast = shown.isEmpty() ? null : Texts.truncate(String.join("\n", shown), MAX_TOAST);
        } finally {
            // Telegram shows a spinner on the button until it is answered: always answer.
            answerCallback(callback.callbackId(), toast, alert);
        }
        for (Reply reply : replies) {
            if (!isToast(reply) && !(group && reply instanceof HintReply)) {
                sender.send(callback.chat(), reply, callback.threadId());
            }
        }
    }

    private static boolean isToast(Reply reply) {
        return reply.audience() == Audience.MEMBER && reply instanceof AnswerNotice;
    }

    /**
     * A poll vote's replies: what is for the chat (reveals, the next question) is sent to the chat, and so is all of
     * it in a private chat, which is the voter's own. In a group a note for the voter on their vote is not posted:
     * an accepted vote's is left out (one message per vote would flood the group, and the poll already shows the
     * voter their vote); a refusal (a changed vote that does not count, a question already closed) goes to the voter
     * privately, which works once they have started the bot and is otherwise only logged.
     */
    private void onPollVote(Inbound.PollVote vote) {
        boolean group = vote.press().origin().type() == ChatType.GROUP;
        for (Reply reply : dispatcher.onAction(vote.press())) {
            boolean noteForVoter = reply.audience() == Audience.MEMBER && reply instanceof AnswerNotice;
            if (group && noteForVoter && ((AnswerNotice) reply).accepted()) {
                continue;
            }
            if (group && noteForVoter) {
                ChatId voter = TelegramChats.chatId(Long.parseLong(vote.press().origin().member().id()));
                Delivery delivery = sender.send(voter, reply);
                LOG.debug("a vote's refusal in {} sent privately: {}", vote.chat(), delivery);
                continue;
            }
            sender.send(vote.chat(), reply);
        }
    }

    /** Answers a callback query: with a toast, or with an alert the member dismisses (a hint). */
    private void answerCallback(String callbackId, String toast, boolean alert) {
        try {
            calls.call(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(toast)
                    .showAlert(alert ? Boolean.TRUE : null).build());
        } catch (CallFailure failure) {
            LOG.warn("could not answer a callback query: {}", failure.getMessage());
        }
    }
}
