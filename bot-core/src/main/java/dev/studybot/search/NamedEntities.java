package dev.studybot.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The people, places and organisations a text names, by HanLP's named-entity recognition (parts of speech
 * {@code nr…}, {@code ns…} and {@code nt…}: Chinese, transliterated and Japanese names; places; organisations). It runs on one passage for a question that asks
 * for people or a place, so its cost (the reason the index's segmenter leaves it off) does not matter there.
 */
final class NamedEntities {

    private final Segment segment = HanLP.newSegment().enableNameRecognize(true)
            .enableTranslatedNameRecognize(true).enableJapaneseNameRecognize(true).enablePlaceRecognize(true)
            .enableOrganizationRecognize(true);

    /** The people the text names, in order. */
    List<String> people(String text) {
        return withNature(text, "nr");
    }

    /** The places the text names, in order. */
    List<String> places(String text) {
        return withNature(text, "ns");
    }

    /** The organisations the text names, in order. */
    List<String> organizations(String text) {
        return withNature(text, "nt");
    }

    private List<String> withNature(String text, String prefix) {
        Set<String> found = new LinkedHashSet<>();
        for (Term term : segment.seg(text)) {
            if (term.nature != null && term.nature.startsWith(prefix)) {
                found.add(term.word);
            }
        }
        return List.copyOf(found);
    }
}
