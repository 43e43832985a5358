package dev.studybot.chat.command;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.Language;
import dev.studybot.store.ChatSettingsStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /lang zh|en}: the chat's reply language. */
public final class LangCommand implements Command {

    private final ChatSettingsStore store;
    private final Map<Language, Messages> messages;

    public LangCommand(ChatSettingsStore store, Map<Language, Messages> messages) {
        this.store = store;
        this.messages = Map.copyOf(messages);
    }

    @Override
    public String name() {
        return "lang";
    }

    @Override
    public List<Reply> run(CommandRequest request) {
        Optional<Language> language = Language.parse(request.arguments());
        if (language.isEmpty()) {
            return List.of(TextReply.of(request.messages().get("lang.usage")));
        }
        ChatSettings settings = request.settings().withLanguage(language.get());
        store.save(settings);
        return List.of(TextReply.of(messages.get(language.get()).get("lang.done")));
    }
}
