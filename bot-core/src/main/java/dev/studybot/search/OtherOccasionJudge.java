package dev.studybot.search;

import java.util.List;

/**
 * A question anchored in something other than what a passage speaks of is not answered by it: another occasion
 * (上一次, 下一次: "总书记上一次来四川视察去了哪些地方" is not answered by the sentence about this visit), another
 * party's response (回应, 反应) or others (其他省份). Each anchor is a line of {@code search/anchors.txt}: the words by
 * which a question names it, the words by which a passage speaks of it, and the words of a question that the
 * passage on the present occasion answers all the same (how long since the last visit: 一年多时间第二次), and the
 * words that hold an asked word without naming the anchor (级别的 holds 别的, and asks no other).
 */
final class OtherOccasionJudge extends FirstPassageJudge {

    private final List<Anchor> anchors;

    /**
     * One kind of anchor.
     *
     * @param asked   the words by which a question names it
     * @param said    the words by which a passage speaks of it
     * @param excused the words of a question that a passage without the anchor may answer all the same
     * @param holders words that hold an asked word but do not name the anchor (级别 before 的)
     */
    record Anchor(List<String> asked, List<String> said, List<String> excused, List<String> holders) {

        /** Whether the question names this anchor, is not excused, and the passage does not speak of it. */
        boolean missing(String foldedQuestion, String passage) {
            String question = foldedQuestion;
            for (String holder : holders) {
                question = question.replace(holder, "|");
            }
            if (asked.stream().noneMatch(question::contains) || said.stream().anyMatch(passage::contains)) {
                return false;
            }
            // An excuse inside the words that name the anchor is none: 几次 of 前几次.
            String rest = question;
            for (String word : asked) {
                rest = rest.replace(word, "|");
            }
            return excused.stream().noneMatch(rest::contains);
        }

        /** An anchor from a line of the list: up to four fields separated by |, words separated by spaces. */
        static Anchor parse(String line) {
            String[] fields = line.split("\\|", -1);
            return new Anchor(words(fields[0]), words(fields[1]), fields.length > 2 ? words(fields[2]) : List.of(),
                    fields.length > 3 ? words(fields[3]) : List.of());
        }

        private static List<String> words(String field) {
            return field.isBlank() ? List.of() : List.of(field.trim().split("\\s+"));
        }
    }

    OtherOccasionJudge(PassageCatalog catalog) {
        super(catalog);
        this.anchors = WordLists.lines("/search/anchors.txt").stream().map(Anchor::parse).toList();
    }

    @Override
    boolean answers(SearchQuestion question, String first) {
        return anchors.stream().noneMatch(anchor -> anchor.missing(question.folded(), first));
    }
}
