package dev.studybot.search.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.LibraryLoader;
import dev.studybot.search.BgeSmallZhEmbedder;
import dev.studybot.search.IndexFolder;
import dev.studybot.search.LuceneSearchEngine;
import dev.studybot.search.PassageEmbedder;
import dev.studybot.search.SearchScope;
import dev.studybot.testing.SharedLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Answer quality may not fall below what we measured: our question sets through the real engine with the real
 * bge-small-zh model (the one test class that loads it). The floors sit one question under the figures measured on
 * 2026-12-06 (docs/evaluation.md), and off-topic questions abstain as they did.
 *
 * <p>On the bundled Sichuan report, alone and scoped with the whole library loaded: the team's development set
 * (a copy of ../shared/eval/dev_qa.tsv), blind sets A, C, D, 7 and 8 and our own two abstention sets (tuning), blind set B
 * (held out: only its totals were looked at) and 28 everyday questions. On the 20th Congress report (from the shared
 * library): our own sets. On a library subset: named documents.
 */
@Tag("slow")
class QualityFloorTest {

    private static final PassageEmbedder MODEL = new BgeSmallZhEmbedder();
    private static final String REPORT = "sichuan-committee-2023-07-29";

    private static LuceneSearchEngine reportAlone;
    private static LuceneSearchEngine reportInLibrary;

    @BeforeAll
    static void open() {
        reportAlone = LuceneSearchEngine.open(new LibraryLoader().load(List.of()), IndexFolder.inMemory(),
                Optional.of(MODEL));
        Path library = SharedLibrary.folder().orElseThrow(() -> new IllegalStateException("no shared library"));
        reportInLibrary = LuceneSearchEngine.open(new LibraryLoader().load(List.of(library)), IndexFolder.inMemory(),
                Optional.of(MODEL));
    }

    @AfterAll
    static void close() throws IOException {
        reportAlone.close();
        reportInLibrary.close();
    }

