package dev.studybot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.studybot.chat.Action;
import dev.studybot.chat.ActionPress;
import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.IncomingCommand;
import dev.studybot.chat.IncomingMessage;
import dev.studybot.chat.Messages;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply.AnswerNotice;
import dev.studybot.chat.Reply.HintReply;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import dev.studybot.chat.spec.CommandCall;
import dev.studybot.chat.spec.Input;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import dev.studybot.testing.MutableClock;
import dev.studybot.testing.TestCore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Mentions;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class DiscordListenerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);

    private final Dispatcher dispatcher = mock(Dispatcher.class);
    private final DiscordRenderer renderer = new DiscordRenderer(CLOCK, new AdapterTexts());
    private final PostedQuestions posted = new PostedQuestions(10);
    /** The slash commands of the real core's declarations. */
    private static final SlashCommands SLASH = new SlashCommands(
            TestCore.fixture(new MutableClock(Instant.parse("2026-03-01T08:00:00Z"))).dispatcher().commands(),
            Messages.all());

    private final DiscordListener listener = new DiscordListener(dispatcher, SLASH,
            new DiscordOrigins(CLOCK), renderer,
            new DiscordMessenger(chat -> java.util.Optional.empty(), renderer, posted, Duration.ofSeconds(1)), posted);

    private final User user = user(77L, false);
    private final InteractionHook hook = mock(InteractionHook.class);
    @SuppressWarnings("unchecked")
    private final WebhookMessageCreateAction<Message> followUp = mock(WebhookMessageCreateAction.class, RETURNS_SELF);

    DiscordListenerTest() {
        when(hook.sendMessage(any(MessageCreateData.class))).thenReturn(followUp);
    }

    @Test
    void aSlashCommandIsDeferredFirstThenRunAsTheCoresTypedCallAndFollowedUp() {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        ReplyCallbackAction defer = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.deferReply(false)).thenReturn(defer);
        when(event.getHook()).thenReturn(hook);
        when(event.getName()).thenReturn("quiz");
        when(event.getSubcommandName()).thenReturn("start");
        OptionMapping count = mock(OptionMapping.class);
        when(count.getAsLong()).thenReturn(5L);
        when(event.getOption("count")).thenReturn(count);
        when(event.getUser()).thenReturn(user);
        Member member = mock(Member.class);
        when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(false);
        when(event.getMember()).thenReturn(member);
        when(event.getChannelIdLong()).thenReturn(42L);
        when(event.getUserLocale()).thenReturn(DiscordLocale.CHINESE_CHINA);
        when(dispatcher.onCommand(any())).thenReturn(List.of(TextReply.of("测验开始")));

        listener.onSlashCommandInteraction(event);

        ArgumentCaptor<IncomingCommand> message = ArgumentCaptor.forClass(IncomingCommand.class);
        InOrder order = inOrder(defer, dispatcher, hook, followUp);
        order.verify(defer).queue(any(), any());
        order.verify(dispatcher).onCommand(message.capture());
        order.verify(hook).sendMessage(any(MessageCreateData.class));
        order.verify(followUp).setEphemeral(false);
        assertEquals(CommandCall.of("quiz", Optional.of("start")).option("count", Input.number(5)).build(),
                message.getValue().call(), "the count reaches the core as a number, not as text to read again");
        assertEquals(new ChatId("discord", "42"), message.getValue().origin().chat());
        assertEquals(ChatType.GROUP, message.getValue().origin().type());
        assertEquals(Locale.forLanguageTag("zh-CN"), message.getValue().origin().languageHint());
        assertEquals(false, message.getValue().origin().isAdmin(), "no Manage Server");
    }

    @Test
    void aQuestionIsRememberedBeforeDiscordConfirmsItsMessageSoAnEarlyRevealStillEditsIt() {
        SlashCommandInteractionEvent event = slash("quiz");
        when(dispatcher.onCommand(any())).thenReturn(List.of(new QuizQuestionReply(
                new QuestionRef.QuizQuestion("q1", 1), 1, 2, "问题？", List.of("甲", "乙"), List.of(0), false,
                Duration.ofSeconds(10), "解析")));

        listener.onSlashCommandInteraction(event);

        // Discord has not answered the send yet (the mock never calls back): the question is already known.
        PostedQuestions.Posted question = posted.take(new QuestionRef.QuizQuestion("q1", 1)).orElseThrow();
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Consumer<Message>> sent = ArgumentCaptor.forClass(Consumer.class);
        verify(followUp).queue(sent.capture(), any());
        Message message = mock(Message.class);
        when(message.getIdLong()).thenReturn(900L);
        sent.getValue().accept(message);
        MessageEditData edit = MessageEditData.fromContent("揭晓");
        question.editor().apply(edit);
        verify(hook).editMessageById(900L, edit);
    }

    @Test
    void aCommandThatAnswersPrivatelyIsDeferredPrivatelyAndItsAnswerIsEphemeral() {
        SlashCommandInteractionEvent event = slash("me");
        when(dispatcher.onCommand(any())).thenReturn(List.of(TextReply.toMember("你答了 3 题")));

        listener.onSlashCommandInteraction(event);

        verify(event).deferReply(true);
        verify(followUp).setEphemeral(true);
        verify(hook, never()).deleteOriginal();
    }

    @Test
    void aRefusalOfAPublicCommandRemovesThePublicPlaceholderAndIsShownToTheMemberAlone() {
        SlashCommandInteractionEvent event = slash("daily");
        @SuppressWarnings("unchecked")
        RestAction<Void> delete = mock(RestAction.class);
        when(hook.deleteOriginal()).thenReturn(delete);
        when(dispatcher.onCommand(any())).thenReturn(List.of(TextReply.toMember("只有群管理员可以开启")));

        listener.onSlashCommandInteraction(event);

        verify(event).deferReply(false);
        InOrder order = inOrder(delete, hook, followUp);
        order.verify(delete).queue(any(), any());
        order.verify(hook).sendMessage(any(MessageCreateData.class));
        order.verify(followUp).setEphemeral(true);
    }

    @Test
    void noReplyRemovesTheThinkingPlaceholder() {
        SlashCommandInteractionEvent event = slash("more");
        @SuppressWarnings("unchecked")
        RestAction<Void> delete = mock(RestAction.class);
        when(hook.deleteOriginal()).thenReturn(delete);
        when(dispatcher.onCommand(any())).thenReturn(List.of());

        listener.onSlashCommandInteraction(event);

        verify(delete).queue(any(), any());
        verify(hook, never()).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void aFailureWhileReplyingIsLoggedAndDoesNotEscape() {
        SlashCommandInteractionEvent event = slash("help");
        when(dispatcher.onCommand(any())).thenReturn(List.of(TextReply.of("帮助")));
        doThrow(new IllegalStateException("boom")).when(hook).sendMessage(any(MessageCreateData.class));

        listener.onSlashCommandInteraction(event);

        verify(dispatcher).onCommand(any());
    }

    @Test
    void aButtonClickIsAnsweredPrivately() {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        ReplyCallbackAction defer = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.deferReply(true)).thenReturn(defer);
        when(event.getHook()).thenReturn(hook);
        when(event.getComponentId()).thenReturn("quiz:q1:2:0");
        when(event.getUser()).thenReturn(user);
        when(event.getChannelIdLong()).thenReturn(555L);
        when(dispatcher.onAction(any())).thenReturn(List.of(AnswerNotice.accepted("已记录你的答案")));

        listener.onButtonInteraction(event);

        ArgumentCaptor<ActionPress> press = ArgumentCaptor.forClass(ActionPress.class);
        verify(event).deferReply(true);
        verify(dispatcher).onAction(press.capture());
        assertEquals(Optional.of(new Action.Answer(new QuestionRef.QuizQuestion("q1", 2), List.of(0))),
                press.getValue().action());
        assertEquals(new ChatId("discord", "dm:77"), press.getValue().origin().chat());
        ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(hook).sendMessage(data.capture());
        assertEquals("已记录你的答案", data.getValue().getContent());
        verify(followUp).setEphemeral(true);
    }

    @Test
    void aSelectionBecomesTheAnswerOfTheChosenOptions() {
        StringSelectInteractionEvent event = mock(StringSelectInteractionEvent.class);
        when(event.deferReply(true)).thenReturn(mock(ReplyCallbackAction.class, RETURNS_SELF));
        when(event.getHook()).thenReturn(hook);
        when(event.getComponentId()).thenReturn("quiz:q1:3:");
        when(event.getValues()).thenReturn(List.of("2", "0"));
        when(event.getUser()).thenReturn(user);
        when(dispatcher.onAction(any())).thenReturn(List.of(TextReply.toMember("ok")));

        listener.onStringSelectInteraction(event);

        ArgumentCaptor<ActionPress> press = ArgumentCaptor.forClass(ActionPress.class);
        verify(dispatcher).onAction(press.capture());
        assertEquals(Optional.of(new Action.Answer(new QuestionRef.QuizQuestion("q1", 3), List.of(0, 2))),
                press.getValue().action());
    }

    @Test
    void aPressIsAnsweredByAudienceNotByOrder() {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        when(event.deferReply(true)).thenReturn(mock(ReplyCallbackAction.class, RETURNS_SELF));
        when(event.getHook()).thenReturn(hook);
        when(event.getComponentId()).thenReturn("more");
        when(event.getUser()).thenReturn(user);
        List<ChatId> pushedTo = new java.util.concurrent.CopyOnWriteArrayList<>();
        DiscordListener recording = new DiscordListener(dispatcher, SLASH, new DiscordOrigins(CLOCK),
                renderer, new DiscordMessenger(chat -> {
                    pushedTo.add(chat);
                    return java.util.Optional.empty();
                }, renderer, posted, Duration.ofSeconds(1)), posted);
        TextReply forChat = TextReply.of("给大家");
        when(dispatcher.onAction(any())).thenReturn(List.of(forChat, TextReply.toMember("只给你")));

        recording.onButtonInteraction(event);

        ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(hook).sendMessage(data.capture());
        assertEquals("只给你", data.getValue().getContent(), "the member's reply, though it came second");
        verify(followUp).setEphemeral(true);
        assertEquals(List.of(new ChatId("discord", "dm:77")), pushedTo, "the chat's reply went to the channel");
    }

    @Test
    void aPrivatelyAnsweredSlashCommandIsDeferredPrivatelySoItsHintIsSeenByTheMemberAlone() {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        ReplyCallbackAction defer = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.deferReply(true)).thenReturn(defer);
        when(event.getHook()).thenReturn(hook);
        when(event.getName()).thenReturn("hint");
        when(event.getUser()).thenReturn(user);
        HintReply hint = new HintReply(RichText.plain("省委书记____主持会议并讲话。"), RichText.plain("请点按钮"));
        when(dispatcher.onCommand(any())).thenReturn(List.of(hint));

        listener.onSlashCommandInteraction(event);

        verify(event).deferReply(true);
        verify(event, never()).deferReply();
        ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(hook).sendMessage(data.capture());
        assertTrue(data.getValue().getContent().contains("主持会议并讲话"), data.getValue().getContent());
        verify(followUp).setEphemeral(true);
    }

    @Test
    void aHintAskedByMentionInAServerChannelIsNotPostedThereOnlyItsFallback() {
        HintReply hint = new HintReply(RichText.plain("省委书记____主持会议并讲话。"), RichText.plain("请点题目下方的按钮"));
        when(dispatcher.onMessage(any())).thenReturn(List.of(hint));
        MessageReceivedEvent mention = message(user, true, true, "<@1> /hint");

        listener.onMessageReceived(mention);

        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(mention.getChannel()).sendMessage(sent.capture());
        String shown = sent.getValue().getEmbeds().getFirst().getDescription();
        assertEquals("请点题目下方的按钮", shown);
    }

    @Test
    void aServerMessageIsReadOnlyWhenItMentionsTheBot() {
        MessageReceivedEvent quiet = message(user, true, false, "大家好");
        listener.onMessageReceived(quiet);
        verify(dispatcher, never()).onMessage(any());

        when(dispatcher.onMessage(any())).thenReturn(List.of(TextReply.of("答")));
        MessageReceivedEvent mention = message(user, true, true, "<@1> 什么是共同富裕？");
        listener.onMessageReceived(mention);
        ArgumentCaptor<IncomingMessage> message = ArgumentCaptor.forClass(IncomingMessage.class);
        verify(dispatcher).onMessage(message.capture());
        assertEquals("什么是共同富裕？", message.getValue().text());
        verify(mention.getChannel()).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void botsAreIgnoredAndDirectMessagesNeedNoMention() {
        listener.onMessageReceived(message(user(5L, true), false, false, "我是机器人"));
        verify(dispatcher, never()).onMessage(any());

        when(dispatcher.onMessage(any())).thenReturn(List.of());
        listener.onMessageReceived(message(user, false, false, "什么是新发展理念"));
        ArgumentCaptor<IncomingMessage> message = ArgumentCaptor.forClass(IncomingMessage.class);
        verify(dispatcher).onMessage(message.capture());
        assertEquals(ChatType.PRIVATE, message.getValue().origin().type());
        assertEquals("什么是新发展理念", message.getValue().text());
    }

    @Test
    void mentionsOfTheBotAreStrippedInBothForms() {
        assertEquals("问 题", DiscordListener.withoutMention("<@12> 问 <@!12> 题", 12L));
        assertEquals("<@13> 问", DiscordListener.withoutMention("<@13> 问", 12L));
    }

    private SlashCommandInteractionEvent slash(String name) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        when(event.deferReply(anyBoolean())).thenReturn(mock(ReplyCallbackAction.class, RETURNS_SELF));
        when(event.getHook()).thenReturn(hook);
        when(event.getName()).thenReturn(name);
        when(event.getUser()).thenReturn(user);
        return event;
    }

    private static User user(long id, boolean bot) {
        User user = mock(User.class);
        when(user.getIdLong()).thenReturn(id);
        when(user.getId()).thenReturn(Long.toString(id));
        when(user.getEffectiveName()).thenReturn("user" + id);
        when(user.isBot()).thenReturn(bot);
        return user;
    }

    private static MessageReceivedEvent message(User author, boolean inServer, boolean mentionsBot, String text) {
        MessageReceivedEvent event = mock(MessageReceivedEvent.class);
        JDA jda = mock(JDA.class);
        SelfUser self = mock(SelfUser.class);
        when(self.getIdLong()).thenReturn(1L);
        when(jda.getSelfUser()).thenReturn(self);
        when(event.getJDA()).thenReturn(jda);
        when(event.getAuthor()).thenReturn(author);
        when(event.isFromGuild()).thenReturn(inServer);
        if (inServer) {
            when(event.getMember()).thenReturn(mock(Member.class));
        }
        Message message = mock(Message.class);
        Mentions mentions = mock(Mentions.class);
        when(mentions.isMentioned(self, Message.MentionType.USER)).thenReturn(mentionsBot);
        when(message.getMentions()).thenReturn(mentions);
        when(message.getContentRaw()).thenReturn(text);
        when(event.getMessage()).thenReturn(message);
        MessageChannelUnion channel = mock(MessageChannelUnion.class);
        when(channel.getIdLong()).thenReturn(42L);
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(mock(MessageCreateAction.class));
        when(event.getChannel()).thenReturn(channel);
        return event;
    }

    @Test
    void aServerItDoesNotServeIsToldOnceAndLeft() {
        DiscordListener privateBot = new DiscordListener(dispatcher, SLASH, new DiscordOrigins(CLOCK), renderer,
                new DiscordMessenger(chat -> java.util.Optional.empty(), renderer, posted, Duration.ofSeconds(1)),
                posted, new dev.studybot.model.Access(java.util.Set.of("999"), java.util.Set.of()));
        net.dv8tion.jda.api.entities.Guild guild = mock(net.dv8tion.jda.api.entities.Guild.class);
        when(guild.getId()).thenReturn("123");
        @SuppressWarnings("unchecked")
        net.dv8tion.jda.api.requests.restaction.AuditableRestAction<Void> leave =
                mock(net.dv8tion.jda.api.requests.restaction.AuditableRestAction.class);
        when(guild.leave()).thenReturn(leave);
        when(dispatcher.messages(any())).thenAnswer(call -> Messages.of(call.getArgument(0)));
        ReplyCallbackAction refusal = mock(ReplyCallbackAction.class, RETURNS_SELF);
        SlashCommandInteractionEvent first = slash("help");
        when(first.getGuild()).thenReturn(guild);
        when(first.reply(org.mockito.ArgumentMatchers.anyString())).thenReturn(refusal);
        SlashCommandInteractionEvent second = slash("quiz");
        when(second.getGuild()).thenReturn(guild);
        when(second.reply(org.mockito.ArgumentMatchers.anyString())).thenReturn(refusal);

        privateBot.onSlashCommandInteraction(first);
        privateBot.onSlashCommandInteraction(second);

        ArgumentCaptor<String> said = ArgumentCaptor.forClass(String.class);
        verify(first).reply(said.capture());
        assertTrue(said.getValue().contains(Messages.of(dev.studybot.model.Language.ZH).get("platform.private")));
        verify(second, never()).reply(org.mockito.ArgumentMatchers.anyString());
        verify(leave).queue(any(), any());
        verify(dispatcher, never()).onCommand(any());
    }
}
