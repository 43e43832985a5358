package dev.studybot.telegram;

import dev.studybot.chat.CommandTexts;
import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.Messages;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.model.Language;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllChatAdministrators;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;

/**
 * Registers the core's commands as the bot's command menus (setMyCommands), made from their declarations, Chinese
 * descriptions by default and English ones for clients whose {@code language_code} is {@code en}: group members see
 * the listed commands that are not for admins; group admins, and everyone in a private chat (their own), see them
 * all ({@code /use}, {@code /daily} too).
 */
final class CommandMenu {

    private static final Logger LOG = LoggerFactory.getLogger(CommandMenu.class);
    /** Telegram's rule for command names. */
    private static final Pattern VALID_NAME = Pattern.compile("[a-z0-9_]{1,32}");
    private static final int MAX_DESCRIPTION = 256;

    /** Who a menu is for. */
    enum Audience {
        /** Everyone, where no other menu applies: group members. */
        MEMBERS(null),
        /** Private chats. */
        PRIVATE_CHATS(new BotCommandScopeAllPrivateChats()),
        /** Administrators of groups. */
        GROUP_ADMINS(new BotCommandScopeAllChatAdministrators());

        private final BotCommandScope scope;

        Audience(BotCommandScope scope) {
            this.scope = scope;
        }
    }

    private final BotApiCalls calls;

    CommandMenu(BotApiCalls calls) {
        this.calls = calls;
    }

    /** Sets every menu in both languages; a failure is logged (the bot works without a menu). */
    void register(Dispatcher dispatcher) {
        for (Audience audience : Audience.values()) {
            set(commands(dispatcher.commands(), dispatcher.messages(Language.ZH), audience), null, audience);
            set(commands(dispatcher.commands(), dispatcher.messages(Language.EN), audience), Language.EN.code(),
                    audience);
        }
    }

    /** The listed commands for everyone (as {@link Audience#MEMBERS}) with their descriptions in one language. */
    static List<BotCommand> commands(List<CommandSpec> commands, Messages messages) {
        return commands(commands, messages, Audience.MEMBERS);
    }

    /** The listed commands an audience sees, with their descriptions in one language. */
    static List<BotCommand> commands(List<CommandSpec> commands, Messages messages, Audience audience) {
        return commands.stream()
                .filter(CommandSpec::listed)
                .filter(spec -> audience != Audience.MEMBERS || !spec.hiddenFromMembers())
                .filter(spec -> VALID_NAME.matcher(spec.name()).matches())
                .<BotCommand>map(spec -> {
                    String key = CommandTexts.description(spec);
                    String description = messages.has(key) ? messages.get(key) : spec.name();
                    return BotCommand.builder().command(spec.name())
                            .description(Texts.truncate(description, MAX_DESCRIPTION)).build();
                })
                .toList();
    }

    private void set(List<BotCommand> commands, String languageCode, Audience audience) {
        try {
            calls.call(SetMyCommands.builder().commands(commands).languageCode(languageCode).scope(audience.scope)
                    .build());
        } catch (CallFailure failure) {
            LOG.warn("could not set the command menu ({}, {}): {}", audience,
                    languageCode == null ? "default" : languageCode, failure.getMessage());
        }
    }
}