    private static List<QaRow> set(String name) {
        try (InputStream in = QualityFloorTest.class.getResourceAsStream("/eval/" + name)) {
            return QaSet.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The set, answered by the report alone and by the report scoped in the loaded library: both reach the floors. */
    private static void assertOnTheReport(String set, double recallAt1, double recallAt3, int abstained) {
        List<EvalResult> results = List.of(
                new Evaluator().evaluate(set(set), new EngineRanker(reportAlone, SearchScope.ALL)),
                new Evaluator().evaluate(set(set), new EngineRanker(reportInLibrary, new SearchScope(Set.of(REPORT)))));
        for (EvalResult result : results) {
            assertTrue(result.answerable().recallAt1() >= recallAt1, () -> set + " R@1 " + result.answerable());
            assertTrue(result.answerable().recallAt3() >= recallAt3, () -> set + " R@3 " + result.answerable());
            assertTrue(result.offTopic().abstained() >= abstained, () -> set + " off-topic " + result.offTopic());
        }
    }

    /** Measured 1.000 / 1.000, 2 of 2 off-topic abstained, alone and scoped. */
    @Test
    void theDevSetOnTheReport() {
        assertOnTheReport("dev_qa.tsv", 0.94, 1.0, 2);
    }

    /**
     * Tuning set A, written blind: measured 0.981 / 0.981 (round 9; 0.923 / 0.962 before, 0.885 / 0.923 before round
     * 7), 10 of 10 abstained.
     */
    @Test
    void blindSetAOnTheReport() {
        assertOnTheReport("sichuan_blind_qa.tsv", 0.96, 0.96, 10);
    }

    /**
     * Tuning set C, written blind with 22 off-topic questions: measured 0.917 / 0.958 (round 11; 0.896 / 0.938 in
     * round 9, 0.854 / 0.917 before, 0.833 / 0.917 before round 7), 22 of 22 abstained.
     */
    @Test
    void blindSetCOnTheReport() {
        assertOnTheReport("sichuan_blind3_qa.tsv", 0.89, 0.93, 21);
    }

    /** Held-out set B: measured 1.000 / 1.000 alone and scoped, 10 of 10 off-topic abstained (round 12; 9 before). */
    @Test
    void heldOutSetBOnTheReport() {
        assertOnTheReport("sichuan_heldout_qa.tsv", 0.98, 0.98, 9);
    }

    /**
     * Tuning set D, written blind to test abstention (34 off-topic questions, most on what the report names but does
     * not say): measured 1.000 / 1.000 alone and scoped, 34 of 34 abstained both ways (round 10; round 9: 33; round 7:
     * 0.962 / 1.000 alone, 0.923 / 0.962 scoped, 32; 31 before, 29 before round 6).
     */
    @Test
    void blindSetDOnTheReport() {
        assertOnTheReport("sichuan_blind4_qa.tsv", 0.96, 0.96, 33);
    }

    /**
     * Our own abstention set (30 questions on what the report names but does not say, 18 paraphrases close to them):
     * measured 1.000 / 1.000, 28 of 30 abstained alone and scoped (round 10; round 9: 0.944 / 1.000, 27 alone and 28
     * scoped; round 7: 0.833 / 0.889, 26 and 27; 0.722 / 0.833 and 25 before).
     */
    @Test
    void ownAbstentionSetOnTheReport() {
        assertOnTheReport("sichuan_offtopic5_qa.tsv", 0.94, 0.94, 27);
    }

    /**
     * Our round-6 abstention set (18 questions on what the report does not say: earlier and later visits, other
     * parties, figures; 10 paraphrases): measured 1.000 / 1.000 (round 9; 0.900 / 0.900 before), 18 of 18 abstained
     * alone and scoped (round 10; 17 in round 9, 16 before round 7).
     */
    @Test
    void ownSecondAbstentionSetOnTheReport() {
        assertOnTheReport("sichuan_offtopic6_qa.tsv", 0.90, 0.90, 17);
    }

    /**
     * Blind set 7 (30 answerable: direct, paraphrased, colloquial, traditional; 30 off-topic), written blind on the
     * day of round 7: measured 0.867 / 0.900 and 20 of 30 abstained before any change of that round, 0.900 / 0.933 and
     * 26 of 30 after, 0.967 / 0.967 and 30 of 30 after round 9, alone and scoped.
     */
    @Test
    void blindSetSevenOnTheReport() {
        assertOnTheReport("sichuan_blind7_qa.tsv", 0.93, 0.93, 29);
    }

    /**
     * Blind set 8 (30 answerable, 30 off-topic), written blind at the start of round 9, a tuning set since: measured
     * 1.000 / 1.000 and 29 of 30 abstained, alone and scoped (round 10; 0.900 / 1.000 alone and 0.833 / 0.933
     * scoped, 28 of 30, before).
     */
    @Test
    void blindSetEightOnTheReport() {
        assertOnTheReport("sichuan_blind8_qa.tsv", 0.96, 0.96, 28);
    }

    /**
     * Blind set 10 (30 answerable, 30 off-topic), written blind at the start of round 12 and tuned on: measured
     * 0.900 / 0.967 and 25 of 30 abstained before the round, 0.967 / 0.967 and 30 of 30 after, alone and scoped.
     */
    @Test
    void blindSetTenOnTheReport() {
        assertOnTheReport("sichuan_blind10_qa.tsv", 0.93, 0.93, 29);
    }

    /**
     * Blind set 11 (30 + 30), written with set 10 and held out (totals only): 0.833 / 0.900 and 24 of 30 before round
     * 12, 0.833 / 0.900 and 25 of 30 after, alone and scoped.
     */
    @Test
    void blindSetElevenOnTheReport() {
        assertOnTheReport("sichuan_blind11_qa.tsv", 0.80, 0.86, 24);
    }

    /**
     * Blind sets 12 and 13 (30 answerable, 16 of them paraphrases, and 30 off-topic each; 13's writer asked for
     * unusual phrasings), tuned on in round 12: 0.867 / 0.900, 25 of 30 and 0.700 / 0.733, 26 of 30 before it; 0.933 /
     * 0.933, 29 of 30 and 0.967 / 1.000, 30 of 30 after, alone and scoped.
     */
    @Test
    void blindSetsTwelveAndThirteenOnTheReport() {
        assertOnTheReport("sichuan_blind12_qa.tsv", 0.90, 0.90, 28);
        assertOnTheReport("sichuan_blind13_qa.tsv", 0.93, 0.96, 29);
    }

    /**
     * Blind set 14 (30 + 30), written during round 12 and held out (totals only): 0.867 / 0.900 and 26 of 30 on main
     * before the round, 0.900 / 0.900 and 28 of 30 at its first merge, 0.900 / 0.900 and 29 of 30 at its end, alone
     * and scoped.
     */
    @Test
    void blindSetFourteenOnTheReport() {
        assertOnTheReport("sichuan_blind14_qa.tsv", 0.86, 0.86, 28);
    }

    /**
     * Blind sets 15 and 16 (30 + 30 each; 16's writer was asked for off-topic questions of every form), written after
     * round 12's first merge and tuned on: 0.933 / 0.933, 26 of 30 and 0.867 / 0.933, 25 of 30 before; 0.967 / 0.967,
     * 29 of 30 and 0.933 / 0.967, 26 of 30 after, alone and scoped.
     */
    @Test
    void blindSetsFifteenAndSixteenOnTheReport() {
        assertOnTheReport("sichuan_blind15_qa.tsv", 0.93, 0.93, 28);
        assertOnTheReport("sichuan_blind16_qa.tsv", 0.90, 0.93, 25);
    }

    /**
     * Blind sets 17 and 20 (30 + 30 each), written for round 13 and tuned on: 0.933 / 0.967, 27 of 30 and 0.933 /
     * 0.933, 28 of 30 on main before it; 1.000 / 1.000, 30 of 30 and 0.967 / 0.967, 30 of 30 after, alone and scoped.
     */
    @Test
    void blindSetsSeventeenAndTwentyOnTheReport() {
        assertOnTheReport("sichuan_blind17_qa.tsv", 0.96, 0.96, 29);
        assertOnTheReport("sichuan_blind20_qa.tsv", 0.93, 0.93, 29);
    }

    /**
     * Blind sets 18 and 19 (30 + 30 each), written for round 13 and held out (totals only, run on main before the
     * round and once at its end, no decision taken on them): 0.933 / 0.933, 29 of 30 and 0.967 / 0.967, 30 of 30,
     * both before and after, alone and scoped. Tuned on in round 14: 18 at 1.000 / 1.000, 30 of 30 after it.
     */
    @Test
    void blindSetsEighteenAndNineteenOnTheReport() {
        assertOnTheReport("sichuan_blind18_qa.tsv", 0.90, 0.90, 28);
        assertOnTheReport("sichuan_blind19_qa.tsv", 0.93, 0.93, 29);
    }

    /**
     * Blind set 21 (30 + 30), written for round 14, run as held out after its first batch (1.000 / 1.000, 26 of 30,
     * as on main) and tuned on after that: 1.000 / 1.000, 30 of 30, alone and scoped.
     */
    @Test
    void blindSetTwentyOneOnTheReport() {
        assertOnTheReport("sichuan_blind21_qa.tsv", 0.96, 0.96, 29);
    }

    /**
     * Blind sets 22, 23 and 24 (30 + 30 each), written for round 14 and held out (totals only, run on main before the
     * round's changes and at its end, no decision taken on them), alone and scoped: 22 at 0.967 / 0.967, 29 of 30
     * before and after; 23 at 0.800 / 0.867, 27 of 30 before and after (plain Lucene 0.900 / 1.000 on it); 24 at
     * 0.900 / 0.933, 28 of 30 before and 30 of 30 after.
     */
    @Test
    void blindSetsTwentyTwoToTwentyFourOnTheReport() {
        assertOnTheReport("sichuan_blind22_qa.tsv", 0.93, 0.93, 28);
        assertOnTheReport("sichuan_blind23_qa.tsv", 0.76, 0.83, 26);
        assertOnTheReport("sichuan_blind24_qa.tsv", 0.86, 0.90, 29);
    }

    /** Everyday questions (cooking, weather, sport…): every one abstains on the report. */
    @Test
    void everydayQuestionsAbstainOnTheReport() {
        assertOnTheReport("offtopic_qa.tsv", 0, 0, 28);
    }

    @Test
    void theModelLoadsFromItsPackageAndTellsRelatedFromUnrelated() {
        float[] question = MODEL.embed("养孩子的负担重怎么办");
        float[] related = MODEL.embed("建立生育支持政策体系，降低生育、养育、教育成本。");
        float[] unrelated = MODEL.embed("坚持山水林田湖草沙一体化保护和系统治理。");
        assertEquals(512, question.length);
        assertEquals(1.0, PassageEmbedder.similarity(question, question), 1e-3, "unit length");
        assertTrue(PassageEmbedder.similarity(question, related) > PassageEmbedder.similarity(question, unrelated));
    }

    /** Our sets on the 20th Congress report, scoped in the library: measured 0.917 / 1.000 on cpc20_qa. */
    @Test
    void theCongressReportScopedInTheLibrary() {
        SearchScope congress = new SearchScope(Set.of("cpc-congress-20"));
        EvalResult own = new Evaluator().evaluate(set("cpc20_qa.tsv"), new EngineRanker(reportInLibrary, congress));
        assertTrue(own.answerable().recallAt1() >= 0.88, () -> "R@1 " + own.answerable());
        assertTrue(own.answerable().recallAt3() >= 0.97, () -> "R@3 " + own.answerable());
        assertEquals(1.0, own.offTopic().abstention(), "every off-topic question abstains");
        EvalResult heldOut = new Evaluator().evaluate(set("cpc20_heldout_qa.tsv"),
                new EngineRanker(reportInLibrary, congress));
        assertTrue(heldOut.answerable().recallAt1() >= 0.80, () -> "held out R@1 " + heldOut.answerable());
        assertTrue(heldOut.answerable().recallAt3() >= 0.91, () -> "held out R@3 " + heldOut.answerable());
    }

    /**
     * Questions naming library documents, everything loaded: measured 0.850 / 0.950 on blind set 1; library_qa,
     * which mixes them with questions naming nothing, 0.821 / 0.964.
     */
    @Test
    void namedDocumentsOfTheLibrary() {
        EvalResult named = new Evaluator().evaluate(set("library_named_blind_qa.tsv"),
                new EngineRanker(reportInLibrary, SearchScope.ALL));
        assertTrue(named.answerable().recallAt1() >= 0.80, () -> "R@1 " + named.answerable());
        assertTrue(named.answerable().recallAt3() >= 0.90, () -> "R@3 " + named.answerable());
        assertEquals(1.0, named.offTopic().abstention(), "every off-topic question abstains");
        EvalResult mixed = new Evaluator().evaluate(set("library_qa.tsv"),
                new EngineRanker(reportInLibrary, SearchScope.ALL));
        assertTrue(mixed.answerable().recallAt1() >= 0.78, () -> "library_qa R@1 " + mixed.answerable());
        assertTrue(mixed.answerable().recallAt3() >= 0.89, () -> "library_qa R@3 " + mixed.answerable());
    }

}
