package dev.studybot.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.Messages;
import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.LibraryLoader;
import dev.studybot.model.Language;
import dev.studybot.quiz.Question;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the bundled report: the prompt under each excerpt fits what it is, the second pass blanks key terms that are
 * really in the excerpt, and each pass asks another question of the day about the excerpt's own sentences.
 */
class ReflectionAndRecallTest {

    private static List<Excerpt> excerpts;
    private static LessonMaker lessons;
    private static final ReflectionPrompts PROMPTS = new ReflectionPrompts();
    private static final Messages ZH = Messages.of(Language.ZH);

    @BeforeAll
    static void load() {
        DocumentLibrary library = new LibraryLoader().load(List.of());
        Document report = library.find("sichuan-committee-2023-07-29").orElseThrow();
        excerpts = new ExcerptPlanner().excerpts(report);
        lessons = DailyWiring.lessons(library);
    }

    @Test
    void thePromptFollowsWhatTheExcerptIs() {
        // 1 and 2 report the meeting and the visit; 3 asks to grasp “两个确立”; 6 and 8 set requirements.
        assertEquals(ReflectionPrompts.Kind.REPORT, PROMPTS.kind(excerpts.get(0)));
        assertEquals(ReflectionPrompts.Kind.REPORT, PROMPTS.kind(excerpts.get(1)));
        assertEquals(ReflectionPrompts.Kind.TERM, PROMPTS.kind(excerpts.get(2)));
        assertEquals(ReflectionPrompts.Kind.REQUIREMENT, PROMPTS.kind(excerpts.get(5)));
        assertEquals(ReflectionPrompts.Kind.REQUIREMENT, PROMPTS.kind(excerpts.get(7)));
        String report = PROMPTS.prompt(excerpts.get(1), ZH);
        assertFalse(report.contains("要求"), "a report asks what it means, not what it demands: " + report);
        assertTrue(report.contains("意味着什么"), report);
        String term = PROMPTS.prompt(excerpts.get(2), ZH);
        assertTrue(term.startsWith("“两个确立”指的是什么？"), term);
        // 7 quotes “天府粮仓” in a run of demands: what it stands for, and how to act on what the passage asks.
        String termAct = PROMPTS.prompt(excerpts.get(6), ZH);
        assertTrue(termAct.startsWith("“天府粮仓”指的是什么？") && termAct.contains("落实这段话提出的要求"), termAct);
        String requirement = PROMPTS.prompt(excerpts.get(7), ZH);
        assertTrue(requirement.contains("统筹发展和安全") && requirement.contains("从哪件具体的事做起"), requirement);
        for (Excerpt excerpt : excerpts) {
            String prompt = PROMPTS.prompt(excerpt, ZH);
            for (String quoted : prompt.split("“")) {
                if (quoted.contains("”") && quoted.indexOf('”') > 0) {
                    String words = quoted.substring(0, quoted.indexOf('”')).replace('‘', '“').replace('’', '”')
                            .replace("…", "");
                    assertTrue(excerpt.text().contains(words), "the prompt quotes the excerpt: " + words);
                }
            }
        }
    }

    @Test
    void theSecondPassBlanksKeyTermsOfTheExcerptAndAsksAnotherQuestion() {
        int withTerms = 0;
        int withoutQuestion = 0;
        for (Excerpt excerpt : excerpts) {
            Lesson review = lessons.lesson(excerpt, new Pass(2));
            Optional<RecallExercise> recall = review.recall();
            assertTrue(recall.isPresent(), "part " + excerpt.part());
            String text = recall.get().text();
            String filled = text;
            for (int i = 0; i < recall.get().answers().size(); i++) {
                filled = filled.replace(RecallExercise.blankText(i + 1), recall.get().answers().get(i));
            }
            assertEquals(excerpt.text(), filled, "the blanks filled give the excerpt back");
            withTerms += recall.get().answers().size() >= 3 ? 1 : 0;
            assertTrue(lessons.lesson(excerpt, new Pass(1)).recall().isEmpty(), "the first pass reads");
            assertTrue(lessons.lesson(excerpt, new Pass(3)).recall().isEmpty(), "the third pass reads again");

            Optional<Question> firstOne = lessons.question(excerpt, new Pass(1));
            if (firstOne.isEmpty()) {
                // Only set phrases (视野宏阔…, 科学指引, 丰富内涵…): no question on either pass, and only there.
                assertTrue(lessons.question(excerpt, new Pass(2)).isEmpty(), "part " + excerpt.part());
                withoutQuestion++;
                continue;
            }
            Question first = firstOne.get();
            Question second = lessons.question(excerpt, new Pass(2)).orElseThrow();
            assertFalse(first.id().equals(second.id()), "part " + excerpt.part() + " asks another question");
            for (Question q : List.of(first, second)) {
                assertTrue(excerpt.text().contains(q.source().text()), "about a sentence of the excerpt");
            }
        }
        assertTrue(withTerms >= excerpts.size() - 2, "most excerpts get three blanks or more: " + withTerms);
        assertTrue(withoutQuestion <= 1, withoutQuestion + " excerpts without a question of the day");
        RecallExercise seventh = lessons.lesson(excerpts.get(6), new Pass(2)).recall().orElseThrow();
        // A quoted formulation, a list item and a parallel term members mix up.
        assertTrue(seventh.answers().containsAll(List.of("天府粮仓", "生猪", "全面发力")), seventh.answers().toString());
    }
}
