package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The rules every question obeys (platform limits, well-formed answers, the type's shape, options that fit on a
 * phone, no type label in the prompt, a marked explanation, a source); the generator keeps only questions with no
 * violation.
 */
public final class QuestionRules {

    /** A label saying the type, which the platform's controls already show. */
    private static final java.util.regex.Pattern TYPE_LABEL =
            java.util.regex.Pattern.compile("^(多选题|单选题|填空题|判断题|判断正误|选择正确的词语填入横线处)[：:]");

    /** What is wrong with the question; empty when nothing is. */
    public List<String> violations(Question q) {
        List<String> problems = new ArrayList<>();
        if (q.prompt() == null || q.prompt().isBlank() || Words.length(q.prompt()) > Question.MAX_PROMPT) {
            problems.add("prompt empty or longer than " + Question.MAX_PROMPT);
        } else if (TYPE_LABEL.matcher(q.prompt()).find()) {
            problems.add("the prompt opens with a type label");
        }
        int n = q.options().size();
        if (n < Question.MIN_OPTIONS || n > Question.MAX_OPTIONS) {
            problems.add("options: " + n);
        }
        if (q.options().stream().anyMatch(o -> o.isBlank() || Words.length(o) > Question.MAX_OPTION)) {
            problems.add("an option is empty or longer than " + Question.MAX_OPTION);
        }
        if (new HashSet<>(q.options()).size() != n) {
            problems.add("options repeat");
        }
        if (q.answers().isEmpty() || new HashSet<>(q.answers()).size() != q.answers().size()
                || q.answers().stream().anyMatch(a -> a < 0 || a >= n)) {
            problems.add("answers " + q.answers() + " do not fit " + n + " options");
        }
        if (q.explanation() == null || q.explanation().isBlank()
                || Words.length(q.explanation()) > Question.MAX_EXPLANATION || !q.explanation().contains("【")) {
            problems.add("explanation empty, unmarked or longer than " + Question.MAX_EXPLANATION);
        }
        if (q.source() == null || q.source().doc().isBlank() || q.source().paragraph() < 1
                || q.source().text().isBlank()) {
            problems.add("no source");
        }
        if (problems.isEmpty()) {
            shape(q, problems);
        }
        if (problems.isEmpty() && SUBJECTLESS.matcher(q.prompt()).find()) {
            problems.add("the prompt says what is to become something but not who");
        }
        if (problems.isEmpty() && danglingPronoun(q)) {
            problems.add("the prompt's 其 points to a sentence it does not show");
        }
        if (problems.isEmpty() && (q.type() == QuestionType.FILL_BLANK || q.type() == QuestionType.SINGLE_CHOICE)
                && q.prompt().contains(q.options().get(q.answers().get(0)))) {
            problems.add("the prompt gives the answer away");
        }
        return problems;
    }

    /** A stem that opens with becoming (要尽快成为带动西部高质量发展的…): who is to become it is cut off. */
    private static final java.util.regex.Pattern SUBJECTLESS =
            java.util.regex.Pattern.compile("^(会议(指出|强调|要求)，)?要?(尽快|加快|努力|真正)?成为");

    /** 其 as a word of its own, not in 其他, 其中, 尤其, 极其, 及其, 与其, 其实, 其余, 其次. */
    private static final java.util.regex.Pattern PRONOUN =
            java.util.regex.Pattern.compile("(?<![尤极及与])其(?![他中实余次])");

    /**
     * Whether the prompt holds a 其 that its sentence's first clause has: there it points back to the sentence
     * before (准确把握其丰富内涵, 其 being the previous sentence's 重要指示), which the member does not see.
     */
    static boolean danglingPronoun(Question q) {
        String source = q.source().text();
        int firstClause = FactFinder.clauseEnd(source, 0);
        java.util.regex.Matcher m = PRONOUN.matcher(source.substring(0, firstClause));
        while (m.find()) {
            String around = source.substring(Math.max(0, m.start() - 3), m.end());
            if (q.prompt().contains(around)) {
                return true;
            }
        }
        return false;
    }

    private static void shape(Question q, List<String> problems) {
        String source = q.source().text();
        int n = q.options().size();
        switch (q.type()) {
            case FILL_BLANK -> {
                if (q.options().size() != 4 || q.answers().size() != 1
                        || QuestionGenerator.occurrences(q.prompt(), "____") != 1) {
                    problems.add("fill_blank needs one blank, four options, one answer");
                } else {
                    sourceTellsRight(q, source, true, problems);
                }
            }
            case SINGLE_CHOICE -> {
                // A pairing (翠云廊；三星堆) has a （ ） for each of its terms, each in the source.
                List<String> parts = q.options().isEmpty() || q.answers().size() != 1 ? List.of()
                        : List.of(q.options().get(q.answers().get(0)).replace("…", "").split(QuestionWriter.PAIR));
                if (q.options().size() != 4 || q.answers().size() != 1
                        || QuestionGenerator.occurrences(q.prompt(), QuestionWriter.PAREN) != parts.size()
                        || parts.size() > 2) {
                    problems.add("single_choice needs one （ ） (two for a pairing), four options and one answer");
                } else if (q.prompt().endsWith(QuestionWriter.UNLISTED)) {
                    // Which one a list leaves out: the right option is the one the source does not say.
                    sourceTellsRight(q, source, false, problems);
                } else if (!parts.stream().allMatch(source::contains)) {
                    problems.add("the right option is not in the source");
                }
            }
            case MULTIPLE_CHOICE -> {
                int right = q.answers().size();
                boolean catalogue = QuestionWriter.catalogue(q.answers().stream().map(q.options()::get).toList())
                        && q.options().stream().allMatch(o -> o.length() <= QuestionWriter.SHORT_WORD);
                if (n < QuestionWriter.MIN_CHOICES
                        || n > (catalogue ? QuestionWriter.MAX_SHORT_CHOICES : QuestionWriter.MAX_CHOICES)) {
                    problems.add("multiple_choice needs " + QuestionWriter.MIN_CHOICES + " to "
                            + QuestionWriter.MAX_CHOICES + " options");
                } else if (right < 2 || right > QuestionWriter.MAX_RIGHT_CHOICES && !catalogue
                        || n - right < QuestionWriter.MIN_WRONG_CHOICES && right != n && !(right >= 3 && n - right == 1)
                        || QuestionGenerator.occurrences(q.prompt(), QuestionWriter.BLANK)
                        + QuestionGenerator.occurrences(q.prompt(), QuestionWriter.PAREN) != 1) {
                    problems.add("multiple_choice needs one blank, two to four right and two wrong options (one beside three or"
                            + " four right) unless all four are right");
                } else {
                    sourceTellsRight(q, source, true, problems);
                }
            }
            case TRUE_FALSE -> {
                if (!q.options().equals(List.of("正确", "错误")) || q.answers().size() != 1) {
                    problems.add("true_false needs the options 正确/错误 and one answer");
                }
            }
        }
    }

    /**
     * Adds a problem for each option the source does not tell apart: with {@code rightSaid}, the right options are
     * the ones it says (and no wrong one); without, the right one is the one it leaves out (and every wrong one it says).
     */
    private static void sourceTellsRight(Question q, String source, boolean rightSaid, List<String> problems) {
        for (int i = 0; i < q.options().size(); i++) {
            boolean right = q.answers().contains(i);
            boolean said = source.contains(q.options().get(i));
            if ((right == rightSaid) != said) {
                problems.add((right ? "right" : "wrong") + " option " + (said ? "found in" : "missing from")
                        + " the source: " + q.options().get(i));
            }
        }
    }
}
