package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk is reused while the documents stay the same and rebuilt when they change. */
class IndexFolderTest {

    @TempDir
    Path data;

    @Test
    void rebuildsOnlyWhenTheFingerprintChanges() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        IndexFolder folder = IndexFolder.at(data.resolve("index"));
        IndexFolder.Builder builder = dir -> {
            builds.incrementAndGet();
            new PassageIndexer(new StudyAnalyzers(), new ChineseNormalizer())
                    .build(PassageCatalog.of(SearchFixture.library()).passages(), dir);
        };
        try (Directory first = folder.openOrBuild("one", builder)) {
            assertEquals(1, builds.get());
        }
        try (Directory again = folder.openOrBuild("one", builder)) {
            assertEquals(1, builds.get());
        }
        try (Directory changed = folder.openOrBuild("two", builder)) {
            assertEquals(2, builds.get());
        }
        assertEquals("two", Files.readString(data.resolve("index/fingerprint.txt")).strip());
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
}
