package dev.studybot.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The documents StudyBot knows, in a stable order (bundled seeds first, then library folders by file name). */
public final class DocumentLibrary {

    private final Map<String, Document> byId = new LinkedHashMap<>();

    /** A library of these documents; a later document with an id already taken is left out. */
    public DocumentLibrary(List<Document> documents) {
        for (Document document : documents) {
            byId.putIfAbsent(document.id(), document);
        }
    }

    /** All documents in order. */
    public List<Document> documents() {
        return List.copyOf(byId.values());
    }

    /** The document with this id. */
    public Optional<Document> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Whether a document with this id exists. */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** How many documents there are. */
    public int size() {
        return byId.size();
    }
}
