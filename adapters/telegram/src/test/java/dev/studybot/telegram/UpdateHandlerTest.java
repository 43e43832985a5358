package dev.studybot.telegram;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.studybot.chat.Action;
import dev.studybot.chat.ActionPress;
import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.IncomingMessage;
import dev.studybot.chat.Messenger.Delivery;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.HintReply;
import dev.studybot.chat.RichText;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import org.mockito.ArgumentCaptor;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The long-polling consumer never lets an exception reach the library (it would end the polling for good), and
 * places a hint where the member alone sees it.
 */
class UpdateHandlerTest {

    @Test
    void aBrokenUpdateOrAFailingDispatcherDoesNotStopTheOthers() {
        UpdateReader reader = mock(UpdateReader.class);
        Dispatcher dispatcher = mock(Dispatcher.class);
        TelegramSender sender = mock(TelegramSender.class);
        Update broken = new Update();
        Update failing = new Update();
        Update fine = new Update();
        broken.setUpdateId(1); // updates are value objects: make them differ
        failing.setUpdateId(2);
        fine.setUpdateId(3);
        Inbound.Text failingText = textIn(-1, "boom");
        Inbound.Text fineText = textIn(-1, "ok");
        when(reader.read(broken)).thenThrow(new IllegalStateException("unreadable"));
        when(reader.read(failing)).thenReturn(Optional.of(failingText));
        when(reader.read(fine)).thenReturn(Optional.of(fineText));
        when(dispatcher.onMessage(failingText.message())).thenThrow(new IllegalStateException("bug"));
        when(dispatcher.onMessage(fineText.message())).thenReturn(List.<Reply>of(Reply.TextReply.of("答")));

        try (ChatSerialExecutor executor = new ChatSerialExecutor(2)) {
            UpdateHandler handler = new UpdateHandler(reader, dispatcher, sender, mock(BotApiCalls.class), executor,
                    new TokenRedactor("1:x"));
            assertDoesNotThrow(() -> handler.consume(List.of(broken, failing, fine)));
            verify(sender, timeout(5_000)).send(any(), any(), any());
        }
    }

    @Test
    void aHintPressedInAGroupIsAnAlertOnTheButtonAndNeverAMessage() throws Exception {
        Routing r = new Routing();
        Inbound.Callback press = new Inbound.Callback(ActionPress.of(origin(-7, ChatType.GROUP),
                new Action.Hint(new QuestionRef.QuizQuestion("q1", 1))), "cb-1", null);
        when(r.dispatcher.onAction(press.press())).thenReturn(List.of(HINT));

        r.handler.handle(press);

        ArgumentCaptor<AnswerCallbackQuery> answered = ArgumentCaptor.forClass(AnswerCallbackQuery.class);
        verify(r.calls).call(answered.capture());
        assertEquals(HINT.text().plainText(), answered.getValue().getText());
        assertEquals(Boolean.TRUE, answered.getValue().getShowAlert());
        verifyNoInteractions(r.sender);
    }

    @Test
    void aHintPressedInAPrivateChatIsAMessageThere() throws Exception {
        Routing r = new Routing();
        Inbound.Callback press = new Inbound.Callback(ActionPress.of(origin(1, ChatType.PRIVATE),
                new Action.Hint(new QuestionRef.QuizQuestion("q1", 1))), "cb-2", null);
        when(r.dispatcher.onAction(press.press())).thenReturn(List.of(HINT));

        r.handler.handle(press);

        verify(r.sender).send(TelegramChats.chatId(1), HINT, null);
        ArgumentCaptor<AnswerCallbackQuery> answered = ArgumentCaptor.forClass(AnswerCallbackQuery.class);
        verify(r.calls).call(answered.capture());
        assertNull(answered.getValue().getShowAlert());
    }

    @Test
    void aHintTypedInAGroupGoesToTheMemberPrivatelyOrTheGroupGetsItsFallback() {
        Routing r = new Routing();
        Inbound.Text typed = new Inbound.Text(new IncomingMessage(origin(-7, ChatType.GROUP), "/hint"), 12);
        when(r.dispatcher.onMessage(typed.message())).thenReturn(List.of(HINT));
        ChatId member = TelegramChats.chatId(1);
        when(r.sender.send(member, HINT)).thenReturn(Delivery.SENT);

        r.handler.handle(typed);
        verify(r.sender).send(member, HINT);
        verify(r.sender, never()).send(any(), any(), any());

        when(r.sender.send(member, HINT)).thenReturn(Delivery.BLOCKED); // the member never started the bot
        r.handler.handle(typed);
        verify(r.sender).send(TelegramChats.chatId(-7), Reply.TextReply.of(HINT.fallback()), 12);
    }

    private static final HintReply HINT = new HintReply(RichText.plain("💡 提示：省委书记____主持会议并讲话。"),
            RichText.plain("A：请点题目下方的按钮查看提示"));

    private static dev.studybot.chat.Origin origin(long chat, ChatType type) {
        return new dev.studybot.chat.Origin(TelegramChats.chatId(chat), type, new dev.studybot.model.Member("1", "A"),
                java.time.Instant.EPOCH, null, () -> false);
    }

    /** A handler over a mocked dispatcher, sender and Bot API. */
    private static final class Routing {
        final Dispatcher dispatcher = mock(Dispatcher.class);
        final TelegramSender sender = mock(TelegramSender.class);
        final BotApiCalls calls = mock(BotApiCalls.class);
        final UpdateHandler handler = new UpdateHandler(mock(UpdateReader.class), dispatcher, sender, calls,
                mock(ChatSerialExecutor.class), new TokenRedactor("1:x"));
    }

    private static Inbound.Text textIn(long chat, String text) {
        var origin = new dev.studybot.chat.Origin(TelegramChats.chatId(chat), dev.studybot.model.ChatType.GROUP,
                new dev.studybot.model.Member("1", "A"), java.time.Instant.EPOCH, null, () -> false);
        return new Inbound.Text(new IncomingMessage(origin, text), null);
    }
}
