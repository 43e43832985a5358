package dev.studybot.telegram;

import dev.studybot.chat.ActionCodec;
import dev.studybot.chat.Button;
import dev.studybot.chat.Messenger;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.AnswerNotice;
import dev.studybot.chat.Reply.HintReply;
import dev.studybot.chat.Reply.ImageReply;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.chat.Reply.QuizRevealReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import dev.studybot.store.ChatMover;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.methods.polls.StopPoll;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.polls.input.InputPollOption;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Sends the core's replies to Telegram chats: text as HTML messages (split to fit, buttons as an inline keyboard
 * under the last piece), quiz questions as native polls (their other buttons, the hint, as an inline keyboard under
 * the poll), reveals as messages (a reveal that comes a day later also stops its poll), pictures as photos with their
 * caption, a hint only to a private chat (a group gets its fallback). It is the adapter's
 * {@link Messenger} for messages the core pushes, and also answers what members send.
 */
public final class TelegramSender implements Messenger {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramSender.class);
    static final int MAX_QUESTION = 300;
    static final int MAX_OPTION = 100;
    static final int MAX_EXPLANATION = 200;
    static final int MIN_OPEN_SECONDS = 5;
    static final int MAX_OPEN_SECONDS = 600;
    /** Telegram's limit on a photo's caption (after entities are parsed; the HTML is kept under it). */
    static final int MAX_CAPTION = 1024;
    private static final int BUTTONS_PER_ROW = 3;

    private final BotApiCalls calls;
    private final PollRegistry polls;
    private final ChatMover chatMover;
    private final HtmlRenderer renderer = new HtmlRenderer();
    private final MessageSplitter splitter;

    TelegramSender(BotApiCalls calls, PollRegistry polls, ChatMover chatMover, int messageLimit) {
        this.calls = calls;
        this.polls = polls;
        this.chatMover = chatMover;
        this.splitter = new MessageSplitter(renderer, messageLimit);
    }

    @Override
    public Delivery send(ChatId chat, Reply reply) {
        return send(chat, reply, null);
    }

    /** Sends a reply, into a forum topic when {@code threadId} is set. Never throws. */
    Delivery send(ChatId chat, Reply reply, Integer threadId) {
        try {
            return sendTo(TelegramChats.telegramId(chat), reply, threadId, true);
        } catch (RuntimeException e) {
            LOG.warn("could not send to {}: {}", chat, e.toString());
            return Delivery.FAILED;
        }
    }

    private Delivery sendTo(long chatId, Reply reply, Integer threadId, boolean mayMigrate) {
        try {
            switch (reply) {
                case TextReply text -> sendText(chatId, text.text(), text.buttons(), threadId);
                case AnswerNotice notice -> sendText(chatId, notice.text(), List.of(), threadId);
                case QuizRevealReply reveal -> {
                    if (reveal.standalone()) {
                        stopPoll(chatId, reveal);
                    }
                    sendText(chatId, reveal.text(), List.of(), threadId);
                }
                case QuizQuestionReply question -> sendPoll(chatId, question, threadId);
                // A hint is for one member: in a group, where everyone would read it, only its fallback is said.
                case HintReply hint -> sendText(chatId, TelegramChats.typeOf(chatId) == ChatType.PRIVATE
                        ? hint.text() : hint.fallback(), List.of(), threadId);
                case ImageReply image -> sendPhoto(chatId, image, threadId);
            }
            return Delivery.SENT;
        } catch (CallFailure failure) {
            OptionalLong migrated = failure.migrateToChatId();
            if (migrated.isPresent() && mayMigrate) {
                moveChat(chatId, migrated.getAsLong());
                return sendTo(migrated.getAsLong(), reply, null, false);
            }
            LOG.warn("message to telegram:{} not delivered ({}): {}", chatId, failure.delivery(),
                    failure.getMessage());
            return failure.delivery();
        }
    }

    /** A group became a supergroup: what the core keeps about it moves to the new id. */
    void moveChat(long from, long to) {
        ChatId oldChat = TelegramChats.chatId(from);
        ChatId newChat = TelegramChats.chatId(to);
        LOG.info("chat {} became {}: moving its data", oldChat, newChat);
        chatMover.move(oldChat, newChat);
        polls.move(oldChat, newChat);
    }

    private void sendText(long chatId, RichText text, List<Button> buttons, Integer threadId) throws CallFailure {
        List<RichText> pieces = splitter.split(text);
        for (int i = 0; i < pieces.size(); i++) {
            boolean last = i == pieces.size() - 1;
            SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder()
                    .chatId(chatId)
                    .messageThreadId(threadId)
                    .text(renderer.render(pieces.get(i)))
                    .parseMode(ParseMode.HTML)
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
            if (last && !buttons.isEmpty()) {
                message.replyMarkup(keyboard(buttons));
            }
            calls.call(message.build());
        }
    }

    private static InlineKeyboardMarkup keyboard(List<Button> buttons) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += BUTTONS_PER_ROW) {
            InlineKeyboardRow row = new InlineKeyboardRow();
            for (Button button : buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_ROW))) {
                row.add(InlineKeyboardButton.builder().text(button.label())
                        .callbackData(ActionCodec.encode(button.action())).build());
            }
            rows.add(row);
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    /**
     * A question as a poll. A question open longer than Telegram's longest timed poll (a question of the day, open
     * until the next excerpt) gets no open period: it stays open until its reveal stops it.
     */
    private void sendPoll(long chatId, QuizQuestionReply question, Integer threadId) throws CallFailure {
        String prompt = "(" + question.heading() + ") " + question.prompt();
        long seconds = question.openFor() == null ? MAX_OPEN_SECONDS : question.openFor().toSeconds();
        SendPoll.SendPollBuilder<?, ?> poll = SendPoll.builder()
                .chatId(chatId)
                .messageThreadId(threadId)
                .question(Texts.truncate(prompt, MAX_QUESTION))
                .options(question.options().stream()
                        .map(option -> new InputPollOption(Texts.truncate(option, MAX_OPTION))).toList())
                .isAnonymous(false);
        if (seconds <= MAX_OPEN_SECONDS) {
            poll.openPeriod((int) Math.max(seconds, MIN_OPEN_SECONDS));
        }
        if (!question.buttons().isEmpty()) {
            poll.replyMarkup(keyboard(question.buttons())); // the hint button, under the poll
        }
        if (question.multipleAnswers()) {
            // Telegram's quiz polls take a single right answer here: several answers are scored by the core.
            poll.type("regular").allowMultipleAnswers(true);
        } else {
            poll.type("quiz").correctOptionIds(question.correct());
            if (question.explanation() != null && !question.explanation().isBlank()) {
                poll.explanation(Texts.truncate(question.explanation(), MAX_EXPLANATION));
            }
        }
        polls.sendStarted();
        try {
            Message sent = calls.call(poll.build());
            if (sent == null || sent.getPoll() == null || sent.getPoll().getId() == null) {
                LOG.warn("sendPoll to telegram:{} answered without a poll id: answers cannot be scored", chatId);
                return;
            }
            polls.remember(sent.getPoll().getId(), TelegramChats.chatId(chatId), question.answer(List.of()),
                    Optional.ofNullable(sent.getMessageId()));
        } finally {
            polls.sendEnded();
        }
    }

    /** Closes the poll of a question revealed long after it was asked, when the bot knows it; never fails a send. */
    private void stopPoll(long chatId, QuizRevealReply reveal) {
        Optional<PollRegistry.SentPoll> poll = polls.latestFor(TelegramChats.chatId(chatId), reveal.question());
        if (poll.isEmpty() || poll.get().messageId().isEmpty()) {
            return;
        }
        try {
            calls.call(StopPoll.builder().chatId(chatId).messageId(poll.get().messageId().get()).build());
        } catch (CallFailure failure) {
            LOG.info("could not stop the poll of {} in telegram:{}: {}", reveal.question(), chatId,
                    failure.getMessage());
        }
    }

    /** A picture as a photo, its caption (in HTML) under it; a caption too long for a photo follows as a message. */
    private void sendPhoto(long chatId, ImageReply image, Integer threadId) throws CallFailure {
        String caption = renderer.render(image.caption());
        boolean fits = caption.length() <= MAX_CAPTION;
        SendPhoto.SendPhotoBuilder<?, ?> photo = SendPhoto.builder()
                .chatId(chatId)
                .messageThreadId(threadId)
                .photo(new InputFile(new ByteArrayInputStream(image.png()), image.fileName()));
        if (fits) {
            photo.caption(caption).parseMode(ParseMode.HTML);
        }
        calls.sendPhoto(photo.build());
        if (!fits) {
            sendText(chatId, image.caption(), List.of(), threadId);
        }
    }
}
