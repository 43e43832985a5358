package dev.studybot.discord;

import dev.studybot.chat.ActionPress;
import dev.studybot.chat.Audience;
import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.IncomingCommand;
import dev.studybot.chat.IncomingMessage;
import dev.studybot.chat.Origin;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.HintReply;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.spec.CommandCall;
import dev.studybot.model.Access;
import dev.studybot.model.ChatId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Discord events into the core's inputs and sends back what the core replies.
 *
 * <ul>
 *   <li>Slash commands: the reply is deferred at once (the work may take longer than Discord's 3 seconds),
 *       privately for a command whose answer is for the member alone ({@code /hint}, {@code /me}, {@code /help},
 *       {@code /review}); the command and its typed options go to the core as a {@link CommandCall} (never written
 *       out as text), and the replies follow up as embeds, those for the member alone as ephemeral messages (a
 *       refusal of a public command removes the public placeholder first).</li>
 *   <li>Buttons and select menus: an {@link ActionPress} of the action the component carries; what the core says
 *       to the member who clicked (such as "answer recorded") is shown to them alone (ephemeral), what it says to
 *       the chat is posted in the channel.</li>
 *   <li>Messages: a direct message, or a server message that mentions the bot, is a question; Discord delivers
 *       the content of exactly these without the privileged Message Content intent. A hint asked this way in a
 *       server is not posted there: the channel gets its fallback, which points to the hint button.</li>
 * </ul>
 * Every handler logs its failures and returns: nothing here stops JDA's event loop.
 */
final class DiscordListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordListener.class);

    private final Dispatcher dispatcher;
    private final SlashCommands commands;
    private final DiscordOrigins origins;
    private final DiscordRenderer renderer;
    private final DiscordMessenger messenger;
    private final PostedQuestions posted;
    private final Access access;
    /** Servers and chats already told that the bot does not serve them. */
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    DiscordListener(Dispatcher dispatcher, SlashCommands commands, DiscordOrigins origins,
                    DiscordRenderer renderer, DiscordMessenger messenger, PostedQuestions posted) {
        this(dispatcher, commands, origins, renderer, messenger, posted, Access.open());
    }

    /** @param access the servers and channels served ({@code STUDYBOT_ALLOWED_CHATS}) and the owners */
    DiscordListener(Dispatcher dispatcher, SlashCommands commands, DiscordOrigins origins,
                    DiscordRenderer renderer, DiscordMessenger messenger, PostedQuestions posted, Access access) {
        this.access = access;
        this.dispatcher = dispatcher;
        this.commands = commands;
        this.origins = origins;
        this.renderer = renderer;
        this.messenger = messenger;
        this.posted = posted;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        try {
            if (!served(event.getUser(), event.getGuild(), event.getChannelIdLong())) {
                refuse(event.getGuild(), event.getChannelIdLong(), text -> event.reply(text).queue(null,
                        e -> LOG.debug("refusal not sent: {}", e.toString())));
                return;
            }
            // A deferred reply's first follow-up keeps the deferral's visibility: a command whose replies are for
            // the member alone (/hint, /me, /help, /review) is deferred privately, its replies for the chat then
            // posted in the channel.
            boolean privately = commands.privateReplies(event.getName());
            event.deferReply(privately).queue(null, e -> LOG.warn("could not defer /{}: {}", event.getName(),
                    e.toString()));
            CommandCall call = commands.call(event.getName(), event.getSubcommandName(), event::getOption);
            Origin origin = origins.origin(event.getUser(), event.getMember(), event.getChannelIdLong(),
                    event.getUserLocale());
            List<Reply> replies = dispatcher.onCommand(new IncomingCommand(origin, call));
            if (privately) {
                answerPress(event.getHook(), origin.chat(), replies);
            } else {
                if (!replies.isEmpty() && replies.stream().allMatch(r -> r.audience() == Audience.MEMBER)) {
                    // A refusal of a public command (not an admin, a bad call): the public placeholder goes, and
                    // the member alone sees why (the first follow-up of a deferral would keep its visibility).
                    event.getHook().deleteOriginal().queue(null, e -> LOG.debug("placeholder not removed: {}",
                            e.toString()));
                }
                followUp(event.getHook(), replies);
            }
        } catch (RuntimeException e) {
            LOG.error("slash command /{} failed", event.getName(), e);
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        press(event, origin -> ActionPress.decode(origin, event.getComponentId()));
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        press(event, origin -> new ActionPress(origin,
                DiscordRenderer.selected(event.getComponentId(), event.getValues())));
    }

    private void press(GenericComponentInteractionCreateEvent event, Function<Origin, ActionPress> pressOf) {
        try {
            if (!served(event.getUser(), event.getGuild(), event.getChannelIdLong())) {
                refuse(event.getGuild(), event.getChannelIdLong(), text -> event.reply(text).setEphemeral(true)
                        .queue(null, e -> LOG.debug("refusal not sent: {}", e.toString())));
                return;
            }
            event.deferReply(true).queue(null, e -> LOG.warn("could not defer a button press: {}", e.toString()));
            Origin origin = origins.origin(event.getUser(), event.getMember(), event.getChannelIdLong(),
                    event.getUserLocale());
            answerPress(event.getHook(), origin.chat(), dispatcher.onAction(pressOf.apply(origin)));
        } catch (RuntimeException e) {
            LOG.error("button press {} failed", event.getComponentId(), e);
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        try {
            if (!served(event.getUser(), event.getGuild(), event.getChannelIdLong())) {
                return;
            }
            List<String> suggestions = commands.suggestions(event.getName(), event.getSubcommandName(),
                    event.getFocusedOption().getName(), event.getFocusedOption().getValue());
            if (!suggestions.isEmpty()) {
                event.replyChoiceStrings(suggestions)
                        .queue(null, e -> LOG.debug("autocomplete not sent: {}", e.toString()));
            }
        } catch (RuntimeException e) {
            LOG.error("autocomplete failed", e);
        }
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        try {
            User author = event.getAuthor();
            if (author.isBot() || author.isSystem() || event.isWebhookMessage()) {
                return;
            }
            User self = event.getJDA().getSelfUser();
            Message message = event.getMessage();
            if (event.isFromGuild() && !message.getMentions().isMentioned(self, Message.MentionType.USER)) {
                return;
            }
            if (!served(author, event.isFromGuild() ? event.getGuild() : null, event.getChannel().getIdLong())) {
                refuse(event.isFromGuild() ? event.getGuild() : null, event.getChannel().getIdLong(),
                        text -> event.getChannel().sendMessage(text).queue(null,
                                e -> LOG.debug("refusal not sent: {}", e.toString())));
                return;
            }
            String text = withoutMention(message.getContentRaw(), self.getIdLong());
            Origin origin = origins.origin(author, event.getMember(), event.getChannel().getIdLong(), null);
            MessageChannel channel = event.getChannel();
            for (Reply reply : dispatcher.onMessage(new IncomingMessage(origin, text))) {
                // A hint asked in a server channel would show to everyone there: the channel gets its fallback.
                Reply shown = event.isFromGuild() && reply instanceof HintReply hint
                        ? TextReply.of(hint.fallback()) : reply;
                send(shown, renderer.render(shown), channel::sendMessage, channel::editMessageById);
            }
        } catch (RuntimeException e) {
            LOG.error("message handling failed", e);
        }
    }

    /** Added to a server it does not serve: it says so where the server lets it, and leaves. */
    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        try {
            Guild guild = event.getGuild();
            if (access.serves(null, guild.getId())) {
                return;
            }
            TextChannel channel = guild.getSystemChannel();
            refuse(guild, channel == null ? 0 : channel.getIdLong(), text -> {
                if (channel != null && channel.canTalk()) {
                    channel.sendMessage(text).queue(null, e -> LOG.debug("refusal not sent: {}", e.toString()));
                }
            });
        } catch (RuntimeException e) {
            LOG.error("joining a server failed", e);
        }
    }

    /** Whether the bot serves this server (or channel, or, in a direct message, this user), or the user owns it. */
    private boolean served(User user, Guild guild, long channelId) {
        return access.serves(user.getId(), guild == null ? user.getId() : guild.getId(),
                Long.toUnsignedString(channelId));
    }

    /** Says once per server (or direct-message chat) that the bot is private, then leaves the server. */
    private void refuse(Guild guild, long channelId, java.util.function.Consumer<String> say) {
        String where = guild == null ? "dm:" + Long.toUnsignedString(channelId) : guild.getId();
        if (!refused.add(where)) {
            return;
        }
        LOG.info("Discord {} is not in STUDYBOT_ALLOWED_CHATS: saying so{}", where, guild == null ? "" : " and leaving");
        say.accept(dispatcher.messages(dev.studybot.model.Language.ZH).get("platform.private") + "\n"
                + dispatcher.messages(dev.studybot.model.Language.EN).get("platform.private"));
        if (guild != null) {
            guild.leave().queue(null, e -> LOG.warn("could not leave server {}: {}", guild.getId(), e.toString()));
        }
    }

    /** The text without mentions of the bot ({@code <@id>} or {@code <@!id>}). */
    static String withoutMention(String content, long selfId) {
        Pattern mention = Pattern.compile("\\s*<@!?" + Long.toUnsignedString(selfId) + ">\\s*");
        return mention.matcher(content).replaceAll(" ").strip();
    }

    /**
     * The replies to a press: what is for the member who pressed (an answer recorded or refused, more passages) is
     * shown to them alone; what is for the chat (a reveal, which edits its question's message, the next question,
     * the ranking) is posted in the channel for everyone, as the quiz clock would post it.
     */
    private void answerPress(InteractionHook hook, ChatId chat, List<Reply> replies) {
        followUp(hook, replies.stream().filter(r -> r.audience() == Audience.MEMBER).toList());
        for (Reply reply : replies) {
            if (reply.audience() == Audience.CHAT) {
                messenger.send(chat, reply);
            }
        }
    }

    /**
     * Sends the replies through the interaction's webhook, those for the member alone as ephemeral messages; no reply
     * removes the "thinking…" placeholder. The first follow-up of a deferred reply replaces it and keeps its
     * visibility (public for a slash command, private for a press), so the replies for the chat go first.
     */
    private void followUp(InteractionHook hook, List<Reply> replies) {
        if (replies.isEmpty()) {
            hook.deleteOriginal().queue(null, e -> LOG.debug("placeholder not removed: {}", e.toString()));
            return;
        }
        List<Reply> ordered = new ArrayList<>(replies.stream().filter(r -> r.audience() == Audience.CHAT).toList());
        replies.stream().filter(r -> r.audience() == Audience.MEMBER).forEach(ordered::add);
        for (Reply reply : ordered) {
            boolean ephemeral = reply.audience() == Audience.MEMBER;
            send(reply, ephemeral ? renderer.renderAsContent(reply) : renderer.render(reply),
                    data -> hook.sendMessage(data).setEphemeral(ephemeral), hook::editMessageById);
        }
    }

    /**
     * Sends a reply's messages in order. A quiz question is remembered before it is sent, so that its reveal
     * edits the (last) message even when it comes before Discord's answer has been handled.
     */
    private void send(Reply reply, List<MessageCreateData> messages,
                      Function<MessageCreateData, RestAction<Message>> sender,
                      BiFunction<Long, MessageEditData, RestAction<?>> editor) {
        CompletableFuture<Long> questionId = reply instanceof QuizQuestionReply question
                ? posted.expect(question.question(), renderer.questionEmbed(question), editor)
                : new CompletableFuture<>();
        for (int i = 0; i < messages.size(); i++) {
            boolean last = i == messages.size() - 1;
            sender.apply(messages.get(i)).queue(sent -> {
                if (last) {
                    questionId.complete(sent.getIdLong());
                }
            }, e -> {
                questionId.completeExceptionally(e);
                LOG.warn("message not sent: {}", e.toString());
            });
        }
    }
}
