package dev.studybot.chat.command;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.spec.ChoiceType;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.chat.spec.Parameter;
import dev.studybot.chat.spec.Phrase;
import dev.studybot.model.Language;
import dev.studybot.store.ChatSettingsStore;
import java.util.List;
import java.util.Map;

/** {@code /lang zh|en}: the chat's reply language. */
public final class LangCommand implements Command {

    /** The language: {@code zh} or {@code en} (typed, also {@code 中文}, {@code English} and the like). */
    static final Parameter<Language> LANGUAGE = Parameter.required("language",
            new ChoiceType<>(List.of(Language.ZH.code(), Language.EN.code()), Language::parse));
    private static final CommandSpec SPEC = CommandSpec.named("lang").parameter(LANGUAGE)
            .usage(Phrase.of("lang.usage")).build();

    private final ChatSettingsStore store;
    private final Map<Language, Messages> messages;

    public LangCommand(ChatSettingsStore store, Map<Language, Messages> messages) {
        this.store = store;
        this.messages = Map.copyOf(messages);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> run(CommandRequest request) {
        Language language = request.arguments().value(LANGUAGE);
        store.save(request.settings().withLanguage(language));
        return List.of(TextReply.of(messages.get(language).get("lang.done")));
    }
}
