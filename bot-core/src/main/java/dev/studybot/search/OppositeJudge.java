package dev.studybot.search;

import java.util.List;

/**
 * A question about one of a pair of opposite events or parts (闭幕 and 开幕, 上半年 and 下半年; the pairs are in
 * {@code search/opposites.txt}) is not answered by a passage that speaks of the other and not of it:
 * "总书记是否出席了成都大运会闭幕式" is not answered by the sentence about the opening ceremony.
 */
final class OppositeJudge extends FirstPassageJudge {

    private final List<Opposites> pairs;

    /**
     * Two words for opposite events.
     *
     * @param one   one of them
     * @param other the other
     */
    record Opposites(String one, String other) {

        /** Whether a question asks about one word of the pair while the passage speaks only of the other. */
        boolean mismatched(String question, String passage) {
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
                .map(words -> new Opposites(words[0], words[1])).toList();
    }
}
