package dev.studybot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.studybot.chat.Action;
import dev.studybot.chat.ActionCodec;
import dev.studybot.chat.Button;
import dev.studybot.chat.Messenger.Delivery;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply.HintReply;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import dev.studybot.model.ChatId;
import dev.studybot.store.ChatMover;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.polls.Poll;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Rendering, splitting and error handling of {@link TelegramSender}, on a mocked {@link TelegramClient}. */
class TelegramSenderTest {

    private static final String TOKEN = "42424242:SECRET_secret_SECRET_secret";
    private static final ChatId PRIVATE = new ChatId("telegram", "77");
    private static final ChatId GROUP = new ChatId("telegram", "-500");

    private final TelegramClient client = mock(TelegramClient.class);
    private final ChatMover mover = mock(ChatMover.class);
    private final List<Duration> waits = new ArrayList<>();
    private final PollRegistry polls = new PollRegistry(new dev.studybot.store.InMemoryPostedPolls(), java.time.Clock.systemUTC());
    private final TelegramSender sender = new TelegramSender(
            new BotApiCalls(client, waits::add, new TokenRedactor(TOKEN)), polls, mover, 4096);

    @Test
    void textIsHtmlWithMatchesBoldSourcesItalicAndEverythingEscaped() throws Exception {
        RichText text = RichText.builder().plain("a<b>&c ").match("中国式现代化").newline().muted("—— 《报告》").build();
        assertEquals(Delivery.SENT, sender.send(PRIVATE,
                new TextReply(text, List.of(new Button("更多", new Action.More())))));

        SendMessage sent = captureMessages(1).getFirst();
        assertEquals("77", sent.getChatId());
        assertEquals("a&lt;b&gt;&amp;c <b>中国式现代化</b>\n<i>—— 《报告》</i>", sent.getText());
        assertEquals("html", sent.getParseMode().toLowerCase());
        var keyboard = (org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup)
                sent.getReplyMarkup();
        assertEquals("更多", keyboard.getKeyboard().getFirst().getFirst().getText());
        assertEquals("more", keyboard.getKeyboard().getFirst().getFirst().getCallbackData());
    }

    @Test
    void theLongestActionsFitTelegramsSixtyFourBytesOfCallbackData() throws Exception {
        String longestId = "q".repeat(ActionCodec.MAX_ID);
        List<Integer> all = java.util.stream.IntStream.range(0, ActionCodec.MAX_OPTIONS).boxed().toList();
        List<Action> longest = List.of(new Action.More(),
                new Action.Answer(new QuestionRef.QuizQuestion(longestId, ActionCodec.MAX_NUMBER), all),
                new Action.Answer(new QuestionRef.ReviewQuestion(longestId), all),
                new Action.Hint(new QuestionRef.QuizQuestion(longestId, ActionCodec.MAX_NUMBER)));
        List<Button> buttons = longest.stream().map(action -> new Button("按钮", action)).toList();
        sender.send(PRIVATE, new TextReply(RichText.plain("正文"), buttons));

        var keyboard = (org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup)
                captureMessages(1).getFirst().getReplyMarkup();
        List<String> data = keyboard.getKeyboard().stream().flatMap(List::stream)
                .map(b -> b.getCallbackData()).toList();
        assertEquals(longest.size(), data.size());
        for (int i = 0; i < data.size(); i++) {
            assertTrue(data.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 64, data.get(i));
            assertEquals(java.util.Optional.of(longest.get(i)), ActionCodec.decode(data.get(i)));
        }
    }

