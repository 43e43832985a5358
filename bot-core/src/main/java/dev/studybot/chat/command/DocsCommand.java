package dev.studybot.chat.command;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import java.util.List;
import java.util.Set;

/** {@code /docs}: the documents, numbered, with the ones in the chat's scope marked. */
public final class DocsCommand implements Command {

    private static final CommandSpec SPEC = CommandSpec.named("docs").build();

    private final DocumentLibrary library;

    public DocsCommand(DocumentLibrary library) {
        this.library = library;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> run(CommandRequest request) {
        Messages messages = request.messages();
        Set<String> scope = request.settings().scope();
        RichText.Builder text = RichText.builder().strong(messages.get("docs.title", library.size())).newline();
        List<Document> documents = library.documents();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            boolean inScope = scope.isEmpty() || scope.contains(document.id());
            text.plain((inScope ? "✓ " : "  ") + (i + 1) + ". ").strong(document.id())
                    .plain(" " + document.fullTitle()).newline();
        }
        text.muted(scope.isEmpty() ? messages.get("docs.scopeAll") : messages.get("docs.scopeSome", scope.size()))
                .newline().muted(messages.get("docs.hint"));
        return List.of(TextReply.of(text.build()));
    }
}
