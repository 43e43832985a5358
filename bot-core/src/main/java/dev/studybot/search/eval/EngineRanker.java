package dev.studybot.search.eval;

import dev.studybot.search.PassageSearch;
import dev.studybot.search.SearchResult;
import dev.studybot.search.SearchScope;

/** The system as a {@link Ranker}: the search engine in a scope; an abstention returns no passages. */
public final class EngineRanker implements Ranker {

    private final PassageSearch search;
    private final SearchScope scope;

    public EngineRanker(PassageSearch search, SearchScope scope) {
        this.search = search;
        this.scope = scope;
    }

    @Override
    public String name() {
        return "studybot";
    }

    @Override
    public Ranking rank(String question, int k) {
        SearchResult result = search.search(question, scope, k);
        if (!result.answered()) {
            return new Ranking(false, java.util.List.of());
        }
        return new Ranking(true, result.hits().stream().map(h -> h.passage().text()).toList());
    }
}
