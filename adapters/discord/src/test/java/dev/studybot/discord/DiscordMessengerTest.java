package dev.studybot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.studybot.chat.Action;
import dev.studybot.chat.Messenger.Delivery;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply.HintReply;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.chat.Reply.QuizRevealReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import dev.studybot.model.ChatId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.MessageEditAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DiscordMessengerTest {

    private static final ChatId CHAT = new ChatId("discord", "42");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);

    private final MessageChannel channel = mock(MessageChannel.class);
    private final MessageCreateAction create = mock(MessageCreateAction.class);
    private final PostedQuestions posted = new PostedQuestions(10);
    private final DiscordRenderer renderer = new DiscordRenderer(CLOCK, new AdapterTexts());
    private final DiscordMessenger messenger = new DiscordMessenger(chat -> Optional.of(channel), renderer, posted,
            Duration.ofMillis(200));

    DiscordMessengerTest() {
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(create);
    }

    @Test
    void aTextIsSentToTheChatsChannel() {
        Message sent9 = message(9L);
        when(create.submit()).thenReturn(CompletableFuture.completedFuture(sent9));
        assertEquals(Delivery.SENT, messenger.send(CHAT, TextReply.of("今日原文")));
        verify(channel).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void aHintIsPostedOnlyInADirectMessageAServerChannelGetsItsFallback() {
        Message sent9 = message(9L);
        when(create.submit()).thenReturn(CompletableFuture.completedFuture(sent9));
        HintReply hint = new HintReply(RichText.plain("省委书记____主持会议并讲话。"), RichText.plain("请点按钮查看提示"));
        when(channel.getType()).thenReturn(ChannelType.TEXT);
        assertEquals(Delivery.SENT, messenger.send(CHAT, hint));
        when(channel.getType()).thenReturn(ChannelType.PRIVATE);
        assertEquals(Delivery.SENT, messenger.send(CHAT, hint));

        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(channel, org.mockito.Mockito.times(2)).sendMessage(sent.capture());
        assertEquals("请点按钮查看提示", sent.getAllValues().get(0).getEmbeds().getFirst().getDescription());
        assertEquals("省委书记\\_\\_\\_\\_主持会议并讲话。",
                sent.getAllValues().get(1).getEmbeds().getFirst().getDescription());
    }

    @Test
    void aChatTheBotCannotSeeOrReachIsBlocked() {
        DiscordMessenger nowhere = new DiscordMessenger(chat -> Optional.empty(), renderer, posted,
                Duration.ofMillis(200));
        assertEquals(Delivery.BLOCKED, nowhere.send(CHAT, TextReply.of("x")));

        for (ErrorResponse error : List.of(ErrorResponse.MISSING_ACCESS, ErrorResponse.UNKNOWN_CHANNEL,
                ErrorResponse.CANNOT_SEND_TO_USER)) {
            ErrorResponseException failure = errorResponse(error);
            when(create.submit()).thenReturn(CompletableFuture.failedFuture(failure));
            assertEquals(Delivery.BLOCKED, messenger.send(CHAT, TextReply.of("x")), error.name());
        }
    }

    @Test
    void otherFailuresArePassing() {
        ErrorResponseException serverError = errorResponse(ErrorResponse.SERVER_ERROR);
        when(create.submit()).thenReturn(CompletableFuture.failedFuture(serverError));
        assertEquals(Delivery.FAILED, messenger.send(CHAT, TextReply.of("x")));

        when(create.submit()).thenReturn(new CompletableFuture<>());
        assertEquals(Delivery.FAILED, messenger.send(CHAT, TextReply.of("x")), "no answer in time");

        DiscordMessenger broken = new DiscordMessenger(chat -> {
            throw new IllegalStateException("no shard");
        }, renderer, posted, Duration.ofMillis(200));
        assertEquals(Delivery.FAILED, broken.send(CHAT, TextReply.of("x")));
    }

    @Test
    void theRevealEditsTheQuestionsMessageAndRemovesItsButtons() {
        Message sent123 = message(123L);
        when(create.submit()).thenReturn(CompletableFuture.completedFuture(sent123));
        MessageEditAction edit = mock(MessageEditAction.class);
        when(edit.submit()).thenReturn(CompletableFuture.completedFuture(sent123));
        when(channel.editMessageById(anyLong(), any(MessageEditData.class))).thenReturn(edit);

        assertEquals(Delivery.SENT, messenger.send(CHAT, question()));
        assertEquals(Delivery.SENT, messenger.send(CHAT, reveal()));

        ArgumentCaptor<MessageEditData> data = ArgumentCaptor.forClass(MessageEditData.class);
        verify(channel).editMessageById(org.mockito.ArgumentMatchers.eq(123L), data.capture());
        assertTrue(data.getValue().getComponents().isEmpty());
        assertEquals(2, data.getValue().getEmbeds().size());
        assertEquals("**答案：A**", data.getValue().getEmbeds().get(1).getDescription());
        assertEquals(0, posted.size(), "forgotten once revealed");
    }

    @Test
    void aRevealWhoseQuestionIsUnknownOrUneditableIsSentAsAMessage() {
        Message sent5 = message(5L);
        when(create.submit()).thenReturn(CompletableFuture.completedFuture(sent5));
        assertEquals(Delivery.SENT, messenger.send(CHAT, reveal()));
        verify(channel, never()).editMessageById(anyLong(), any(MessageEditData.class));

        MessageEditAction edit = mock(MessageEditAction.class);
        ErrorResponseException unknown = errorResponse(ErrorResponse.UNKNOWN_MESSAGE);
        when(edit.submit()).thenReturn(CompletableFuture.failedFuture(unknown));
        when(channel.editMessageById(anyLong(), any(MessageEditData.class))).thenReturn(edit);
        messenger.send(CHAT, question());
        assertEquals(Delivery.SENT, messenger.send(CHAT, reveal()));
        verify(channel, org.mockito.Mockito.times(3)).sendMessage(any(MessageCreateData.class));
        assertFalse(posted.take(new QuestionRef.QuizQuestion("q1", 1)).isPresent());
    }

    private static QuizQuestionReply question() {
        return new QuizQuestionReply(new QuestionRef.QuizQuestion("q1", 1), 1, 1, "问题？", List.of("甲", "乙"),
                List.of(0), false, Duration.ofSeconds(20), "解析");
    }

    private static QuizRevealReply reveal() {
        return new QuizRevealReply(new QuestionRef.QuizQuestion("q1", 1), RichText.builder().strong("答案：A").build());
    }

    private static Message message(long id) {
        Message message = mock(Message.class);
        when(message.getIdLong()).thenReturn(id);
        return message;
    }

    private static ErrorResponseException errorResponse(ErrorResponse error) {
        ErrorResponseException exception = mock(ErrorResponseException.class);
        when(exception.getErrorResponse()).thenReturn(error);
        when(exception.getMessage()).thenReturn(error.getCode() + ": " + error.getMeaning());
        return exception;
    }
}
