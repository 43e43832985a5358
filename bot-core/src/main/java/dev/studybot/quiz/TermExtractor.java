package dev.studybot.quiz;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the key terms of a sentence: quoted phrases, numbers and dates with their unit, and whole HanLP words
 * that are places, people, organisations, or nouns among the paragraph's keywords. Terms never overlap and
 * always cover whole words, so a blank never cuts a word in two.
 */
public final class TermExtractor {

    private static final Pattern QUOTED = Pattern.compile("“([\\p{IsHan}0-9·]{2,12})”");
    private static final String DIGITS = "零〇一二三四五六七八九十百千万亿两";
    private static final Pattern NUMBER = Pattern.compile(
            "(百分之)?([" + DIGITS + "]{2,}(?:点[零〇一二三四五六七八九]+)?)(多)?"
                    + "(万亿元|亿元|万元|元|周年|年|个百分点|万人|亿人|人|名|亩|套|个|项|届|倍|公里|吨)?");
    private static final Set<String> NOUN_NATURES = Set.of("n", "nz", "nl", "gi", "nnt", "nis", "nf");

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

    /** The keywords of a paragraph (HanLP TextRank). */
    public Set<String> keywords(String paragraph) {
        return Set.copyOf(HanLP.extractKeyword(paragraph, 12));
    }

    /** The key terms of one sentence, in order, none overlapping. */
    public List<KeyTerm> terms(String sentence, Set<String> keywords) {
        List<KeyTerm> found = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(sentence);
        while (quoted.find()) {
            String text = quoted.group(1);
            if (Words.acceptable(text)) {
                found.add(new KeyTerm(text, TermKind.QUOTED, "", quoted.start(1)));
            }
        }
        List<Term> words = words(sentence);
        Set<Integer> wordEnds = new java.util.HashSet<>();
        words.forEach(w -> wordEnds.add(w.offset + w.word.length()));
        Matcher number = NUMBER.matcher(sentence);
        while (number.find()) {
            boolean percent = number.group(1) != null;
            String unit = percent ? "百分之" : number.group(4);
            boolean bounded = number.start() == 0 || DIGITS.indexOf(sentence.charAt(number.start() - 1)) < 0;
            boolean hasValue = number.group(2).chars().anyMatch(c -> "一二三四五六七八九十〇零两".indexOf(c) >= 0);
            // The unit must end a word: 十四亿多人口 is not 十四亿多人 + 口.
            boolean wholeWord = wordEnds.contains(number.end()) || number.end() == sentence.length()
                    || !Words.allHan(sentence.substring(number.end(), number.end() + 1));
            if (unit != null && bounded && hasValue && wholeWord) {
                add(found, new KeyTerm(number.group(), TermKind.NUMBER, unit, number.start()));
            }
        }
        for (Term word : words) {
            String text = word.word;
            String nature = word.nature == null ? "" : word.nature.toString();
            if (!Words.allHan(text) || !Words.acceptable(text) || Words.length(text) > 8) {
                continue;
            }
            TermKind kind = kindOf(nature, keywords.contains(text));
            boolean known = CoreDictionary.contains(text) || CustomDictionary.contains(text);
            // Only dictionary words: recognisers and segmentation slips ("性发展", "林田湖") stay out.
            if (kind != null && known) {
                add(found, new KeyTerm(text, kind, "", word.offset));
            }
        }
        found.sort(Comparator.comparingInt(KeyTerm::start));
        return found;
    }

    private static TermKind kindOf(String nature, boolean keyword) {
        if (nature.startsWith("ns")) {
            return TermKind.PLACE;
        }
        if (nature.startsWith("nr")) {
            return TermKind.PERSON;
        }
        if (nature.startsWith("nt")) {
            return TermKind.ORGANIZATION;
        }
        return keyword && NOUN_NATURES.contains(nature) ? TermKind.NOUN : null;
    }

    private static void add(List<KeyTerm> found, KeyTerm term) {
        for (KeyTerm other : found) {
            if (term.start() < other.end() && other.start() < term.end()) {
                return;
            }
        }
        found.add(term);
    }
}
