package dev.studybot.telegram;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.IncomingMessage;
import dev.studybot.chat.Reply;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** The long-polling consumer never lets an exception reach the library (it would end the polling for good). */
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

    private static Inbound.Text textIn(long chat, String text) {
        var origin = new dev.studybot.chat.Origin(TelegramChats.chatId(chat), dev.studybot.model.ChatType.GROUP,
                new dev.studybot.model.Member("1", "A"), java.time.Instant.EPOCH, null, () -> false);
        return new Inbound.Text(new IncomingMessage(origin, text), null);
    }
}
