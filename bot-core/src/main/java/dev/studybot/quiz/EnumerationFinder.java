package dev.studybot.quiz;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds enumerations in a sentence. The items between two 、 are whole; the first and the last item run into the
 * words around them, so they are cut at a HanLP word boundary, choosing the cut whose length is closest to the
 * middle items' (enumerations are usually parallel).
 */
public final class EnumerationFinder {

    private static final Pattern RUN = Pattern.compile("(?:\\p{IsHan}{2,16}、){2,}\\p{IsHan}{2,16}");
    /** Most items a multiple-choice question shows. */
    static final int MAX_ITEMS = 7;

    private final TermExtractor extractor;

    public EnumerationFinder(TermExtractor extractor) {
        this.extractor = extractor;
    }

    /** The enumerations of 3 to {@value #MAX_ITEMS} whole items in the sentence. */
    public List<Enumeration> find(String sentence) {
        List<Enumeration> found = new ArrayList<>();
        Matcher run = RUN.matcher(sentence);
        List<Term> words = null;
        while (run.find()) {
            if (words == null) {
                words = extractor.words(sentence);
            }
            parse(sentence, run.start(), run.end(), words).ifPresent(found::add);
        }
        return found;
    }

    /** How poor a start is for the first item: far from the typical length, not right after a verb. */
    private static double startCost(int start, int firstEnd, double typical, Set<Integer> afterVerb) {
        return Math.abs(firstEnd - start - typical) - (afterVerb.contains(start) ? 1.5 : 0);
    }

    /** Whether a word is any kind of verb, verbal nouns (保护, 改革) included. */
    private static boolean verbish(Term word) {
        return word != null && word.nature != null && word.nature.toString().startsWith("v");
    }

    /** Whether a word is a verb or preposition (verbal nouns such as 改革 or 保障 count as nouns). */
    private static boolean verbal(Term word) {
        if (word == null || word.nature == null) {
            return false;
        }
        String nature = word.nature.toString();
        return nature.startsWith("v") && !nature.equals("vn") || nature.startsWith("p");
    }

    private static String commonPrefix(List<String> items) {
        String first = items.get(0);
        int n = 0;
        while (n < first.length() && sharedAt(items, first, n)) {
            n++;
        }
        return first.substring(0, n);
    }

    private static boolean sharedAt(List<String> items, String first, int n) {
        return items.stream().allMatch(i -> i.length() > n && i.charAt(n) == first.charAt(n));
    }

    /**
     * How many verb groups lie wholly within {@code [from, to)}: runs of verbs (not verbal nouns), so 感恩奋进 has
     * one and 促进共同富裕贯穿经济 two.
     */
    private static int strictVerbs(List<Term> words, int from, int to) {
        int count = 0;
        boolean inGroup = false;
        for (Term w : words) {
            boolean verb = w.offset >= from && w.offset + w.word.length() <= to && verbal(w)
                    && w.nature.toString().startsWith("v");
            if (verb && !inGroup) {
                count++;
            }
            inGroup = verb;
        }
        return count;
    }

