package dev.studybot.quiz;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parallel structures a report is built from: one frame repeated with a different word in the same slot
 * (在X上【同时】发力, 在Y上【精准】发力, 在Z上【全面】发力). Such words are the report's own siblings, the ones members
 * really mix up. A family is a word before, a word after, and three to six different two-character words
 * between them, each used once.
 */
final class ParallelFrames {

    private static final int MIN_FAMILY = 3;
    private static final int MAX_FAMILY = 6;

    /** Words that bind rather than say how. */
    private static final Set<String> NOT_SLOTS = Set.of("以及", "可以", "必须", "一个", "两个", "能够", "应当", "并且");

    private final Map<String, List<Slot>> byFrame = new LinkedHashMap<>();

    private static String nature(Term word) {
        return word.nature == null ? "" : word.nature.toString();
    }

    /** Adds the words of one sentence (its index in the document). */
    void add(int sentence, List<Term> words) {
        for (int j = 1; j + 1 < words.size(); j++) {
            Term before = words.get(j - 1);
            Term slot = words.get(j);
            Term after = words.get(j + 1);
            // The slot says how (精准, 同时, 全面) and the word after it is the verb it modifies (发力).
            if (slot.word.length() != 2 || !Words.allHan(slot.word) || NOT_SLOTS.contains(slot.word)
                    || nature(slot).equals("v") || !Words.allHan(before.word) || !Words.allHan(after.word)
                    || after.word.length() < 2 || !nature(after).startsWith("v") || Words.FUNCTION.contains(after.word)
                    || Words.GENERIC.contains(after.word)) {
                continue;
            }
            byFrame.computeIfAbsent(before.word + "|" + after.word, k -> new ArrayList<>())
                    .add(new Slot(sentence, slot.offset, after.offset + after.word.length(),
                            slot.word + after.word));
        }
    }

    /** Every slot of a family, with its siblings (the family's other words with the same ending). */
    List<Member> members() {
        List<Member> out = new ArrayList<>();
        for (List<Slot> slots : byFrame.values()) {
            Set<String> words = new LinkedHashSet<>();
            slots.forEach(s -> words.add(s.text()));
            if (words.size() < MIN_FAMILY || words.size() > MAX_FAMILY || words.size() != slots.size()) {
                continue;
            }
            for (Slot slot : slots) {
                List<String> siblings = new ArrayList<>(words);
                siblings.remove(slot.text());
                out.add(new Member(slot, siblings));
            }
        }
        return out;
    }

    /**
     * One use of a frame.
     *
     * @param sentence index of the sentence in the document
     * @param start    offset of the slot word
     * @param end      offset after the word that follows it
     * @param text     the slot word and the word after it (精准发力)
     */
    record Slot(int sentence, int start, int end, String text) {
    }

    /** A slot and the family's other words. */
    record Member(Slot slot, List<String> siblings) {
    }
}
