package dev.studybot.chat.command;

import dev.studybot.chat.spec.ParameterType;
import dev.studybot.chat.spec.Parsed;
import dev.studybot.chat.spec.TextType;
import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Documents named by id or {@code /docs} number, or {@code all}, as free text; platforms suggest the library's
 * document ids while the last name is typed, matching ids and titles ({@code 四川} suggests the Sichuan report's id).
 */
final class DocumentNamesType implements ParameterType<String> {

    /** Discord shows at most 25 suggestions. */
    static final int MAX_SUGGESTIONS = 25;
    /** Discord's longest choice value. */
    private static final int MAX_CHOICE = 100;

    private final DocumentLibrary library;
    private final TextType text = TextType.upTo(200);

    DocumentNamesType(DocumentLibrary library) {
        this.library = library;
    }

    @Override
    public Kind kind() {
        return Kind.TEXT;
    }

    @Override
    public Layout layout() {
        return Layout.REST;
    }

    @Override
    public Parsed<String> read(String typed) {
        return text.read(typed);
    }

    @Override
    public int maxLength() {
        return text.maxLength();
    }

    @Override
    public boolean suggests() {
        return true;
    }

    /** The names typed so far, the last one completed with each matching document id. */
    @Override
    public List<String> suggest(String typed) {
        String value = typed == null ? "" : typed;
        int split = Math.max(value.lastIndexOf(' '), Math.max(value.lastIndexOf(','), value.lastIndexOf('，')));
        String before = value.substring(0, split + 1);
        String last = value.substring(split + 1).strip().toLowerCase(Locale.ROOT);
        List<String> suggestions = new ArrayList<>();
        if (before.isEmpty() && "all".startsWith(last)) {
            suggestions.add("all");
        }
        for (Document document : library.documents()) {
            if (suggestions.size() >= MAX_SUGGESTIONS) {
                break;
            }
            boolean matches = last.isEmpty() || document.id().contains(last)
                    || document.title().toLowerCase(Locale.ROOT).contains(last);
            String suggestion = before + document.id();
            if (matches && suggestion.length() <= MAX_CHOICE) {
                suggestions.add(suggestion);
            }
        }
        return suggestions;
    }
}
