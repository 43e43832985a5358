package dev.studybot.search;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A question about one of a pair of opposite events or parts (闭幕 and 开幕, 上半年 and 下半年; the pairs are in
 * {@code search/opposites.txt}) is not answered by a passage that speaks of the other and not of it:
 * "总书记是否出席了成都大运会闭幕式" is not answered by the sentence about the opening ceremony.
 */
final class OppositeJudge extends FirstPassageJudge {

    /** The third field of a pair whose words are exclusive (see {@link Opposites#exclusive()}). */
    private static final String EXCLUSIVE = "exclusive";

    private final List<Opposites> pairs;

    /** A question that asks whether (是第一次吗, 是否, 是不是). */
    private static final Pattern ASKS_WHETHER = Pattern.compile("吗|是否|是不是|有没有");

    /**
     * Two words for opposite events.
     *
     * @param one       one of them
     * @param other     the other
     * @param exclusive whether one occasion is either the one or the other (第一次, 第二次): then a passage saying it
     *                  was the other answers a question whether it was the one ("是第一次来吗": no, the second)
     */
    record Opposites(String one, String other, boolean exclusive) {

        /** Whether a question asks about one word of the pair while the passage speaks only of the other. */
        boolean mismatched(String question, String passage) {
            if (exclusive && ASKS_WHETHER.matcher(question).find()) {
                return false;
            }
            return asksOnlyAbout(question, passage, one, other) || asksOnlyAbout(question, passage, other, one);
        }

        private static boolean asksOnlyAbout(String question, String passage, String asked, String opposite) {
            return question.contains(asked) && !question.contains(opposite)
                    && passage.contains(opposite) && !passage.contains(asked);
        }
    }

    OppositeJudge(PassageCatalog catalog) {
        super(catalog);
        this.pairs = readPairs();
    }

    @Override
    boolean answers(SearchQuestion question, String first) {
        return pairs.stream().noneMatch(pair -> pair.mismatched(question.folded(), first));
    }

    private static List<Opposites> readPairs() {
        return WordLists.lines("/search/opposites.txt").stream().map(line -> line.split("\\|"))
                .map(words -> new Opposites(words[0], words[1], words.length > 2 && EXCLUSIVE.equals(words[2])))
                .toList();
    }
}
