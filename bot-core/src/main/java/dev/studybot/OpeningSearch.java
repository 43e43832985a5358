package dev.studybot;

import dev.studybot.search.LuceneSearchEngine;
import dev.studybot.search.PassageSearch;
import dev.studybot.search.SearchResult;
import dev.studybot.search.SearchScope;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The search engine, opened on a thread of its own (HanLP's dictionaries, the index read or built) while the rest of
 * the core is built and the first command is read: a {@code /help} never waits for it, and a question waits only
 * for what is left of it.
 */
final class OpeningSearch implements PassageSearch, AutoCloseable {

    /** Name of the thread that opens the engine. */
    static final String THREAD = "studybot-index-open";

    private final CompletableFuture<LuceneSearchEngine> engine = new CompletableFuture<>();

    OpeningSearch(Supplier<LuceneSearchEngine> opener) {
        Thread.ofPlatform().name(THREAD).daemon(true).start(() -> {
            try {
                engine.complete(opener.get());
            } catch (Throwable e) {
                engine.completeExceptionally(e);
            }
        });
    }

    /** The engine, once open; what opening it threw, if it failed. */
    LuceneSearchEngine engine() {
        try {
            return engine.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Whether the engine is open and ready (without waiting). */
    boolean isOpen() {
        return engine.isDone() && !engine.isCompletedExceptionally();
    }

    /** Completes when the engine is open (or failed to open). */
    CompletableFuture<LuceneSearchEngine> whenOpen() {
        return engine.copy();
    }

    @Override
    public SearchResult search(String question, SearchScope scope, int topK) {
        return engine().search(question, scope, topK);
    }

    /** Closes the engine once it has opened; an engine that failed to open has nothing to close. */
    @Override
    public void close() throws IOException {
        LuceneSearchEngine opened;
        try {
            opened = engine.join();
        } catch (CompletionException failed) {
            return;
        }
        opened.close();
    }
}
