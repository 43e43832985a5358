package dev.studybot.telegram;

import dev.studybot.chat.ActionPress;
import dev.studybot.chat.IncomingMessage;
import dev.studybot.chat.Origin;
import dev.studybot.model.Access;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import dev.studybot.model.Member;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.polls.PollAnswer;

/**
 * Reads Telegram updates into what they mean for the core. In private chats every text is for the bot; in groups
 * only commands (not those addressed to another bot), messages that mention the bot (the mention is removed) and
 * replies to the bot's messages. Reads only: no Bot API calls (the admin check is made later, if ever needed).
 */
final class UpdateReader {

    private static final Pattern COMMAND_TARGET = Pattern.compile("^[/／][A-Za-z0-9_]+@([A-Za-z0-9_]+)");

    private final BotIdentity bot;
    private final PollRegistry polls;
    private final BotApiCalls calls;
    private final Clock clock;
    private final Access access;
    private final Pattern mention;

    UpdateReader(BotIdentity bot, PollRegistry polls, BotApiCalls calls, Clock clock) {
        this(bot, polls, calls, clock, Access.open());
    }

    /** @param access the chats served and the owners, who count as admins everywhere */
    UpdateReader(BotIdentity bot, PollRegistry polls, BotApiCalls calls, Clock clock, Access access) {
        this.access = access;
        this.bot = bot;
        this.polls = polls;
        this.calls = calls;
        this.clock = clock;
        this.mention = Pattern.compile("@" + Pattern.quote(bot.username()) + "(?![A-Za-z0-9_])",
                Pattern.CASE_INSENSITIVE);
    }

    /** What the update means, if anything; in a chat the bot does not serve, only that. */
    Optional<Inbound> read(Update update) {
        if (update.getMyChatMember() != null) {
            return joined(update.getMyChatMember());
        }
        if (update.getChannelPost() != null) {
            return channelPost(update.getChannelPost()).map(this::servedOnly);
        }
        if (update.getMessage() != null) {
            return message(update.getMessage()).map(this::servedOnly);
        }
        if (update.getCallbackQuery() != null) {
            return Optional.of(servedOnly(callback(update.getCallbackQuery())));
        }
        if (update.getPollAnswer() != null) {
            return pollAnswer(update.getPollAnswer()).map(this::servedOnly);
        }
        return Optional.empty();
    }

    /** The inbound as read when the bot serves its chat (or the member is an owner), else {@link Inbound.NotServed}. */
    private Inbound servedOnly(Inbound inbound) {
        Origin origin = switch (inbound) {
            case Inbound.Text text -> text.message().origin();
            case Inbound.Callback callback -> callback.press().origin();
            case Inbound.PollVote vote -> vote.press().origin();
            default -> null;
        };
        if (origin == null || access.serves(origin.member().id(), origin.chat().id())) {
            return inbound;
        }
        return new Inbound.NotServed(origin.chat(), origin.type());
    }

    /** The bot added to a group or channel: greeted once there, or told it is not served. */
    private Optional<Inbound> joined(ChatMemberUpdated update) {
        if (update.getChat() == null || update.getNewChatMember() == null) {
            return Optional.empty();
        }
        String now = update.getNewChatMember().getStatus();
        String before = update.getOldChatMember() == null ? "left" : update.getOldChatMember().getStatus();
        boolean in = "member".equals(now) || "administrator".equals(now);
        boolean wasIn = "member".equals(before) || "administrator".equals(before) || "creator".equals(before);
        long chatId = update.getChat().getId();
        if (!in || wasIn || "private".equals(update.getChat().getType())) {
            return Optional.empty();
        }
        String by = update.getFrom() == null ? null : Long.toString(update.getFrom().getId());
        return Optional.of(new Inbound.Joined(TelegramChats.chatId(chatId), ChatType.GROUP,
                access.serves(by, Long.toString(chatId))));
    }

    /**
     * A channel post: only {@code /daily} is for the bot (a channel is a place to publish excerpts, not to chat).
     * Only a channel's admins can post, so the post counts as an admin's.
     */
    private Optional<Inbound> channelPost(Message post) {
        if (post.getChat() == null || !post.hasText()) {
            return Optional.empty();
        }
        String text = post.getText().strip();
        Matcher target = COMMAND_TARGET.matcher(text);
        if (target.find() && !bot.isNamed(target.group(1))) {
            return Optional.empty();
        }
        if (!text.matches("(?s)^[/／]daily(@[A-Za-z0-9_]+)?(\\s.*)?$")) {
            return Optional.empty();
        }
        long chatId = post.getChat().getId();
        String title = post.getChat().getTitle() == null ? "channel" : post.getChat().getTitle();
        Origin origin = new Origin(TelegramChats.chatId(chatId), ChatType.GROUP,
                new Member(Long.toString(chatId), title), clock.instant(), null, () -> true);
        return Optional.of(new Inbound.Text(new IncomingMessage(origin, text), null));
    }

