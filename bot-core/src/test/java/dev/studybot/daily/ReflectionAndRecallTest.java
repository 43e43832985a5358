package dev.studybot.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.Messages;
import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.LibraryLoader;
import dev.studybot.model.Language;
import dev.studybot.quiz.DocumentAnalyzer;
import dev.studybot.quiz.Question;
import dev.studybot.quiz.QuestionGenerator;
import dev.studybot.quiz.TermExtractor;
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
        // Term days alternate two wordings by the term: 两个确立 gets the second one.
        assertTrue(term.startsWith("原文说“深刻领悟‘两个确立’的决定性意义”。“两个确立”是什么意思？"), term);
        // 7 quotes “天府粮仓” in a run of demands: what it stands for, and how to act on what the passage asks.
        String termAct = PROMPTS.prompt(excerpts.get(6), ZH);
        assertTrue(termAct.startsWith("“天府粮仓”指的是什么？") && termAct.contains("落到实处"), termAct);
        String requirement = PROMPTS.prompt(excerpts.get(7), ZH);
        assertTrue(requirement.contains("统筹发展和安全") && requirement.contains("第一步做什么"), requirement);
        // 5 quotes a list (“一极一源、两中心两地”: no term to explain) and demands three things at once.
        assertEquals(ReflectionPrompts.Kind.LIST, PROMPTS.kind(excerpts.get(4)));
        String list = PROMPTS.prompt(excerpts.get(4), ZH);
        assertTrue(list.startsWith("文中提出“贯彻新发展理念、服务和融入新发展格局、促进共同富裕”") && list.contains("哪一项最要紧"),
                list);
        // 1 relays and plans: what to learn from how the meeting did it.
        String meeting = PROMPTS.prompt(excerpts.get(0), ZH);
        assertTrue(meeting.contains("对照这种做法"), meeting);
        assertFalse(report.contains("对照这种做法"), "a visit is no meeting: " + report);
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
    void aRecallDayBlanksNothingItsQuestionAsksEvenWhenTheStemShowsAnotherValue() {
        Excerpt first = excerpts.get(0);
        String sentence = first.text().substring(0, first.text().indexOf('。') + 1);
        Question changedDate = new Question("tf:date", dev.studybot.quiz.QuestionType.TRUE_FALSE,
                sentence.replace("7月29日下午", "7月27日下午"), List.of("正确", "错误"), List.of(1),
                "错误：“7月27日下午”应为“7月29日下午”。原文：【7月29日下午】，省委常委会召开（扩大）会议。",
                new dev.studybot.quiz.QuestionSource(first.docId(), first.firstParagraph(), sentence));
        RecallExercise withIt = lessons.lesson(first, new Pass(2), Optional.of(changedDate)).recall().orElseThrow();
        assertFalse(withIt.answers().contains("7月29日下午"), withIt.answers().toString());
        RecallExercise without = lessons.lesson(first, new Pass(2), Optional.empty()).recall().orElseThrow();
        assertTrue(without.answers().contains("7月29日下午"), "blanked when nothing asks it: " + without.answers());
        assertTrue(without.answers().contains("再上新台阶"), "a goal is a key term: " + without.answers());
    }

    @Test
    void aRecallMessageSendsTheBlankedTextNotTheExcerptAndAShortPrompt() {
        ExcerptFormatter formatter = new ExcerptFormatter(PROMPTS);
        for (Excerpt excerpt : excerpts.subList(0, 3)) {
            Lesson review = lessons.lesson(excerpt, new Pass(2));
            RecallExercise recall = review.recall().orElseThrow();
            dev.studybot.chat.RichText message = formatter.format(review, java.time.LocalDate.of(2026, 12, 16), ZH);
            String plain = message.plainText();
            assertFalse(plain.contains(excerpt.text()), "the full text would give the blanks away: " + plain);
            assertTrue(plain.contains(recall.text()) && message.hasSpoiler(), plain);
            assertTrue(plain.contains(PROMPTS.recallPrompt(ZH)), plain);
            assertTrue(plain.indexOf(PROMPTS.recallPrompt(ZH)) < plain.lastIndexOf(recall.answerLine()),
                    "the answers come last: " + plain);
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
            for (String blank : recall.get().answers()) {
                assertFalse(second.prompt().contains(blank), "the stem gives away " + blank + ": " + second.prompt());
                for (String option : second.options()) {
                    assertFalse(option.contains(blank) || blank.contains(option),
                            "option " + option + " gives away " + blank);
                }
            }
        }
        assertTrue(withTerms >= excerpts.size() - 2, "most excerpts get three blanks or more: " + withTerms);
        assertTrue(withoutQuestion <= 1, withoutQuestion + " excerpts without a question of the day");
        RecallExercise seventh = lessons.lesson(excerpts.get(6), new Pass(2)).recall().orElseThrow();
        // A quoted formulation, a list item and a parallel term members mix up.
        // Each is blanked unless the day's question of that pass asks it (its answer is shown, so no blank).
        String asked = dayAsks(excerpts.get(6));
        for (String term : List.of("天府粮仓", "生猪", "全面发力")) {
            assertTrue(seventh.answers().contains(term) || asked.contains(term), term + ": " + seventh.answers()
                    + " / " + asked);
        }
    }

    /** What the day's question of the excerpt's second pass shows: its options and explanation. */
    private static String dayAsks(Excerpt excerpt) {
        DocumentLibrary library = new LibraryLoader().load(List.of());
        return new DailyQuestions(library, new QuestionGenerator(new DocumentAnalyzer(new TermExtractor())))
                .pick(excerpt, new Pass(2)).map(q -> q.options() + q.explanation()).orElse("");
    }
}