    private Optional<Enumeration> parse(String sentence, int runStart, int runEnd, List<Term> words) {
        String[] chunks = sentence.substring(runStart, runEnd).split("、");
        if (chunks.length < 3 || chunks.length > MAX_ITEMS) {
            return Optional.empty();
        }
        double typical = 0;
        for (int i = 1; i < chunks.length - 1; i++) {
            typical += chunks[i].length();
        }
        typical /= chunks.length - 2;
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (int i = 1; i < chunks.length - 1; i++) {
            shortest = Math.min(shortest, chunks[i].length());
            longest = Math.max(longest, chunks[i].length());
        }
        if (longest - shortest > 2) {
            return Optional.empty(); // not parallel: probably two lists run together
        }
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        Set<Integer> afterVerb = new HashSet<>();
        for (Term word : words) {
            String nature = word.nature == null ? "" : word.nature.toString();
            if (nature.startsWith("v") || nature.startsWith("p")) {
                afterVerb.add(word.offset + word.word.length());
            }
            // An item never starts or ends with a function word (的, 等, 和 …).
            if (!Words.FUNCTION.contains(word.word)) {
                starts.add(word.offset);
                ends.add(word.offset + word.word.length());
            }
        }
        // Where the middle items are not verb phrases, the edge items are not either: a verb at the edge belongs
        // to the sentence (加大【税收、社会保障、转移支付】等调节力度), so the item starts after it or ends before it.
        Map<Integer, Term> wordAt = new HashMap<>();
        Map<Integer, Term> wordEndingAt = new HashMap<>();
        words.forEach(w -> {
            wordAt.put(w.offset, w);
            wordEndingAt.put(w.offset + w.word.length(), w);
        });
        boolean verbStarts = false;
        boolean verbEnds = false;
        int offset = runStart + chunks[0].length() + 1;
        for (int i = 1; i < chunks.length - 1; i++) {
            verbStarts |= verbish(wordAt.get(offset));
            verbEnds |= verbish(wordEndingAt.get(offset + chunks[i].length()));
            offset += chunks[i].length() + 1;
        }
        // Verb phrases (不负重托, 服务和融入新发展格局): the edge items hold their verb too, and no more verbs than
        // a middle item (铭记关怀, not 关怀; 促进共同富裕, not 促进共同富裕贯穿经济).
        int maxVerbs = Integer.MAX_VALUE;
        offset = runStart + chunks[0].length() + 1;
        for (int i = 1; i < chunks.length - 1; i++) {
            maxVerbs = Math.min(maxVerbs, strictVerbs(words, offset, offset + chunks[i].length()));
            offset += chunks[i].length() + 1;
        }
        int mostVerbs = 0;
        offset = runStart + chunks[0].length() + 1;
        for (int i = 1; i < chunks.length - 1; i++) {
            mostVerbs = Math.max(mostVerbs, strictVerbs(words, offset, offset + chunks[i].length()));
            offset += chunks[i].length() + 1;
        }
        boolean verbPhrases = maxVerbs > 0;
        int firstEnd = runStart + chunks[0].length();
        int bestStart = -1;
        for (int s = runStart; s <= firstEnd - 2; s++) {
            Term first = wordAt.get(s);
            if (!verbStarts && !verbPhrases && verbal(first) && s + first.word.length() < firstEnd) {
                continue;
            }
            if (verbPhrases && (strictVerbs(words, s, firstEnd) == 0 || strictVerbs(words, s, firstEnd) > mostVerbs)) {
                continue;
            }
            if (starts.contains(s) && (bestStart < 0
                    || startCost(s, firstEnd, typical, afterVerb) < startCost(bestStart, firstEnd, typical, afterVerb))) {
                bestStart = s;
            }
        }
        int lastStart = runEnd - chunks[chunks.length - 1].length();
        int bestEnd = -1;
        for (int e = lastStart + 2; e <= runEnd; e++) {
            Term last = wordEndingAt.get(e);
            // A trailing verb is cut off only when the item without it is as parallel in length (全面贯彻 → 全面).
            if (!verbEnds && verbal(last) && last.offset > lastStart && last.offset - lastStart >= 2
                    && Math.abs(last.offset - lastStart - typical) <= Math.abs(e - lastStart - typical)) {
                continue;
            }
            if (verbPhrases && strictVerbs(words, lastStart, e) > mostVerbs) {
                break;
            }
            if (ends.contains(e) && (bestEnd < 0
                    || Math.abs(e - lastStart - typical) <= Math.abs(bestEnd - lastStart - typical) - 0.01)) {
                bestEnd = e;
            }
        }
        // Items that share an opening (以学铸魂、以学增智…): the first item starts at that opening.
        String opening = chunks.length > 3
                ? commonPrefix(java.util.Arrays.asList(chunks).subList(1, chunks.length - 1)) : "";
        if (!opening.isEmpty() && chunks[0].lastIndexOf(opening) >= 0) {
            bestStart = runStart + chunks[0].lastIndexOf(opening);
        }
        if (bestStart < 0 || bestEnd < 0) {
            return Optional.empty();
        }
        if (bestStart == runStart && runStart > 0 && Words.allHan(sentence.substring(runStart - 1, runStart))
                && !afterVerb.contains(runStart)) {
            return Optional.empty(); // the first item may run on to the left beyond what the pattern saw
        }
        List<String> items = new ArrayList<>();
        items.add(sentence.substring(bestStart, firstEnd));
        for (int i = 1; i < chunks.length - 1; i++) {
            items.add(chunks[i]);
        }
        items.add(sentence.substring(lastStart, bestEnd));
        // A particle in an edge item that no middle item has means the edge ran into the sentence (…的斗争就有).
        for (String edge : List.of(items.get(0), items.get(items.size() - 1))) {
            for (String particle : List.of("的", "了", "就")) {
                if (edge.contains(particle) && items.subList(1, items.size() - 1).stream()
                        .noneMatch(item -> item.contains(particle))) {
                    return Optional.empty();
                }
            }
        }
        double middle = typical;
        // One middle item says little about the typical length of verb phrases.
        int spread = verbPhrases && chunks.length == 3 ? 4 : 3;
        boolean clean = items.stream().allMatch(item -> Words.acceptable(item) && item.length() <= 16
                && Math.abs(item.length() - middle) <= spread)
                && items.stream().distinct().count() == items.size();
        return clean ? Optional.of(new Enumeration(items, bestStart, bestEnd)) : Optional.empty();
    }
}
