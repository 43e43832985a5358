package dev.studybot.discord;

import dev.studybot.chat.Messenger;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.HintReply;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.chat.Reply.QuizRevealReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.model.ChatId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts what the core pushes (quiz questions, reveals, daily excerpts, the weekly picture) to Discord channels; a
 * hint only to a direct message (a server channel gets its fallback). A reveal edits its question's message when the
 * bot still knows it (removing the answer controls), else it is sent as a new message; a reveal that comes a day
 * after its question is always a new message, and only the question's controls are removed.
 * Never throws: a chat the bot cannot reach is {@link Delivery#BLOCKED}, any other failure {@link Delivery#FAILED}.
 */
final class DiscordMessenger implements Messenger {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordMessenger.class);
    /** Errors that mean the chat is out of reach for good (gone, no access, DMs closed). */
    private static final Set<ErrorResponse> UNREACHABLE = Set.of(ErrorResponse.MISSING_ACCESS,
            ErrorResponse.UNKNOWN_CHANNEL, ErrorResponse.UNKNOWN_USER, ErrorResponse.CANNOT_SEND_TO_USER,
            ErrorResponse.MISSING_PERMISSIONS, ErrorResponse.UNKNOWN_GUILD);

    private final ChannelDirectory channels;
    private final DiscordRenderer renderer;
    private final PostedQuestions posted;
    private final Duration timeout;

    DiscordMessenger(ChannelDirectory channels, DiscordRenderer renderer, PostedQuestions posted, Duration timeout) {
        this.channels = channels;
        this.renderer = renderer;
        this.posted = posted;
        this.timeout = timeout;
    }

    /** Whether the chat is a channel of this process's shards (or a direct message, with shard 0). */
    @Override
    public boolean reaches(ChatId chat) {
        return channels.reaches(chat);
    }

    @Override
    public Delivery send(ChatId chat, Reply reply) {
        try {
            if (reply instanceof QuizRevealReply reveal && reveal.standalone()) {
                closeQuestion(reveal);
            } else if (reply instanceof QuizRevealReply reveal && editQuestion(reveal)) {
                return Delivery.SENT;
            }
            Optional<MessageChannel> channel = channels.find(chat);
            if (channel.isEmpty()) {
                LOG.warn("no Discord channel for {}: not sent", chat);
                return Delivery.BLOCKED;
            }
            if (reply instanceof QuizQuestionReply question) {
                return sendQuestion(question, channel.get());
            }
            // A hint is for one member: outside a direct message only its fallback is said.
            Reply shown = reply instanceof HintReply hint && channel.get().getType() != ChannelType.PRIVATE
                    ? TextReply.of(hint.fallback()) : reply;
            for (MessageCreateData data : renderer.render(shown)) {
                await(channel.get().sendMessage(data));
            }
            return Delivery.SENT;
        } catch (RuntimeException e) {
            return failure(chat, e);
        }
    }

    /** Posts a question, remembering its message before it is sent (see {@link PostedQuestions#expect}). */
    private Delivery sendQuestion(QuizQuestionReply question, MessageChannel channel) {
        CompletableFuture<Long> messageId = posted.expect(question.question(), renderer.questionEmbed(question),
                channel::editMessageById);
        try {
            Message last = null;
            for (MessageCreateData data : renderer.render(question)) {
                last = await(channel.sendMessage(data));
            }
            messageId.complete(last == null ? 0L : last.getIdLong());
            return Delivery.SENT;
        } catch (RuntimeException e) {
            messageId.completeExceptionally(e);
            posted.take(question.question());
            throw e;
        }
    }

    /**
     * Removes the answer controls of a question revealed long after it was asked (the reveal itself is posted as a
     * new message, with the next day's excerpt), when the bot still knows its message.
     */
    private void closeQuestion(QuizRevealReply reveal) {
        posted.take(reveal.question()).ifPresent(question -> {
            try {
                await(question.editor().apply(new MessageEditBuilder().setEmbeds(question.embed())
                        .setComponents(List.of()).build()));
            } catch (RuntimeException e) {
                LOG.info("could not close the controls of {}: {}", reveal.question(), e.toString());
            }
        });
    }

    /** Edits the question's message to show the reveal; false when the message is unknown or the edit failed. */
    private boolean editQuestion(QuizRevealReply reveal) {
        Optional<PostedQuestions.Posted> question = posted.take(reveal.question());
        if (question.isEmpty()) {
            return false;
        }
        // Setting no components removes the answer buttons or menu.
        MessageEditData edit = new MessageEditBuilder().setEmbeds(question.get().embed(), renderer.reveal(reveal))
                .setComponents(List.of()).build();
        try {
            await(question.get().editor().apply(edit));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("could not edit the message of {}; sending the reveal instead: {}", reveal.question(),
                    e.toString());
            return false;
        }
    }

    private <T> T await(RestAction<T> action) {
        try {
            return action.submit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Discord did not answer within " + timeout, e);
        }
    }

    private static Delivery failure(ChatId chat, RuntimeException e) {
        if (e instanceof InsufficientPermissionException
                || e instanceof ErrorResponseException error && UNREACHABLE.contains(error.getErrorResponse())) {
            LOG.warn("Discord chat {} is out of reach: {}", chat, e.getMessage());
            return Delivery.BLOCKED;
        }
        LOG.warn("sending to Discord chat {} failed", chat, e);
        return Delivery.FAILED;
    }
}
