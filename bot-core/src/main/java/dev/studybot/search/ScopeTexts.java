package dev.studybot.search;

import dev.studybot.collect.BoundedMaps;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Whether the documents a chat reads say a text in one of their passages (folded): what the judges on things no
 * document speaks of ask, a region's name, a body, a post, a year or a topic's word. Each document's answer for a
 * text is kept in a bounded cache (the least recently asked go first: the texts come from users' questions), so a
 * text is looked for once in a document however many questions name it.
 */
final class ScopeTexts {

    /** How many answers (a document and a text each) are kept. */
    static final int CACHE_SIZE = 20_000;

    private final PassageCatalog catalog;
    private final Map<String, Boolean> said;

    ScopeTexts(PassageCatalog catalog) {
        this(catalog, CACHE_SIZE);
    }

    /**
     * @param cacheSize how many answers to keep (tests use a small one)
     */
    ScopeTexts(PassageCatalog catalog, int cacheSize) {
        this.catalog = catalog;
        this.said = BoundedMaps.sharedLeastRecentlyUsed(cacheSize);
    }

    /** Whether a passage of a document of the scope holds the text. */
    boolean says(String text, SearchScope scope) {
        return catalog.documentsIn(scope).stream().anyMatch(docId -> documentSays(docId, text));
    }

    /**
     * Whether exactly one passage of the scope's documents holds the text: a term they use once. Not cached (few
     * questions ask it); the count stops at a second passage.
     */
    boolean inOnePassage(String text, SearchScope scope) {
        int holding = 0;
        for (String docId : catalog.documentsIn(scope)) {
            PassageCatalog.Range passages = catalog.passagesOf(docId);
            for (int number = passages.from(); number < passages.to() && holding < 2; number++) {
                holding += catalog.folded(number).contains(text) ? 1 : 0;
            }
        }
        return holding == 1;
    }

    /** How many answers the cache holds. */
    int cached() {
        return said.size();
    }

    private boolean documentSays(String docId, String text) {
        String key = docId + "\t" + text;
        Boolean known = said.get(key);
        if (known != null) {
            return known;
        }
        PassageCatalog.Range passages = catalog.passagesOf(docId);
        boolean found = IntStream.range(passages.from(), passages.to()).mapToObj(catalog::folded)
                .anyMatch(passage -> passage.contains(text));
        said.put(key, found);
        return found;
    }
}
