package dev.studybot.daily;

import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.store.ReadingPosition;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A chat's way through its documents: the documents in scope in library order, each read excerpt by excerpt;
 * after the last excerpt of the last document it starts again from the top (a document added to the library since
 * is read first, since it comes after the one just finished).
 */
public final class ReadingPlan {

    private final DocumentLibrary library;
    private final ExcerptPlanner planner;

    public ReadingPlan(DocumentLibrary library, ExcerptPlanner planner) {
        this.library = library;
        this.planner = planner;
    }

    /** The documents in scope (all when the scope is empty) that have something to read, in library order. */
    public List<Document> documents(Set<String> scope) {
        return library.documents().stream()
                .filter(d -> scope.isEmpty() || scope.contains(d.id()))
                .filter(d -> !planner.excerpts(d).isEmpty())
                .toList();
    }

    /** The excerpts of a document. */
    public List<Excerpt> excerpts(Document document) {
        return planner.excerpts(document);
    }

    /** The excerpt at a 0-based place of a document, if the document still has it. */
    public Optional<Excerpt> excerptAt(String docId, int part) {
        return library.find(docId).map(planner::excerpts).filter(list -> part >= 0 && part < list.size())
                .map(list -> list.get(part));
    }

    /** The excerpt to send from a position, and the position after it; empty when nothing is in scope. */
    public Optional<Step> next(ReadingPosition position, Set<String> scope) {
        List<Document> documents = documents(scope);
        if (documents.isEmpty()) {
            return Optional.empty();
        }
        int cycle = Math.max(1, position.cycle());
        int index = indexOf(documents, position.docId());
        int part = position.part();
        if (index < 0) {
            // The document left the scope or the library: go on with the next one in library order.
            index = nextAfterMissing(documents, position.docId());
            part = 0;
            if (index >= documents.size()) {
                index = 0;
                cycle++;
            }
        }
        for (int guard = 0; part >= planner.excerpts(documents.get(index)).size(); guard++) {
            index++;
            part = 0;
            if (index >= documents.size()) {
                index = 0;
                cycle++;
            }
            if (guard > documents.size()) {
                return Optional.empty();
            }
        }
        Document document = documents.get(index);
        Excerpt excerpt = planner.excerpts(document).get(part);
        return Optional.of(new Step(excerpt, new ReadingPosition(document.id(), part, cycle),
                new ReadingPosition(document.id(), part + 1, cycle)));
    }

    private static int indexOf(List<Document> documents, String id) {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Where to go on when the position's document is no longer in scope: the first one after it, or the top. */
    private int nextAfterMissing(List<Document> documents, String missingId) {
        if (missingId == null) {
            return 0;
        }
        List<Document> all = library.documents();
        int missingAt = indexOf(all, missingId);
        if (missingAt < 0) {
            return 0;
        }
        for (int i = 0; i < documents.size(); i++) {
            if (indexOf(all, documents.get(i).id()) > missingAt) {
                return i;
            }
        }
        return documents.size();
    }

    /**
     * One step of the plan.
     *
     * @param excerpt the excerpt to send
     * @param at      the position of that excerpt (normalized: document, part and cycle it really is)
     * @param after   the position once it is sent
     */
    public record Step(Excerpt excerpt, ReadingPosition at, ReadingPosition after) {
    }
}
