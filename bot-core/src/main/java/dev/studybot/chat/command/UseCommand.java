package dev.studybot.chat.command;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.chat.spec.Parameter;
import dev.studybot.chat.spec.Phrase;
import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.model.ChatSettings;
import dev.studybot.store.ChatSettingsStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /use ID… | all}: limits the chat's answers, quizzes and excerpts to some documents, by id or by their
 * number in {@code /docs}. In groups only admins may change it.
 */
public final class UseCommand implements Command {

    private final DocumentLibrary library;
    private final ChatSettingsStore store;
    /** Document ids or {@code /docs} numbers, or {@code all}; giving them is for a group's admins. */
    private final Parameter<String> documentsParameter;
    private final CommandSpec spec;

    public UseCommand(DocumentLibrary library, ChatSettingsStore store) {
        this.library = library;
        this.store = store;
        this.documentsParameter = Parameter.required("documents", new DocumentNamesType(library)).forAdmins();
        this.spec = CommandSpec.named("use").hiddenFromMembers().parameter(documentsParameter)
                .usage(Phrase.of("use.usage")).adminOnly(Phrase.of("use.adminOnly")).build();
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public List<Reply> run(CommandRequest request) {
        Messages messages = request.messages();
        String arguments = request.arguments().value(documentsParameter);
        ChatSettings settings = request.settings();
        if (arguments.toLowerCase(Locale.ROOT).equals("all") || arguments.equals("全部")) {
            store.save(settings.withScope(Set.of()));
            return List.of(TextReply.of(messages.get("use.all", library.size())));
        }
        List<Document> documents = library.documents();
        Set<String> chosen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String token : arguments.split("[\\s,，、]+")) {
            String id = resolve(token, documents);
            if (id == null) {
                unknown.add(token);
            } else {
                chosen.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            return List.of(TextReply.of(messages.get("use.unknown", String.join(" ", unknown))));
        }
        store.save(settings.withScope(chosen));
        return List.of(TextReply.of(messages.get("use.done", String.join(", ", chosen))));
    }

    private String resolve(String token, List<Document> documents) {
        String t = token.strip().toLowerCase(Locale.ROOT);
        if (library.contains(t)) {
            return t;
        }
        if (t.matches("\\d{1,4}")) {
            int number = Integer.parseInt(t);
            if (number >= 1 && number <= documents.size()) {
                return documents.get(number - 1).id();
            }
        }
        return null;
    }
}