    @Test
    void aLongTextGoesOutInPiecesWithTheButtonsUnderTheLast() throws Exception {
        RichText text = TestCore.LongAnswerCommand.longText(9_000);
        sender.send(PRIVATE, new TextReply(text, List.of(new Button("更多", new Action.More()))));

        ArgumentCaptor<SendMessage> captor = ArgumentCaptor.forClass(SendMessage.class);
        verify(client, org.mockito.Mockito.atLeast(3)).execute(captor.capture());
        List<SendMessage> pieces = captor.getAllValues();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            assertTrue(pieces.get(i).getText().length() <= 4096);
            assertEquals(i == pieces.size() - 1, pieces.get(i).getReplyMarkup() != null);
            all.append(pieces.get(i).getText());
        }
        assertEquals(new HtmlRenderer().render(text), all.toString(), "nothing lost, nothing added");
    }

    @Test
    void aQuizQuestionIsANativeQuizPollWhoseIdIsRemembered() throws Exception {
        Message sent = new Message();
        Poll poll = new Poll();
        poll.setId("P1");
        sent.setPoll(poll);
        when(client.execute(any(SendPoll.class))).thenReturn(sent);
        QuizQuestionReply question = new QuizQuestionReply(new QuestionRef.QuizQuestion("q7", 3), 3, 5, "问题",
                List.of("甲", "乙".repeat(150)), List.of(1), false, Duration.ofSeconds(2), "解".repeat(300));

        assertEquals(Delivery.SENT, sender.send(GROUP, question));
        ArgumentCaptor<SendPoll> captor = ArgumentCaptor.forClass(SendPoll.class);
        verify(client).execute(captor.capture());
        SendPoll sendPoll = captor.getValue();
        assertEquals("quiz", sendPoll.getType());
        assertFalse(sendPoll.getIsAnonymous());
        assertEquals(List.of(1), sendPoll.getCorrectOptionIds());
        assertEquals("(3/5) 问题", sendPoll.getQuestion());
        assertEquals(200, sendPoll.getExplanation().length());
        assertEquals(100, sendPoll.getOptions().get(1).getText().length());
        assertEquals(5, sendPoll.getOpenPeriod(), "Telegram's shortest open period");
        assertEquals(question.answer(List.of()), polls.find("P1").orElseThrow().answer());
        assertEquals(GROUP, polls.find("P1").orElseThrow().chat());
    }

    @Test
    void aQuestionsHintButtonIsAnInlineKeyboardUnderThePoll() throws Exception {
        when(client.execute(any(SendPoll.class))).thenReturn(new Message());
        QuestionRef.QuizQuestion ref = new QuestionRef.QuizQuestion("q9", 2);
        sender.send(GROUP, new QuizQuestionReply(ref, 2, 5, "问题", List.of("甲", "乙"), List.of(0), false,
                Duration.ofSeconds(30), "解析", List.of(new Button("💡 提示", new Action.Hint(ref)))));
        ArgumentCaptor<SendPoll> captor = ArgumentCaptor.forClass(SendPoll.class);
        verify(client).execute(captor.capture());
        var keyboard = (org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup)
                captor.getValue().getReplyMarkup();
        assertEquals("💡 提示", keyboard.getKeyboard().getFirst().getFirst().getText());
        assertEquals("hint:q9:2", keyboard.getKeyboard().getFirst().getFirst().getCallbackData());
    }

    @Test
    void aHintGoesToAPrivateChatOnlyAGroupGetsItsFallback() throws Exception {
        HintReply hint = new HintReply(RichText.plain("提示：省委书记____主持会议并讲话。"), RichText.plain("Li：请点按钮查看提示"));
        assertEquals(Delivery.SENT, sender.send(PRIVATE, hint));
        assertEquals(Delivery.SENT, sender.send(GROUP, hint));
        List<SendMessage> sent = captureMessages(2);
        assertEquals("77", sent.get(0).getChatId());
        assertEquals("提示：省委书记____主持会议并讲话。", sent.get(0).getText());
        assertEquals("-500", sent.get(1).getChatId());
        assertEquals("Li：请点按钮查看提示", sent.get(1).getText());
    }

    @Test
    void aMultipleAnswerQuestionIsARegularPollWithSeveralAnswersAllowed() throws Exception {
        when(client.execute(any(SendPoll.class))).thenReturn(new Message());
        sender.send(GROUP, new QuizQuestionReply(new QuestionRef.QuizQuestion("q8", 1), 1, 1, "多选",
                List.of("甲", "乙", "丙"), List.of(0, 2), true, Duration.ofSeconds(60), "甲丙"));
        ArgumentCaptor<SendPoll> captor = ArgumentCaptor.forClass(SendPoll.class);
        verify(client).execute(captor.capture());
        assertEquals("regular", captor.getValue().getType());
        assertTrue(captor.getValue().getAllowMultipleAnswers());
        assertNull(captor.getValue().getCorrectOptionIds());
        assertEquals(60, captor.getValue().getOpenPeriod());
    }

    @Test
    void a429IsWaitedOutAndSentAgain() throws Exception {
        when(client.execute(any(SendMessage.class)))
                .thenThrow(error(429, "Too Many Requests: retry after 7", 7, null))
                .thenReturn(new Message());
        assertEquals(Delivery.SENT, sender.send(PRIVATE, TextReply.of("你好")));
        verify(client, times(2)).execute(any(SendMessage.class));
        assertEquals(List.of(Duration.ofSeconds(7)), waits);
    }

    @Test
    void endless429sGiveUpAfterAFewTries() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(error(429, "Too Many Requests", 1, null));
        assertEquals(Delivery.FAILED, sender.send(PRIVATE, TextReply.of("你好")));
        verify(client, times(BotApiCalls.MAX_RETRIES + 1)).execute(any(SendMessage.class));
    }

    @Test
    void aBlockedOrKickedBotOrAMissingChatIsBlocked() throws Exception {
        when(client.execute(any(SendMessage.class)))
                .thenThrow(error(403, "Forbidden: bot was blocked by the user", null, null))
                .thenThrow(error(403, "Forbidden: bot was kicked from the group chat", null, null))
                .thenThrow(error(400, "Bad Request: chat not found", null, null))
                .thenThrow(error(400, "Bad Request: can't parse entities", null, null));
        assertEquals(Delivery.BLOCKED, sender.send(PRIVATE, TextReply.of("a")));
        assertEquals(Delivery.BLOCKED, sender.send(GROUP, TextReply.of("a")));
        assertEquals(Delivery.BLOCKED, sender.send(GROUP, TextReply.of("a")));
        assertEquals(Delivery.FAILED, sender.send(GROUP, TextReply.of("a")));
    }

    @Test
    void networkErrorsFailWithoutTheTokenInTheMessage() throws Exception {
        TelegramApiException network = new TelegramApiException("Unable to execute sendmessage method",
                new IOException("failed: http://api.telegram.org/bot" + TOKEN + "/sendMessage"));
        when(client.execute(any(SendMessage.class))).thenThrow(network);
        BotApiCalls calls = new BotApiCalls(client, waits::add, new TokenRedactor(TOKEN));

        CallFailure failure = org.junit.jupiter.api.Assertions.assertThrows(CallFailure.class,
                () -> calls.call(SendMessage.builder().chatId(1L).text("x").build()));
        assertEquals(Delivery.FAILED, failure.delivery());
        assertFalse(failure.getMessage().contains(TOKEN), failure.getMessage());
        assertFalse(failure.getMessage().contains("SECRET_secret"), failure.getMessage());
        assertTrue(failure.getMessage().contains("IOException"), failure.getMessage());
        assertEquals(Delivery.FAILED, sender.send(PRIVATE, TextReply.of("x")));
    }

    @Test
    void aChatThatBecameASupergroupIsMovedAndTheMessageResent() throws Exception {
        when(client.execute(any(SendMessage.class)))
                .thenThrow(error(400, "Bad Request: group chat was upgraded to a supergroup chat", null, -100500L))
                .thenReturn(new Message());
        assertEquals(Delivery.SENT, sender.send(GROUP, TextReply.of("每日一段")));
        verify(mover).move(GROUP, new ChatId("telegram", "-100500"));
        List<SendMessage> sent = captureMessages(2);
        assertEquals("-100500", sent.get(1).getChatId());
    }

    @Test
    void aChatOfAnotherPlatformIsNotSentTo() {
        assertEquals(Delivery.FAILED, sender.send(new ChatId("discord", "1"), TextReply.of("x")));
        verifyNoInteractions(client);
    }

    private List<SendMessage> captureMessages(int count) throws TelegramApiException {
        ArgumentCaptor<SendMessage> captor = ArgumentCaptor.forClass(SendMessage.class);
        verify(client, times(count)).execute(captor.capture());
        return captor.getAllValues();
    }

    private static TelegramApiRequestException error(int code, String description, Integer retryAfter,
                                                     Long migrateTo) {
        ResponseParameters parameters = retryAfter == null && migrateTo == null
                ? null : new ResponseParameters(migrateTo, retryAfter);
        return new TelegramApiRequestException("Error sending", ApiResponse.builder().ok(false).errorCode(code)
                .errorDescription(description).parameters(parameters).build());
    }
}
