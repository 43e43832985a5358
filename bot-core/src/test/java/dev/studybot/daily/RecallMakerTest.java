package dev.studybot.daily;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.LibraryLoader;
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
    void theBundledReportsExercisesBlankItsOwnWordingNotEverydayWords() {
        DocumentLibrary library = new LibraryLoader().load(List.of());
        Document report = library.find("sichuan-committee-2023-07-29").orElseThrow();
        List<String> answers = new ArrayList<>();
        for (Excerpt excerpt : new ExcerptPlanner().excerpts(report)) {
            DailyWiring.lessons(library).lesson(excerpt, new Pass(2)).recall()
                    .ifPresent(recall -> answers.addAll(recall.answers()));
        }
        for (String everyday : Set.of("国际", "进行", "全国", "领导", "省委", "全省", "优势", "系列")) {
            assertFalse(answers.contains(everyday), everyday + " in " + answers);
        }
        assertTrue(answers.containsAll(List.of("生猪", "台账", "天府粮仓", "检视整改")), answers.toString());
    }
}
