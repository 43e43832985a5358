package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Two threads cut the passages between them: every passage once, each in its own words. */
class SharedSegmentationTest {

    /** A stand-in segmenter: one "word" per character, counting how often each text is cut. */
    private static final class CountingSegmenter {
        final ConcurrentHashMap<String, AtomicInteger> cuts = new ConcurrentHashMap<>();

        List<Term> cut(char[] text) {
            String s = new String(text);
            cuts.computeIfAbsent(s, k -> new AtomicInteger()).incrementAndGet();
            List<Term> terms = new ArrayList<>();
            for (int i = 0; i < s.length(); i++) {
                terms.add(new Term(s.substring(i, i + 1), null));
            }
            return terms;
        }
    }

    @Test
    void everyPassageIsCutOnceByOneThreadOrTheOther() throws Exception {
        List<String> texts = IntStream.range(0, 5000).mapToObj(i -> "段落" + i).toList();
        CountingSegmenter segmenter = new CountingSegmenter();
        SharedSegmentation shared = new SharedSegmentation(texts, segmenter::cut);
        List<List<Term>> seen = new ArrayList<>();
        ParallelWork.run("test-share", 2, part -> {
            if (part == 0) {
                for (int i = 0; i < texts.size(); i++) {
                    seen.add(shared.words(i, texts.get(i).toCharArray()));
                }
            } else {
                shared.helpFromTheEnd();
            }
        });
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(texts.get(i), String.join("", seen.get(i).stream().map(t -> t.word).toList()));
            assertEquals(1, segmenter.cuts.get(texts.get(i)).get(), texts.get(i));
        }
    }

    @Test
    void aFailingHelperFailsTheWordsThreadInsteadOfHangingIt() {
        List<String> texts = List.of("甲", "乙");
        SharedSegmentation shared = new SharedSegmentation(texts, text -> {
            throw new IllegalStateException("broken segmenter");
        });
        assertThrows(IllegalStateException.class, shared::helpFromTheEnd);
        assertThrows(IllegalStateException.class, () -> shared.words(1, "乙".toCharArray()),
                "passage 1 was claimed by the helper, which failed");
    }
}
