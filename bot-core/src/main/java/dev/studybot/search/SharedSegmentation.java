package dev.studybot.search;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * The words field's segmentation of a large index, shared between the two indexing threads: the words thread cuts
 * passages from the first on, the bigram thread, which has less to do, cuts them from the last back once its own
 * part is written, and each passage is cut by whichever thread claims it first. The words thread spent over half of
 * its time in the segmenter and finished well after the bigram thread (docs/evaluation.md).
 */
final class SharedSegmentation {

    private final List<String> folded;
    private final Function<char[], List<Term>> segmenter;
    private final AtomicIntegerArray claimed;
    private final AtomicReferenceArray<List<Term>> cut;
    private volatile boolean helperFailed;

    /**
     * @param folded    the passages' folded texts, in index order
     * @param segmenter the index side's HanLP segmentation (safe to call from two threads: it keeps no state)
     */
    SharedSegmentation(List<String> folded, Function<char[], List<Term>> segmenter) {
        this.folded = folded;
        this.segmenter = segmenter;
        this.claimed = new AtomicIntegerArray(folded.size());
        this.cut = new AtomicReferenceArray<>(folded.size());
    }

    /** The words of passage {@code number}, whose text is {@code text}: cut now, or taken from the other thread. */
    List<Term> words(int number, char[] text) {
        if (claimed.compareAndSet(number, 0, 1)) {
            return segmenter.apply(text);
        }
        List<Term> words;
        while ((words = cut.get(number)) == null) {
            if (helperFailed) {
                throw new IllegalStateException("the thread cutting passage " + number + " failed");
            }
            Thread.onSpinWait();
        }
        return words;
    }

    /** Cuts passages from the last back until it meets one the words thread has claimed. */
    void helpFromTheEnd() {
        try {
            for (int number = folded.size() - 1; number >= 0 && claimed.compareAndSet(number, 0, 1); number--) {
                cut.set(number, segmenter.apply(folded.get(number).toCharArray()));
            }
        } catch (RuntimeException | Error e) {
            helperFailed = true;
            throw e;
        }
    }
}
