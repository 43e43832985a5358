package dev.studybot.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The passages closest in meaning to the question, when the searched documents are few enough to have every
 * passage's vector ({@value #MAX_PASSAGES} passages at most: a report, or a few): the similarity of every passage of
 * the searched documents is then known, and the {@value #CANDIDATES} closest become candidates beside BM25's. A
 * paraphrase that shares no word with its answer is found this way. Larger scopes (the whole library) leave the
 * model to the {@link DenseJudge}, which asks it about the first few passages only.
 *
 * <p>Which way a question goes depends on the size of the searched documents alone, never on what happens to be
 * embedded already, so the same question gets the same answer on a fresh machine: a document's vectors are computed
 * by the first question that needs them, unless {@link LuceneSearchEngine#prepare} or a background warm-up did it.
 */
final class DenseCandidates implements CandidateStage {

    /** The most passages a scope may have for every one of them to be compared with the question. */
    static final int MAX_PASSAGES = 1_000;
    /** How many of the closest passages become candidates of their own. */
    static final int CANDIDATES = 50;

    private final PassageVectors vectors;
    private final PassageEmbedder embedder;
    private final PassageCatalog catalog;

    DenseCandidates(PassageVectors vectors, PassageEmbedder embedder, PassageCatalog catalog) {
        this.vectors = vectors;
        this.embedder = embedder;
        this.catalog = catalog;
    }

    /**
     * Embeds the passages of the scope now, when a question searching it compares them all (otherwise the first such
     * question does it, at about 10 ms a passage).
     */
    void prepare(SearchScope scope) {
        List<String> documents = documents(scope);
        if (vectors.passages(documents) <= MAX_PASSAGES) {
            vectors.ensure(documents);
        }
    }

    @Override
    public void collect(SearchQuestion question, PassageIndex index, CandidatePool pool) {
        Collection<String> documents = documents(question.searched());
        int passages = vectors.passages(documents);
        if (passages == 0 || passages > MAX_PASSAGES) {
            return;
        }
        vectors.ensure(documents);
        Map<Integer, Double> similarities = vectors.nearest(embedder.embed(question.asked()), documents, passages);
        int rank = 0;
        for (Map.Entry<Integer, Double> passage : similarities.entrySet()) {
            if (rank++ < CANDIDATES) {
                pool.addDense(passage.getKey(), passage.getValue());
            } else {
                pool.knowCosine(passage.getKey(), passage.getValue());
            }
        }
    }

    /** The ids of the scope's documents. */
    private List<String> documents(SearchScope scope) {
        if (!scope.isAll()) {
            return new ArrayList<>(scope.documentIds());
        }
        return new ArrayList<>(catalog.titles().keySet());
    }
}
