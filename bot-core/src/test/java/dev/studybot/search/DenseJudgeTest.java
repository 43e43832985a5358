package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dense judge with a fake embedder whose similarities are set by hand: when it is asked, how it re-orders the
 * first passages, when it answers, rescues or vetoes, and that a failing model leaves the lexical answer; and the
 * engine comparing every passage of a small scope, with vectors stored once.
 */
class DenseJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(SearchFixture.library());

    /**
     * A fake embedder: the question is the unit vector e0; a passage containing a marker gets cosine {@code c}
     * with it (the vector (c, sqrt(1-c²))); any other text gets cosine {@code otherwise}.
     */
    private static final class FakeEmbedder implements PassageEmbedder {
        private final String question;
        private final Map<String, Double> cosineByMarker;
        private final double otherwise;
        final AtomicInteger calls = new AtomicInteger();

        FakeEmbedder(String question, Map<String, Double> cosineByMarker, double otherwise) {
            this.question = question;
            this.cosineByMarker = cosineByMarker;
            this.otherwise = otherwise;
        }

        @Override
        public float[] embed(String text) {
            calls.incrementAndGet();
            if (text.equals(question)) {
                return new float[] {1, 0};
            }
            double c = cosineByMarker.entrySet().stream().filter(e -> text.contains(e.getKey()))
                    .mapToDouble(Map.Entry::getValue).findFirst().orElse(otherwise);
            return new float[] {(float) c, (float) Math.sqrt(1 - c * c)};
        }
    }

    private static Scored scored(String passageStart, double score, double coverage) {
        for (int i = 0; i < CATALOG.passages().size(); i++) {
            if (CATALOG.passage(i).text().startsWith(passageStart)) {
                return new Scored(i, score, coverage);
            }
        }
        throw new IllegalArgumentException("no passage starts with " + passageStart);
    }

    /** A question as the judge sees it: only its text matters to the model. */
    private static SearchQuestion question(String asked) {
        return new SearchQuestion(asked, asked, asked, QueryTerms.EMPTY, SearchScope.ALL, Set.of(), false,
                SearchResult.NamedDocuments.NONE, Optional.empty(), List.of(), List.of());
    }

    private static List<String> texts(Verdict verdict) {
        List<String> texts = new ArrayList<>();
        verdict.ranked().forEach(s -> texts.add(CATALOG.passage(s.number()).text()));
        return texts;
    }

    @Test
    void wordsThatCoverTheQuestionAreNotSecondGuessed() {
        FakeEmbedder fake = new FakeEmbedder("就业", Map.of(), 0.1);
        DenseJudge judge = new DenseJudge(fake, CATALOG, 16);
        List<Scored> ranked = List.of(scored("就业是最基本的民生", 3.0, 1.0),
                scored("全过程人民民主", 2.0, 0.8));
        Verdict verdict = judge.judge(question("就业"), new Verdict(ranked, true));
        assertTrue(verdict.answered());
        assertEquals(ranked, verdict.ranked());
        assertEquals(0, fake.calls.get(), "the model is not asked when the words leave no doubt");
    }

    @Test
    void aDoubtfulQuestionIsReorderedBySimilarityAndRescued() {
        String question = "买房子的政策";
        FakeEmbedder fake = new FakeEmbedder(question, Map.of("住房制度", 0.75, "民生", 0.3), 0.2);
        DenseJudge judge = new DenseJudge(fake, CATALOG, 16);
        List<Scored> ranked = List.of(scored("就业是最基本的民生", 1.5, 0.3),
                scored("坚持房子是用来住的", 1.2, 0.3), scored("必须牢固树立", 0.5, 0.1),
                scored("赤字率拟按3%", 0.4, 0.1));
        Verdict verdict = judge.judge(question(question), new Verdict(ranked, true));
        assertTrue(verdict.answered(), "a high similarity answers although the words cover little");
        assertTrue(texts(verdict).get(0).startsWith("坚持房子是用来住的"));
        assertTrue(texts(verdict).get(3).startsWith("赤字率拟按3%"), "passages past the first three keep their place");
        assertEquals(ranked.size(), verdict.ranked().size());
    }

    @Test
    void aLowSimilarityVetoesWhatTheWordsWouldAnswer() {
        String question = "猫为什么喜欢睡觉";
        FakeEmbedder fake = new FakeEmbedder(question, Map.of(), 0.3);
        DenseJudge judge = new DenseJudge(fake, CATALOG, 16);
        List<Scored> ranked = List.of(scored("就业是最基本的民生", 1.0, 0.5));
        assertFalse(judge.judge(question(question), new Verdict(ranked, true)).answered());
    }

    @Test
    void betweenFloorAndRescueTheWordsDecide() {
        String question = "民生";
        FakeEmbedder fake = new FakeEmbedder(question, Map.of(), 0.5);
        DenseJudge judge = new DenseJudge(fake, CATALOG, 16);
        Verdict covering = new Verdict(List.of(scored("就业是最基本的民生", 1.0, 0.5)), true);
        Verdict thin = new Verdict(List.of(scored("就业是最基本的民生", 1.0, 0.3)), true);
        assertTrue(judge.judge(question(question), covering).answered());
        assertFalse(judge.judge(question(question), thin).answered());
    }

    @Test
    void aFirstPassageSharingNoWordGivesWayToACloserOneThatShares() {
        FakeEmbedder fake = new FakeEmbedder("q", Map.of(), 0.5);
        DenseJudge judge = new DenseJudge(fake, CATALOG, 16);
        Scored unanchored = scored("就业是最基本的民生", 2.0, 0.02).rescored(2.0, 0.60);
        Scored anchored = scored("坚持房子是用来住的", 1.9, 0.35).rescored(1.9, 0.63);
        Verdict verdict = judge.judge(question("q"), new Verdict(List.of(unanchored, anchored), true));
        assertTrue(verdict.answered());
        assertEquals(List.of(anchored, unanchored), verdict.ranked());

        Scored fartherAnchored = scored("坚持房子是用来住的", 1.9, 0.35).rescored(1.9, 0.58);
        Verdict kept = judge.judge(question("q"), new Verdict(List.of(unanchored, fartherAnchored), true));
        assertFalse(kept.answered(), "a passage farther in meaning is no better evidence");
        assertEquals(List.of(unanchored, fartherAnchored), kept.ranked());
    }

    @Test
    void passageVectorsAreComputedOnce() {
        String question = "民生";
        FakeEmbedder fake = new FakeEmbedder(question, Map.of(), 0.5);
        DenseJudge judge = new DenseJudge(fake, CATALOG, 16);
        List<Scored> ranked = List.of(scored("就业是最基本的民生", 1.0, 0.5),
                scored("坚持房子是用来住的", 0.9, 0.3));
        judge.judge(question(question), new Verdict(ranked, true));
        judge.judge(question(question), new Verdict(ranked, true));
        assertEquals(2 + 2, fake.calls.get(), "two questions and two passages");
    }

    @Test
    void aFailingModelLeavesTheLexicalAnswer() {
        PassageEmbedder broken = text -> {
            throw new IllegalStateException("no model");
        };
        DenseJudge judge = new DenseJudge(broken, CATALOG, 16);
        List<Scored> ranked = List.of(scored("就业是最基本的民生", 1.0, 0.5));
        Verdict verdict = judge.judge(question("民生"), new Verdict(ranked, true));
        assertTrue(verdict.answered());
        assertEquals(ranked, verdict.ranked());
    }

    @Test
    void knownSimilaritiesDecideWithoutAskingTheModel() {
        FakeEmbedder fake = new FakeEmbedder("民生", Map.of(), 0.5);
        DenseJudge judge = new DenseJudge(fake, CATALOG, 16);
        Scored first = scored("就业是最基本的民生", 2.0, 0.3);
        Scored close = new Scored(first.number(), 2.0, 0.3, OptionalDouble.of(0.6));
        Scored far = new Scored(first.number(), 2.0, 0.3, OptionalDouble.of(0.4));
        Scored covering = new Scored(first.number(), 2.0, 0.7, OptionalDouble.of(0.3));
        Scored between = new Scored(first.number(), 2.0, 0.45, OptionalDouble.of(0.5));
        assertTrue(judge.judge(question("民生"), new Verdict(List.of(close), true)).answered(), "rescued");
        assertFalse(judge.judge(question("民生"), new Verdict(List.of(far), true)).answered(), "below the floor");
        assertTrue(judge.judge(question("民生"), new Verdict(List.of(covering), true)).answered(),
                "words that cover the question are not second-guessed");
        assertTrue(judge.judge(question("民生"), new Verdict(List.of(between), true)).answered(),
                "between floor and rescue the words decide");
        assertEquals(0, fake.calls.get());
    }

    @Test
    void aSearchOverFewDocumentsComparesEveryPassageAndStoresTheirVectorsOnce(@TempDir Path folder)
            throws Exception {
        AtomicInteger calls = new AtomicInteger();
        PassageEmbedder counting = text -> {
            calls.incrementAndGet();
            return new float[] {1, 0};
        };
        int passages = PassageCatalog.of(SearchFixture.library()).passages().size();
        try (LuceneSearchEngine engine = LuceneSearchEngine.open(SearchFixture.library(), IndexFolder.at(folder),
                Optional.of(counting))) {
            SearchResult result = engine.search("住的房子要不要炒股票", SearchScope.ALL, 3);
            assertEquals(passages + 1, calls.get(), "every passage once, and the question");
            assertTrue(result.answered(), "identical vectors: similarity 1 rescues it");
            engine.search("全过程人民民主是什么？", SearchScope.ALL, 3);
            assertEquals(passages + 2, calls.get(), "the passages' vectors are kept");
        }
        calls.set(0);
        try (LuceneSearchEngine engine = LuceneSearchEngine.open(SearchFixture.library(), IndexFolder.at(folder),
                Optional.of(counting))) {
            engine.search("全过程人民民主是什么？", SearchScope.ALL, 3);
            assertEquals(1, calls.get(), "stored vectors are read back on the next start: only the question is new");
        }
    }
}
