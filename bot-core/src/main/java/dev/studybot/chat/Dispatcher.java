package dev.studybot.chat;

import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.Language;
import dev.studybot.store.ChatSettingsStore;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbound port of the core: adapters hand it messages, commands from platform forms and presses of controls,
 * and render what it returns.
 *
 * <p>It loads the chat's settings, tells commands from questions, applies the rate limit, reads typed text by the
 * command's declaration, checks the call and runs the command with typed values ({@link CommandRunner}).
 * No exception leaves it: a failure is logged and the member gets a friendly message.
 */
public final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Map<String, Command> commandsByName = new LinkedHashMap<>();
    private final List<Command> commands;
    private final Command questionCommand;
    private final Map<Class<? extends Action>, ActionHandler<?>> actionHandlers = new HashMap<>();
    private final List<TextInterceptor> interceptors;
    private final ChatSettingsStore settingsStore;
    private final RateLimiter rateLimiter;
    private final Map<Language, Messages> messages;

    /**
     * @param commands        every command, in the order {@code /help} lists them
     * @param questionCommand the command a plain message runs (asking a question)
     * @param actionHandlers  what acts on each kind of action (button, select menu, poll vote)
     * @param interceptors    first readers of plain messages (conversations in progress)
     * @param settingsStore   chats' settings
     * @param rateLimiter     the per-member limit on messages
     * @param messages        the texts of each language
     */
    public Dispatcher(List<Command> commands, Command questionCommand, List<ActionHandler<?>> actionHandlers,
                      List<TextInterceptor> interceptors, ChatSettingsStore settingsStore, RateLimiter rateLimiter,
                      Map<Language, Messages> messages) {
        this.commands = List.copyOf(commands);
        for (Command command : commands) {
            register(command.spec().name(), command);
            command.spec().aliases().forEach(alias -> register(alias, command));
        }
        this.questionCommand = questionCommand;
        for (ActionHandler<?> handler : actionHandlers) {
            if (this.actionHandlers.putIfAbsent(handler.kind(), handler) != null) {
                throw new IllegalArgumentException("two handlers of " + handler.kind().getSimpleName());
            }
        }
        this.interceptors = List.copyOf(interceptors);
        this.settingsStore = settingsStore;
        this.rateLimiter = rateLimiter;
        this.messages = Map.copyOf(messages);
    }

    private void register(String name, Command command) {
        if (commandsByName.putIfAbsent(name, command) != null) {
            throw new IllegalArgumentException("two commands are named " + name);
        }
    }

    /** The commands' declarations, in {@code /help} order: what adapters build their menus and forms from. */
    public List<CommandSpec> commands() {
        return commands.stream().map(Command::spec).toList();
    }

    /** The messages of a language (adapters use them for command descriptions). */
    public Messages messages(Language language) {
        return messages.get(language);
    }

    /** Handles a text message addressed to the bot. */
    public List<Reply> onMessage(IncomingMessage message) {
        Origin origin = message.origin();
        Messages texts = messages.get(Language.fromHint(origin.languageHint()));
        try {
            ChatSettings settings = settingsFor(origin);
            texts = messages.get(settings.language());
            String text = InputText.clean(message.text());
            if (text.isEmpty()) {
                return List.of(TextReply.of(texts.get("input.empty")));
            }
            Optional<InputText.ParsedCommand> parsed = InputText.command(text);
            if (parsed.isEmpty()) {
                IncomingMessage cleaned = new IncomingMessage(origin, text);
                for (TextInterceptor interceptor : interceptors) {
                    Optional<List<Reply>> replies = interceptor.intercept(cleaned, settings, texts);
                    if (replies.isPresent()) {
                        return replies.get();
                    }
                }
            }
            Command command = parsed.isEmpty() ? questionCommand : commandsByName.get(parsed.get().name());
            if (command == null) {
                return List.of(TextReply.toMember(texts.get("input.unknownCommand", "/" + parsed.get().name())));
            }
            if (rateLimited(command, origin)) {
                return List.of(TextReply.of(texts.get("input.rateLimited", rateLimiter.limit())));
            }
            String arguments = parsed.map(InputText.ParsedCommand::arguments).orElse(text);
            return CommandRunner.runText(command, origin, arguments, settings, texts);
        } catch (RuntimeException e) {
            LOG.error("could not handle a message in {}", origin.chat(), e);
            return List.of(TextReply.of(texts.get("error.internal")));
        }
    }

    /** Handles a command from a platform's form, its options typed (a Discord slash command). */
    public List<Reply> onCommand(IncomingCommand incoming) {
        Origin origin = incoming.origin();
        Messages texts = messages.get(Language.fromHint(origin.languageHint()));
        try {
            ChatSettings settings = settingsFor(origin);
            texts = messages.get(settings.language());
            Command command = commandsByName.get(incoming.call().command());
            if (command == null) {
                return List.of(TextReply.toMember(texts.get("input.unknownCommand", "/" + incoming.call().command())));
            }
            if (rateLimited(command, origin)) {
                return List.of(TextReply.of(texts.get("input.rateLimited", rateLimiter.limit())));
            }
            return CommandRunner.run(command, incoming.call(), origin, settings, texts);
        } catch (RuntimeException e) {
            LOG.error("could not handle /{} in {}", incoming.call().command(), origin.chat(), e);
            return List.of(TextReply.of(texts.get("error.internal")));
        }
    }

    /** Questions cost a search each: they are what the limit is for; other commands are cheap. */
    private boolean rateLimited(Command command, Origin origin) {
        return command == questionCommand && !rateLimiter.tryAcquire(origin.chat() + "/" + origin.member().id());
    }

    /** Handles a press of a control the core offered (a button, a select menu, a poll vote). */
    public List<Reply> onAction(ActionPress press) {
        Origin origin = press.origin();
        Messages texts = messages.get(Language.fromHint(origin.languageHint()));
        try {
            ChatSettings settings = settingsFor(origin);
            texts = messages.get(settings.language());
            if (press.action().isPresent()) {
                Action action = press.action().get();
                ActionHandler<?> handler = actionHandlers.get(action.getClass());
                if (handler != null) {
                    return handle(handler, action, origin, settings, texts);
                }
            }
            return List.of(TextReply.toMember(texts.get("input.staleButton")));
        } catch (RuntimeException e) {
            LOG.error("could not handle a button press in {}", origin.chat(), e);
            return List.of(TextReply.toMember(texts.get("error.internal")));
        }
    }

    private static <A extends Action> List<Reply> handle(ActionHandler<A> handler, Action action, Origin origin,
                                                         ChatSettings settings, Messages texts) {
        return handler.handle(handler.kind().cast(action), origin, settings, texts);
    }

    /** The messages in the language the chat has chosen (Chinese until it chooses), for pushed messages. */
    public Messages messagesFor(ChatId chat) {
        return messages.get(settingsStore.find(chat).map(ChatSettings::language).orElse(Language.ZH));
    }

    /** The chat's settings; a chat seen for the first time starts in its member's language. */
    public ChatSettings settingsFor(Origin origin) {
        return settingsStore.find(origin.chat())
                .orElseGet(() -> ChatSettings.defaults(origin.chat(), Language.fromHint(origin.languageHint())));
    }

}
