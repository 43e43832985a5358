package dev.studybot.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people, places and organisations a text names, by HanLP's named-entity recognition (parts of speech
 * {@code nr…}, {@code ns…} and {@code nt…}: Chinese, transliterated and Japanese names; places; organisations). It
 * runs on one passage for a question that asks for people or a place, so its cost (the reason the index's segmenter
 * leaves it off) does not matter there.
 */
final class NamedEntities {

    /** Characters that stand alone beside a name as words of their own (在成都, 与王五, 省委书记王晓晖主持). */
    private static final String FUNCTION_CHARACTERS = "的了在和与及对向同是为把被从由等将并而或又也都就让给跟到于以之其这那各每该及从往赴到来去说讲请任任";

    /** Words that follow a place and never a person's name. */
    private static final Pattern PLACE_HEADS = Pattern.compile("地区|经济圈|城市群|两地|一带|地带|片区|都市圈|流域");

    /** A site named by what someone did there: 在翠云廊对保护自然遗产…嘱托, 在三星堆考察. */
    private static final Pattern SITE_OF_AN_ACT = Pattern.compile(
            "(?<![存现正实所自内外潜好不旨意志])在([\\p{IsHan}]{2,4}?)(?:对|考察|视察|调研|参观|察看|看望)");

    private final Segment segment = HanLP.newSegment().enableNameRecognize(true)
            .enableTranslatedNameRecognize(true).enableJapaneseNameRecognize(true).enablePlaceRecognize(true)
            .enableOrganizationRecognize(true);

    /** The people the text names, in order. */
    List<String> people(String text) {
        return withNature(text, "nr");
    }

    /**
     * The places the text names, in order: those the recogniser finds, and sites a report names by what was done
     * there (在翠云廊对…, 在三星堆考察), which it cuts into single characters.
     */
    List<String> places(String text) {
        Set<String> found = new LinkedHashSet<>(withNature(text, "ns"));
        found.addAll(sites(text));
        return List.copyOf(found);
    }

    /**
     * The sites the text names by what someone did there (在翠云廊对…, 在三星堆考察), in order: found by their wording
     * alone, without the recogniser (whose models take memory and time).
     */
    static List<String> sites(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher site = SITE_OF_AN_ACT.matcher(text);
        while (site.find()) {
            found.add(site.group(1));
        }
        return List.copyOf(found);
    }

    /**
     * The places the recogniser finds right before a stretch that {@code followedBy} accepts, stray neighbours or not:
     * 成都 of 成都大运会 (cut 成都/大/运会), where the rest begins with what a question asks about.
     */
    List<String> placesBefore(String text, Predicate<String> followedBy) {
        Set<String> found = new LinkedHashSet<>();
        int end = 0;
        for (Term term : segment.seg(text)) {
            end += term.word.length();
            if (term.nature != null && term.nature.startsWith("ns") && followedBy.test(text.substring(end))) {
                found.add(term.word);
            }
        }
        return List.copyOf(found);
    }

    /** The organisations the text names, in order. */
    List<String> organizations(String text) {
        return withNature(text, "nt");
    }

    private List<String> withNature(String text, String prefix) {
        Set<String> found = new LinkedHashSet<>();
        List<Term> terms = segment.seg(text);
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            // A person's given name is sometimes cut short (王晓 and 晖): only a stray character before a person counts.
            if (term.nature != null && term.nature.startsWith(prefix)
                    && !strayNeighbour(terms, i - 1) && ("nr".equals(prefix) || !strayNeighbour(terms, i + 1))
                    && !("nr".equals(prefix) && placeHeadAfter(terms, i))) {
                found.add(term.word);
            }
        }
        return List.copyOf(found);
    }

    /**
     * Whether a word that heads a place follows the term: a "name" before 地区 or 经济圈 is two places' short names
     * (成渝地区 read as the surname 成 and the given name 渝).
     */
    private static boolean placeHeadAfter(List<Term> terms, int at) {
        return at + 1 < terms.size() && PLACE_HEADS.matcher(terms.get(at + 1).word).matches();
    }

    /**
     * Whether the term at this position is a lone character that is no function word: what is left when the
     * recogniser cut a name out of a longer word (三星 from 三星堆, 华文明 from 中华文明), so the name is no name.
     */
    private static boolean strayNeighbour(List<Term> terms, int at) {
        if (at < 0 || at >= terms.size()) {
            return false;
        }
        String word = terms.get(at).word;
        return word.length() == 1 && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HAN
                && FUNCTION_CHARACTERS.indexOf(word.charAt(0)) < 0;
    }
}
