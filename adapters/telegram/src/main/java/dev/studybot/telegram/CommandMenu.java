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

/**
 * Registers the core's commands as the bot's command menu (setMyCommands), made from their declarations: the listed
 * ones, Chinese descriptions by default, English ones for clients whose {@code language_code} is {@code en}.
 */
final class CommandMenu {

    private static final Logger LOG = LoggerFactory.getLogger(CommandMenu.class);
    /** Telegram's rule for command names. */
    private static final Pattern VALID_NAME = Pattern.compile("[a-z0-9_]{1,32}");
    private static final int MAX_DESCRIPTION = 256;

    private final BotApiCalls calls;

    CommandMenu(BotApiCalls calls) {
        this.calls = calls;
    }

    /** Sets the menu in both languages; a failure is logged (the bot works without a menu). */
    void register(Dispatcher dispatcher) {
        set(commands(dispatcher.commands(), dispatcher.messages(Language.ZH)), null);
        set(commands(dispatcher.commands(), dispatcher.messages(Language.EN)), Language.EN.code());
    }

    /** The listed commands with their descriptions in one language. */
    static List<BotCommand> commands(List<CommandSpec> commands, Messages messages) {
        return commands.stream()
                .filter(CommandSpec::listed)
                .filter(spec -> VALID_NAME.matcher(spec.name()).matches())
                .<BotCommand>map(spec -> {
                    String key = CommandTexts.description(spec);
                    String description = messages.has(key) ? messages.get(key) : spec.name();
                    return BotCommand.builder().command(spec.name())
                            .description(Texts.truncate(description, MAX_DESCRIPTION)).build();
                })
                .toList();
    }

    private void set(List<BotCommand> commands, String languageCode) {
        try {
            calls.call(SetMyCommands.builder().commands(commands).languageCode(languageCode).build());
        } catch (CallFailure failure) {
            LOG.warn("could not set the command menu ({}): {}", languageCode == null ? "default" : languageCode,
                    failure.getMessage());
        }
    }
}