    private Optional<Inbound> message(Message message) {
        if (message.getChat() == null) {
            return Optional.empty();
        }
        long chatId = message.getChat().getId();
        if (message.getMigrateToChatId() != null) {
            return Optional.of(new Inbound.Migration(chatId, message.getMigrateToChatId()));
        }
        if (message.getMigrateFromChatId() != null) {
            return Optional.of(new Inbound.Migration(message.getMigrateFromChatId(), chatId));
        }
        User from = message.getFrom();
        if (!message.hasText() || from == null || Boolean.TRUE.equals(from.getIsBot())
                || "channel".equals(message.getChat().getType())) {
            return Optional.empty();
        }
        ChatType type = TelegramChats.typeOf(message.getChat().getType());
        Optional<String> text = addressedText(message, type);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Origin origin = origin(chatId, type, from);
        return Optional.of(new Inbound.Text(new IncomingMessage(origin, text.get()), threadOf(message)));
    }

    /** The text for the core when the message is for the bot. */
    private Optional<String> addressedText(Message message, ChatType type) {
        String text = message.getText();
        Matcher target = COMMAND_TARGET.matcher(text);
        if (target.find()) {
            // "/quiz@otherbot" in a group is for another bot; the dispatcher drops "@thisbot" itself.
            return bot.isNamed(target.group(1)) ? Optional.of(text) : Optional.empty();
        }
        String withoutMention = bot.username().isEmpty()
                ? text.strip() : mention.matcher(text).replaceAll("").replaceAll(" {2,}", " ").strip();
        if (type == ChatType.PRIVATE || text.startsWith("/") || text.startsWith("／")) {
            return Optional.of(withoutMention);
        }
        boolean mentioned = !withoutMention.equals(text.strip());
        Message repliedTo = message.getReplyToMessage();
        boolean replyToBot = repliedTo != null && repliedTo.getFrom() != null
                && repliedTo.getFrom().getId() != null && repliedTo.getFrom().getId() == bot.id();
        return mentioned || replyToBot ? Optional.of(withoutMention) : Optional.empty();
    }

    private Inbound callback(CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        User from = query.getFrom();
        if (message == null || message.getChatId() == null || from == null || query.getData() == null) {
            long key = from != null && from.getId() != null ? from.getId() : 0;
            return new Inbound.UnusableCallback(TelegramChats.chatId(key), query.getId());
        }
        long chatId = message.getChatId();
        Chat chat = message.getChat();
        ChatType type = chat != null && chat.getType() != null
                ? TelegramChats.typeOf(chat.getType()) : TelegramChats.typeOf(chatId);
        Integer thread = message instanceof Message full ? threadOf(full) : null;
        return new Inbound.Callback(ActionPress.decode(origin(chatId, type, from), query.getData()), query.getId(),
                thread);
    }

    private Optional<Inbound> pollAnswer(PollAnswer answer) {
        User voter = answer.getUser();
        List<Integer> options = answer.getOptionIds();
        if (voter == null || options == null || options.isEmpty()) {
            return Optional.empty(); // an anonymous voter, or a vote taken back
        }
        return polls.find(answer.getPollId()).map(poll -> {
            long chatId = TelegramChats.telegramId(poll.chat());
            Origin origin = origin(chatId, TelegramChats.typeOf(chatId), voter);
            return new Inbound.PollVote(ActionPress.of(origin, poll.answer().withChoices(options)));
        });
    }

    private Origin origin(long chatId, ChatType type, User user) {
        ChatId chat = TelegramChats.chatId(chatId);
        Member member = new Member(Long.toString(user.getId()), displayName(user));
        Locale hint = user.getLanguageCode() == null || user.getLanguageCode().isBlank()
                ? null : Locale.forLanguageTag(user.getLanguageCode());
        AdminCheck admin = new AdminCheck(calls, chatId, user.getId());
        String memberId = member.id();
        return new Origin(chat, type, member, clock.instant(), hint,
                () -> access.isOwner(memberId) || admin.getAsBoolean());
    }

    /** First and last name, else the username, for leaderboards and results. */
    static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        if (!name.isEmpty()) {
            return name;
        }
        return user.getUserName() == null ? null : "@" + user.getUserName();
    }

    private static Integer threadOf(Message message) {
        return Boolean.TRUE.equals(message.getIsTopicMessage()) ? message.getMessageThreadId() : null;
    }
}
