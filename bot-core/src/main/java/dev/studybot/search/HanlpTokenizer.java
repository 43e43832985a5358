package dev.studybot.search;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A Lucene tokenizer that segments Chinese text into words with HanLP's standard segmenter (never index mode),
 * emitting each word with its character offsets and its part of speech as the token type. Punctuation and
 * white space are dropped.
 */
public final class HanlpTokenizer extends Tokenizer {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final Function<char[], List<Term>> segmenter;
    private Iterator<Term> terms;
    /** Reused between texts: passages are short, so it rarely grows. */
    private char[] buffer = new char[1024];
    private int length;

    /** @param segment a HanLP segmenter with offsets enabled */
    public HanlpTokenizer(Segment segment) {
        this(segment::seg);
    }

    /**
     * A tokenizer whose words come from a function of the text: a HanLP segmenter with offsets enabled, or words it
     * cut on another thread ({@link SharedSegmentation}).
     */
    HanlpTokenizer(Function<char[], List<Term>> segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (terms == null) {
            char[] text = readAll();
            length = text.length;
            List<Term> segmented = text.length == 0 ? List.of() : segmenter.apply(text);
            terms = segmented.iterator();
        }
        while (terms.hasNext()) {
            Term next = terms.next();
            if (next.word.isBlank() || isPunctuation(next.word)) {
                continue;
            }
            term.setEmpty().append(next.word);
            int start = correctOffset(next.offset);
            offset.setOffset(start, correctOffset(next.offset + next.word.length()));
            type.setType(next.nature == null ? "w" : next.nature.toString());
            return true;
        }
        return false;
    }

    /**
     * The whole input as an array of exactly its length, which is what {@link Segment#seg(char[])} wants: the same
     * segmentation as {@code seg(String)} (which copies the string into such an array) without two more copies.
     */
    private char[] readAll() throws IOException {
        int filled = 0;
        for (int n; (n = input.read(buffer, filled, buffer.length - filled)) != -1; ) {
            filled += n;
            if (filled == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
        }
        return Arrays.copyOf(buffer, filled);
    }

    private static boolean isPunctuation(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i)) || Character.isSurrogate(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(length);
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        terms = null;
        length = 0;
    }
}
