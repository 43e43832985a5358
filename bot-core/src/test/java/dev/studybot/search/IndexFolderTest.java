package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk is reused while the documents stay the same and rebuilt when they change. */
class IndexFolderTest {

    @TempDir
    Path data;

    @Test
    void rebuildsOnlyWhenTheDocumentsOrTheirAnalysisChange() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        IndexFolder folder = IndexFolder.at(data.resolve("index"));
        IndexFolder.Builder builder = dir -> {
            builds.incrementAndGet();
            new PassageIndexer(new StudyAnalyzers(), new ChineseNormalizer())
                    .build(PassageCatalog.of(SearchFixture.library()).passages(), dir);
        };
        try (IndexParts first = folder.openOrBuild("one", () -> "a", builder)) {
            assertEquals(1, builds.get());
        }
        try (IndexParts again = folder.openOrBuild("one", () -> "a", builder)) {
            assertEquals(1, builds.get());
        }
        try (IndexParts changed = folder.openOrBuild("two", () -> "a", builder)) {
            assertEquals(2, builds.get());
        }
        try (IndexParts reanalysed = folder.openOrBuild("two", () -> "b", builder)) {
            assertEquals(3, builds.get());
        }
        assertTrue(Files.readString(data.resolve("index/fingerprint.txt")).strip().endsWith(" two-b"));
    }

    @Test
    void theAnalysisIsAskedForOnlyToCompareAnIndexOfTheSameDocumentsAndToStampABuild() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        AtomicInteger askedDuringTheBuild = new AtomicInteger(-1);
        Supplier<String> analysis = () -> {
            asked.incrementAndGet();
            return "a";
        };
        IndexFolder.Builder builder = dir -> {
            askedDuringTheBuild.set(asked.get());
            new PassageIndexer(new StudyAnalyzers(), new ChineseNormalizer())
                    .build(PassageCatalog.of(SearchFixture.library()).passages(), dir);
        };
        try (IndexParts inMemory = IndexFolder.inMemory().openOrBuild("one", analysis, builder)) {
            assertEquals(0, asked.get());
        }
        IndexFolder folder = IndexFolder.at(data.resolve("index"));
        try (IndexParts built = folder.openOrBuild("one", analysis, builder)) {
            assertEquals(0, askedDuringTheBuild.get(), "not asked before a build of new documents");
            assertEquals(1, asked.get(), "asked to stamp the build");
        }
        try (IndexParts reused = folder.openOrBuild("one", analysis, builder)) {
            assertEquals(2, asked.get());
        }
        AtomicInteger askedForTheNew = new AtomicInteger();
        Supplier<String> changedAnalysis = () -> {
            askedForTheNew.incrementAndGet();
            return "b";
        };
        try (IndexParts rebuilt = folder.openOrBuild("one", changedAnalysis, builder)) {
            assertEquals(1, askedForTheNew.get(), "a stale index is stamped with what the comparison computed");
            assertTrue(Files.readString(data.resolve("index/fingerprint.txt")).endsWith("one-b"));
        }
    }

    @Test
    void anEngineReopenedOnTheSameFolderAnswersTheSame() throws Exception {
        IndexFolder folder = IndexFolder.at(data.resolve("index"));
        String first;
        try (LuceneSearchEngine engine = LuceneSearchEngine.open(SearchFixture.library(), folder)) {
            first = engine.search("就业是什么", SearchScope.ALL, 1).hits().get(0).passage().key();
        }
        long stamp = Files.getLastModifiedTime(data.resolve("index/fingerprint.txt")).toMillis();
        try (LuceneSearchEngine engine = LuceneSearchEngine.open(SearchFixture.library(), folder)) {
            assertEquals(first, engine.search("就业是什么", SearchScope.ALL, 1).hits().get(0).passage().key());
        }
        assertEquals(stamp, Files.getLastModifiedTime(data.resolve("index/fingerprint.txt")).toMillis());
    }

    @Test
    void aRebuildClearsWhatAnOlderLayoutLeftInTheFolder() throws Exception {
        Path index = Files.createDirectories(data.resolve("index"));
        Files.writeString(index.resolve("segments_1"), "an index of the single-folder layout");
        Files.writeString(index.resolve("fingerprint.txt"), "old");
        try (LuceneSearchEngine engine = LuceneSearchEngine.open(SearchFixture.library(), IndexFolder.at(index))) {
            assertTrue(engine.search("就业是什么", SearchScope.ALL, 1).answered());
        }
        assertFalse(Files.exists(index.resolve("segments_1")));
    }

    @Test
    void anIndexWhoseFilesAreGoneIsRebuiltInsteadOfFailing() throws Exception {
        IndexFolder folder = IndexFolder.at(data.resolve("index"));
        try (LuceneSearchEngine engine = LuceneSearchEngine.open(SearchFixture.library(), folder)) {
            assertTrue(engine.search("就业是什么", SearchScope.ALL, 1).answered());
        }
        try (var files = Files.list(data.resolve("index/grams"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        try (LuceneSearchEngine engine = LuceneSearchEngine.open(SearchFixture.library(), folder)) {
            assertTrue(engine.search("就业是什么", SearchScope.ALL, 1).answered());
        }
    }
}
