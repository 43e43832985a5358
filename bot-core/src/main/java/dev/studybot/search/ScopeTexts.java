package dev.studybot.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Whether the documents a chat reads say a text in one of their passages (folded): what the judges on things no
 * document speaks of ask, a region's name, a body, a post or a year. Each document's answer for a text is kept, so a
 * text is looked for once in a document however many questions name it.
 */
final class ScopeTexts {

    private final PassageCatalog catalog;
    private final Map<String, Boolean> said = new ConcurrentHashMap<>();

    ScopeTexts(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    /** Whether a passage of a document of the scope holds the text. */
    boolean says(String text, SearchScope scope) {
        return catalog.documentsIn(scope).stream()
                .anyMatch(docId -> said.computeIfAbsent(docId + "\t" + text, key -> documentSays(docId, text)));
    }

    private boolean documentSays(String docId, String text) {
        PassageCatalog.Range passages = catalog.passagesOf(docId);
        return IntStream.range(passages.from(), passages.to()).mapToObj(catalog::folded)
                .anyMatch(passage -> passage.contains(text));
    }
}
