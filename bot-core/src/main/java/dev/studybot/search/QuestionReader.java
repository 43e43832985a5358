package dev.studybot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a question once for every stage of the search ({@link SearchQuestion}): folds it, finds the documents it
 * names, cuts its content words, bigrams and synonyms, and notes the answer kind, slogans and day words it asks
 * about.
 */
final class QuestionReader {

    private final ChineseNormalizer normalizer;
    private final DocumentMentions mentions;
    private final Synonyms synonyms;
    private final ScopedIndexes indexes;
    private final PassageCatalog catalog;

    QuestionReader(ChineseNormalizer normalizer, Map<String, String> foldedTitles, Synonyms synonyms,
                   ScopedIndexes indexes, PassageCatalog catalog) {
        this.normalizer = normalizer;
        this.mentions = new DocumentMentions(foldedTitles);
        this.synonyms = synonyms;
        this.indexes = indexes;
        this.catalog = catalog;
    }

    /** The question as the stages see it, in the chat's scope. */
    SearchQuestion read(String question, SearchScope scope) {
        String folded = normalizer.normalize(question);
        DocumentMentions.Mention mention = mentions.find(folded);
        if (mention.explicit() && mention.documents().stream().noneMatch(scope::includes)
                && scopeSays(scope, namingSpan(folded, mention.words()))) {
            // "怎样贯彻党的二十大精神" in a chat reading a report that speaks of 二十大精神 asks that report about it:
            // the words are its topic, not the name of a document the chat does not read.
            mention = new DocumentMentions.Mention(List.of(), folded, false, false, List.of());
        }
        List<String> named = mention.documents().stream().filter(scope::includes).toList();
        // "十五大报告对互联网…" asks that report only: another document's answer would answer something else.
        boolean onlyNamed = mention.explicit() && !named.isEmpty();
        SearchResult.NamedDocuments naming = naming(mention, named);
        SearchScope searched = onlyNamed ? SearchScope.of(named) : scope;
        QueryTerms terms = QueryTerms.EMPTY;
        if (!naming.outOfScope()) {
            // A joined bigram (个税) is a word if a searched document uses it; synonyms and everyday words stand in
            // for a word only where the searched documents lack it: with the report scoped out of a library, a word
            // only another document uses does not count as the report's, so the question reads as the report alone
            // would read it (多大 of another document had weighed 这次视察算多大的事 differently: blind 8).
            // The question is cut and its words looked up in the index the search will use: a scope's own index
            // is cut with the scope's key terms only (ScopedIndexes), so the report scoped in a library reads a
            // question as the report alone does.
            PassageIndex index = indexes.acquire(searched, !onlyNamed);
            try {
                IndexStatistics statistics = index.statistics();
                Predicate<String> known = word -> statistics.holds(StudyAnalyzers.WORDS, word, searched);
                terms = QueryTerms.of(mention.restQuestion(), index.analyzers())
                        .withJoined(gram -> statistics.holds(StudyAnalyzers.GRAMS, gram, searched))
                        .withSynonyms(synonyms, known, known.or(word -> statistics.writes(word, searched)),
                                mention.restQuestion());
                // "表扬和督促" where the documents say "勉励和鞭策": the pair's other member is theirs too.
                terms = terms.withMoreSynonyms(CoordinatedPairs.partners(mention.restQuestion(), terms,
                        () -> foldedPassages(searched), known));
            } finally {
                index.release();
            }
            if (terms.isEmpty() && !naming.titles().isEmpty()) {
                naming = naming.withNothingElse();
            }
        }
        return new SearchQuestion(question, folded, mention.restQuestion(), terms, searched, Set.copyOf(named), onlyNamed,
                naming, ExpectedAnswer.of(folded), NumberedSlogans.in(folded), DayTimeWords.in(folded));
    }

    /**
     * The stretch of the question that names documents: from the first naming word to the end of the last
     * ("二十大" in "怎样贯彻党的二十大精神", "二十大报告" in "二十大报告怎么说"); empty when none is found.
     */
    static String namingSpan(String folded, List<String> words) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (String word : words) {
            int at = word.isBlank() ? -1 : folded.indexOf(word);
            if (at >= 0) {
                start = Math.min(start, at);
                end = Math.max(end, at + word.length());
            }
        }
        return end < 0 ? "" : folded.substring(start, end);
    }

    /**
     * The folded passages of the scope's documents, when they are few enough for {@link CoordinatedPairs} to read
     * (none otherwise).
     */
    private List<String> foldedPassages(SearchScope scope) {
        List<PassageCatalog.Range> ranges = catalog.documentsIn(scope).stream().map(catalog::passagesOf).toList();
        if (ranges.stream().mapToInt(PassageCatalog.Range::size).sum() > CoordinatedPairs.MAX_PASSAGES) {
            return List.of();
        }
        List<String> passages = new ArrayList<>();
        for (PassageCatalog.Range range : ranges) {
            for (int number = range.from(); number < range.to(); number++) {
                passages.add(catalog.folded(number));
            }
        }
        return passages;
    }

    /** Whether the scope's documents say this stretch themselves. */
    private boolean scopeSays(SearchScope scope, String span) {
        if (scope.isAll() || span.isBlank()) {
            return false;
        }
        for (int number = 0; number < catalog.passages().size(); number++) {
            if (scope.includes(catalog.passage(number).docId()) && catalog.folded(number).contains(span)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The documents a question names unmistakably, by title: those in scope, which alone are searched; else all it
     * names, out of scope (the chat does not read them: saying so beats answering from others). The present (今年)
     * in a chat that reads only older documents means those, and names nothing.
     */
    private SearchResult.NamedDocuments naming(DocumentMentions.Mention mention, List<String> inScope) {
        if (!mention.explicit()) {
            return SearchResult.NamedDocuments.NONE;
        }
        if (!inScope.isEmpty()) {
            return new SearchResult.NamedDocuments(inScope.stream().map(catalog::title).toList(), false, false);
        }
        return mention.present() ? SearchResult.NamedDocuments.NONE
                : new SearchResult.NamedDocuments(mention.documents().stream().map(catalog::title).toList(), true,
                false);
    }
}
