package dev.studybot.quiz;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * HanLP's words of a sentence with their offsets and parts of speech, with the recognisers of people, places and
 * organisations on: what facts, enumerations and parallel structures are found in.
 */
public final class TermExtractor {

    private final Segment segment;

    public TermExtractor() {
        this.segment = HanLP.newSegment().enableOffset(true).enablePlaceRecognize(true)
                .enableOrganizationRecognize(true).enableNameRecognize(true).enableCustomDictionary(true);
    }

    /** HanLP's words of a text, with offsets. */
    public List<Term> words(String text) {
        synchronized (segment) {
            return segment.seg(text);
        }
    }
}
