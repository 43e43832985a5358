package dev.studybot.daily;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.LibraryLoader;
import dev.studybot.quiz.DocumentAnalyzer;
import dev.studybot.quiz.QuestionGenerator;
import dev.studybot.quiz.TermExtractor;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which words the recall exercise may blank: only words the segmenter finds whole, and not everyday language.
 */
class RecallMakerTest {

    private static final TermExtractor WORDS = new TermExtractor();

    @Test
    void aWordIsBlankedOnlyWhereTheSegmenterFindsItWhole() {
        // HanLP: 要/加强/三星堆遗址/保护/，/深化/成都/大/运会/筹办/工作/。 (大运会 unknown, split after a lone 大)
        String sentence = "要加强三星堆遗址保护，深化成都大运会筹办工作。";
        List<Term> words = WORDS.words(sentence);
        assertTrue(RecallMaker.standsApart(words, sentence.indexOf("三星堆遗址"), 5), words.toString());
        assertTrue(RecallMaker.standsApart(words, sentence.indexOf("保护"), 2), words.toString());
        assertFalse(RecallMaker.standsApart(words, sentence.indexOf("运会"), 2), "运会 of 大运会: " + words);
        assertFalse(RecallMaker.standsApart(words, sentence.indexOf("成都"), 2), "before the lone 大: " + words);
        assertFalse(RecallMaker.standsApart(words, sentence.indexOf("三星"), 2), "三星 of 三星堆: " + words);
    }

    @Test
    void everydayWordsAreNoTestOfMemory() {
        for (String word : List.of("国际", "进行", "全国", "领导", "基层", "工作")) {
            assertTrue(RecallMaker.everyday(word), word);
        }
        for (String word : List.of("生猪", "台账", "要义", "天府粮仓", "检视整改")) {
            assertFalse(RecallMaker.everyday(word), word);
        }
    }

    @Test
    void setFormulationsAndNounRunsAreWholeTerms() {
        String sentence = "推动我省主题教育走深走实，提出一系列新理念新主张新倡议，宣传宣讲和督查督办，推动工作再上新台阶。";
        List<String> found = RecallMaker.formulations(sentence, WORDS.words(sentence)).stream()
                .map(RecallMaker.Formulation::text).toList();
        assertTrue(found.containsAll(List.of("走深走实", "新理念新主张新倡议", "宣传宣讲", "再上新台阶")),
                found.toString());
        assertFalse(found.contains("宣传宣讲和"), "a formulation ends before a binding word: " + found);
        // HanLP: 保护/自然/遗产/、/加强/生态/文明/建设: 遗产 alone would be a fragment of 自然遗产.
        String visit = "在翠云廊对保护自然遗产、加强生态文明建设殷殷嘱托";
        List<String> runs = RecallMaker.compounds(WORDS.words(visit)).stream()
                .map(RecallMaker.Formulation::text).toList();
        assertTrue(runs.containsAll(List.of("自然遗产", "生态文明建设")), runs.toString());
    }

    @Test
    void theBundledReportsExercisesBlankItsOwnWordingNotEverydayWordsNorFragments() {
        DocumentLibrary library = new LibraryLoader().load(List.of());
        Document report = library.find("sichuan-committee-2023-07-29").orElseThrow();
        List<String> answers = new ArrayList<>();
        StringBuilder asked = new StringBuilder();
        DailyQuestions days = new DailyQuestions(library, new QuestionGenerator(new DocumentAnalyzer(
                new TermExtractor())));
        for (Excerpt excerpt : new ExcerptPlanner().excerpts(report)) {
            DailyWiring.lessons(library).lesson(excerpt, new Pass(2)).recall()
                    .ifPresent(recall -> answers.addAll(recall.answers()));
            days.pick(excerpt, new Pass(2)).ifPresent(q -> asked.append(q.options()).append(q.explanation()));
        }
        // Everyday words, fragments of a compound (自然遗产, 外国元首政要), everyday words put together.
        for (String poor : Set.of("国际", "进行", "全国", "领导", "省委", "全省", "优势", "系列", "遗产", "元首",
                "战略部署")) {
            assertFalse(answers.contains(poor), poor + " in " + answers);
        }
        assertTrue(answers.stream().noneMatch(a -> a.contains("的")), "a phrase with 的 is no term: " + answers);
        // Quoted and set formulations, and a list item the quiz asks for.
        // Each is blanked unless the day's question of that pass asks it (its answer is shown, so no blank).
        for (String term : List.of("天府粮仓", "两个确立", "走深走实", "一极一源、两中心两地", "经济承载和辐射带动功能")) {
            assertTrue(answers.contains(term) || asked.toString().contains(term), term + ": " + answers);
        }
    }
}
