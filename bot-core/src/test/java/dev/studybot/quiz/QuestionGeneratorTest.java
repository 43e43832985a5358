package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.Document;
import dev.studybot.document.LibraryLoader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quality test: every question generated from the bundled Sichuan report and from the much longer report to
 * the 20th Party Congress obeys the rules.
 */
class QuestionGeneratorTest {

    private static final Pattern CHANGED = Pattern.compile("^错误：“([^”]+)”应为“([^”]+)”。原文：");
    private static final Pattern TRADED = Pattern.compile("^错误：“([^”]+)”和“([^”]+)”对调了。原文：");
    /** A marked item among others of a list that ends in 等 (粮食、生猪、【油料】等). */
    private static final Pattern ITEM_OF_LIST_WITH_等 =
            Pattern.compile("(?:[^，。；：、【】]{1,16}、)*【[^】]+】(?:、[^，。；：、【】]{1,16})*等");
    private static final Lexicon LEXICON = new Lexicon();
    private static final QuestionGenerator GENERATOR =
            new QuestionGenerator(new DocumentAnalyzer(new TermExtractor()));
    private static Document report;
    private static Document congress;
    private static List<Question> reportPool;
    private static List<Question> congressPool;

    @BeforeAll
    static void generate() {
        report = new LibraryLoader().bundled().get(0);
        congress = QuizFixtures.report();
        reportPool = GENERATOR.generate(List.of(report), List.of(report), 7);
        congressPool = GENERATOR.generate(List.of(congress), List.of(congress), 7);
    }

    static Stream<String> pools() {
        return Stream.of("report", "congress");
    }

    private static List<Question> pool(String name) {
        return name.equals("report") ? reportPool : congressPool;
    }

    private static Document document(String name) {
        return name.equals("report") ? report : congress;
    }

    @Test
    void theReportGivesAtLeastSixtyDistinctQuestionsOfAllFourTypesNoneAboveFortyPercent() {
        Map<QuestionType, Integer> histogram = histogram(reportPool);
        System.out.println("report pool " + reportPool.size() + " " + histogram);
        assertTrue(reportPool.size() >= 60, "pool " + reportPool.size());
        assertEquals(Set.of(QuestionType.values()), histogram.keySet());
        histogram.forEach((type, count) -> assertTrue(count <= 0.4 * reportPool.size(), type + " " + count));
    }

    @Test
    void theLongReportStillGivesAPoolOfAllFourTypesNoneAboveFortyPercent() {
        Map<QuestionType, Integer> histogram = histogram(congressPool);
        System.out.println("congress pool " + congressPool.size() + " " + histogram);
        assertTrue(congressPool.size() >= 30, "pool " + congressPool.size());
        assertEquals(Set.of(QuestionType.values()), histogram.keySet());
        histogram.forEach((type, count) -> assertTrue(count <= 0.4 * congressPool.size(), type + " " + count));
    }

    @ParameterizedTest
    @MethodSource("pools")
    void questionsAreDistinctAndObeyTheRules(String name) {
        List<Question> pool = pool(name);
        assertEquals(pool.size(), pool.stream().map(Question::id).distinct().count());
        assertEquals(pool.size(), pool.stream().map(q -> q.prompt() + q.options()).distinct().count());
        QuestionRules rules = new QuestionRules();
        for (Question q : pool) {
            assertEquals(List.of(), rules.violations(q), q.toString());
            assertTrue(document(name).paragraph(q.source().paragraph()).text().contains(q.source().text()),
                    q.toString());
            switch (q.type()) {
                case FILL_BLANK -> assertEquals(1, QuestionGenerator.occurrences(q.prompt(), "____"), q.toString());
                // A pairing (翠云廊；三星堆) has a （ ） for each of its two terms.
                case SINGLE_CHOICE -> assertEquals(q.options().get(q.answers().get(0)).split("；").length,
                        QuestionGenerator.occurrences(q.prompt(), "（ ）"), q.toString());
                case MULTIPLE_CHOICE -> assertEquals(1, QuestionGenerator.occurrences(q.prompt(), "（ ）"), q.toString());
                case TRUE_FALSE -> assertEquals(List.of("正确", "错误"), q.options(), q.toString());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("pools")
    void theRightOptionIsWhatTheSourceSaysAndNoWrongOneReadsAsTheDocument(String name) {
        String text = String.join("\n", document(name).paragraphs().stream().map(p -> p.text()).toList());
        for (Question q : pool(name)) {
            if (q.type() == QuestionType.TRUE_FALSE) {
                continue;
            }
            String source = q.source().text();
            if (q.prompt().endsWith(QuestionWriter.UNLISTED)) {
                // Which one a list leaves out: the wrong options are items the explanation marks, the right one none.
                String right = q.options().get(q.answers().get(0));
                assertFalse(text.contains(right), q.toString());
                q.options().stream().filter(o -> !o.equals(right))
                        .forEach(o -> assertTrue(source.contains(o) && q.explanation().contains(o), q.toString()));
                continue;
            }
            // The marked answer; a run of tasks over sentences marks each in its clause.
            String marked = String.join("、", Pattern.compile("【([^】]+)】").matcher(q.explanation()).results()
                    .map(r -> r.group(1)).toList());
            // A pairing's right option (翠云廊；三星堆) is its two marked terms in the source's order.
            String right = String.join("、", q.answers().stream().map(q.options()::get).toList()).replace("；", "、");
            if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                // The marked list is the right options in the source's order, joined by 、 和 or nothing (长江黄河).
                String rest = marked;
                for (String item : q.answers().stream().map(q.options()::get).toList()) {
                    assertTrue(rest.contains(item), q.toString());
                    rest = rest.replaceFirst(Pattern.quote(item), "");
                }
                assertTrue(rest.replaceAll("[、和与]", "").isEmpty(), q.toString());
            } else {
                assertEquals(marked, right, q.toString());
            }
            int at = q.explanation().indexOf('【');
            String before = q.explanation().substring(Math.max(q.explanation().indexOf('：') + 1, at - 3), at)
                    .replace("…", "");
            int close = q.explanation().indexOf('】');
            String after = q.explanation().substring(close + 1, Math.min(q.explanation().length(), close + 4))
                    .replace("…", "");
            for (String part : marked.split("、")) {
                assertTrue(source.contains(part), q.toString());
            }
            for (int i = 0; i < q.options().size(); i++) {
                if (!q.answers().contains(i)) {
                    String wrong = q.options().get(i);
                    // Only a variant of one formulation inside the right one (山水林田湖草 of 山水林田湖草沙) is there.
                    boolean variant = LEXICON.has(wrong, Lexicon.Flag.NESTED) && right.contains(wrong);
                    assertFalse(source.contains(wrong) && !variant, "wrong option in the source: " + q);
                    if (q.type() != QuestionType.MULTIPLE_CHOICE) {
                        assertFalse(text.contains(before + wrong + after), "also right: " + wrong + " in " + q);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("pools")
    void falseStatementsNameWhatWasChangedAndTrueOnesMarkNothingAsChanged(String name) {
        int falseOnes = 0;
        int trueOnes = 0;
        long trueLength = 0;
        long falseLength = 0;
        for (Question q : pool(name)) {
            if (q.type() != QuestionType.TRUE_FALSE) {
                continue;
            }
            String statement = q.prompt();
            Matcher traded = TRADED.matcher(q.explanation());
            if (q.answers().equals(List.of(1)) && traded.find()) {
                // Two terms of the sentence trade places: both are in the source, in the other order.
                falseOnes++;
                String a = traded.group(1);
                String b = traded.group(2);
                assertTrue(statement.indexOf(b) >= 0 && statement.indexOf(a) > statement.indexOf(b), q.toString());
                assertTrue(q.source().text().indexOf(a) < q.source().text().indexOf(b), q.toString());
                assertTrue(q.explanation().contains("【" + a + "】") && q.explanation().contains("【" + b + "】"),
                        q.toString());
            } else if (q.answers().equals(List.of(1))) {
                falseOnes++;
                Matcher changed = CHANGED.matcher(q.explanation());
                assertTrue(changed.find(), q.toString());
                assertTrue(statement.contains(changed.group(1)), q.toString());
                assertTrue(q.explanation().contains("【" + changed.group(2) + "】"), q.toString());
                // Never a formulation that is itself official (山水林田湖草 for 山水林田湖草沙): no variant of the answer.
                assertFalse(q.source().text().contains(changed.group(1)), q.toString());
                assertFalse(changed.group(2).contains(changed.group(1)) || changed.group(1).contains(changed.group(2)),
                        q.toString());
                // An item swapped out of a list that ends in 等 could be meant by the 等: nothing to judge.
                Matcher listWith等 = ITEM_OF_LIST_WITH_等.matcher(q.explanation());
                assertFalse(listWith等.find() && listWith等.group().contains("、"), q.toString());
            } else {
                // A true statement is cut like a false one to the clause that holds its fact, and its explanation
                // says which fact it states without marking anything as changed.
                trueOnes++;
                trueLength += Words.length(statement);
                assertTrue(q.explanation().startsWith("正确：原文正是“"), q.toString());
                assertFalse(q.explanation().contains("应为"), q.toString());
                String fact = q.explanation().substring("正确：原文正是“".length(), q.explanation().indexOf('”'));
                assertTrue(statement.contains(fact), q.toString());
                String plain = statement.replaceFirst("^会议(指出|强调|要求)，", "").replace("。", "");
                assertTrue(Words.length(plain) <= Claims.MAX, q.toString());
                continue;
            }
            falseLength += Words.length(statement);
        }
        // Neither kind stands out by its length: true ones are no longer copies beside short false ones. (The lower
        // bound was 0.75 until round 6 took the report's longest true statement out with its rote terms, 战略地位和
        // 战略使命, which four of six blind readers rejected; the report's pool is at 0.71-0.74 over seeds since.)
        if (trueOnes > 0) {
            double ratio = (trueLength / (double) trueOnes) / (falseLength / (double) falseOnes);
            assertTrue(ratio > 0.7 && ratio < 1.33, "true statements average " + ratio + " of false ones");
        }
        assertTrue(falseOnes > 0);
    }

    @ParameterizedTest
    @MethodSource("pools")
    void wrongOptionsAreNeverPoliticallyCarelessNorContainTheAnswer(String name) {
        for (Question q : pool(name)) {
            List<String> right = q.answers().stream().map(q.options()::get).toList();
            for (int i = 0; i < q.options().size(); i++) {
                String option = q.options().get(i);
                if (q.answers().contains(i) || q.type() == QuestionType.TRUE_FALSE) {
                    continue;
                }
                assertFalse(LEXICON.sensitive(option), q.toString());
                for (String r : right) {
                    // Variants of one formulation (山水林田湖草沙冰, 山水林田湖草 for 山水林田湖草沙) are asked as a choice.
                    boolean variants = LEXICON.has(option, Lexicon.Flag.NESTED) && LEXICON.has(r, Lexicon.Flag.NESTED);
                    assertFalse((option.contains(r) || r.contains(option)) && !variants, q.toString());
                }
            }
            Matcher changed = CHANGED.matcher(q.explanation());
            if (changed.find()) {
                assertFalse(LEXICON.sensitive(changed.group(1)), q.toString());
            }
            assertFalse(LEXICON.sensitiveTopic(q.source().text()), q.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("pools")
    void promptsCarryNoTypeLabelAndMultipleChoiceFitsAPhone(String name) {
        for (Question q : pool(name)) {
            assertFalse(q.prompt().matches("^(多选题|单选题|判断正误|填空题|选择正确的词语).*"), q.toString());
            // Six options, or seven when every one is a short word (地震、水灾、火灾、旱灾、泥石流 and two wrong ones).
            assertTrue(q.type() != QuestionType.MULTIPLE_CHOICE || q.options().size() <= 6
                    || q.options().size() == 7 && q.options().stream().allMatch(o -> o.length() <= 4), q.toString());
            // Two wrong options at least, or one beside three right (用事实说话、开门抓评估、让群众评价 and 开门搞教育).
            int wrong = q.options().size() - q.answers().size();
            assertTrue(q.type() != QuestionType.MULTIPLE_CHOICE || wrong >= 2 || wrong == 1 && q.answers().size() >= 3,
                    "two wrong options at least, or one beside three right: " + q);
            assertTrue(q.type() == QuestionType.MULTIPLE_CHOICE || q.type() == QuestionType.TRUE_FALSE
                    || q.options().size() == 4, q.toString());
        }
    }

    @Test
    void theFirstQuestionsSpreadOverTheSentencesAndNeverAskAFactTwice() {
        Map<String, String> factOf = factsOf("report");
        List<Question> first = QuestionGenerator.interleave(reportPool).subList(0, 40);
        // With two questions a sentence in a draw and fewer facts asked (rote and known phrases, give-aways, no two
        // places of one sentence), the report holds about 35 facts that clash with nothing: the last few of forty ask one again.
        long facts = first.stream().map(q -> factOf.get(q.id())).distinct().count();
        // Titles, blanked formulations and catalogues are in no draw since the round-5 blind ratings: 31 here.
        assertTrue(facts >= 29, facts + " facts");
        Map<String, Integer> perSentence = new HashMap<>();
        first.forEach(q -> perSentence.merge(q.source().text(), 1, Integer::sum));
        // Sixteen of the report's sentences have facts, so forty distinct facts take more than two of some: the
        // longest ones first (the 成渝 sentence, a paragraph, holds 总牵引, 一极一源, the four functions, 增长极, 西向
        // 开放), a short one at most twice unless its facts are all needed.
        // The pool's first forty now hold some no draw takes (true 发力 statements, titles: the round-5 blind ratings),
        // so a long sentence may hold a fourth here; a quiz is the counted export, three at most (DrawRulesTest).
        // Five at most on the longest sentence (乡村振兴's, six clauses with facts) since round 8 keeps out of draws
        // more kinds the readers marked (a session's number, 重要/首要政治任务): past the block, what is left is there.
        assertTrue(perSentence.values().stream().allMatch(n -> n <= 5), perSentence.toString());
        perSentence.forEach((sentence, n) -> assertTrue(n <= 3 || sentence.length() >= 120, sentence + " " + n));
        // True and false statements about even, so that answering 错误 throughout is no strategy.
        long truths = first.stream().filter(q -> q.type() == QuestionType.TRUE_FALSE && q.answers().get(0) == 0)
                .count();
        long falses = first.stream().filter(q -> q.type() == QuestionType.TRUE_FALSE && q.answers().get(0) == 1)
                .count();
        // Within three: the last few of forty come from what is left once the facts that clash with nothing are used.
        assertTrue(Math.abs(truths - falses) <= 3, truths + " true, " + falses + " false");
        // No more than two questions on one parallel frame (同时/精准/全面/持续发力): more ask one thing again.
        assertTrue(first.stream().filter(q -> marked(q).endsWith("发力")).count() <= 2, first.toString());
        // No sentence is asked a third time before every sentence with a question in the first block (of which no
        // two clash) is asked once.
        Set<String> sentences = new HashSet<>();
        DrawRules.block(reportPool).forEach(q -> sentences.add(q.source().text()));
        Map<String, Integer> seen = new HashMap<>();
        for (Question q : QuestionGenerator.interleave(reportPool)) {
            if (seen.merge(q.source().text(), 1, Integer::sum) == 3) {
                assertTrue(seen.keySet().containsAll(sentences), "a third question before every sentence was asked once");
                break;
            }
        }
    }

    @Test
    void stemsAreWholeClausesAndNameNoDocumentCutMidWord() {
        for (Question q : reportPool) {
            // A list left out for the question on which one it does not hold (系统提升……等方面) is no cut.
            String prompt = q.prompt().endsWith(QuestionWriter.UNLISTED) ? q.prompt().replaceFirst("……", "") : q.prompt();
            assertFalse(prompt.contains("…"), q.toString());
            assertEquals(QuestionGenerator.occurrences(q.prompt(), "《"), QuestionGenerator.occurrences(q.prompt(), "》"),
                    q.toString());
            assertFalse(q.prompt().contains("根据《"), q.toString());
        }
    }

    private static Map<String, String> factsOf(String name) {
        Map<String, String> factOf = new HashMap<>();
        for (AnalyzedSentence s : new DocumentAnalyzer(new TermExtractor()).analyze(document(name))) {
            for (Fact fact : s.facts()) {
                for (QuestionType type : QuestionType.values()) {
                    factOf.putIfAbsent(QuestionWriter.id(type, s, fact), fact.key());
                }
            }
        }
        return factOf;
    }

    @ParameterizedTest
    @MethodSource("pools")
    void everyFactIsAskedOnceBeforeAnyFactIsAskedTwice(String name) {
        Map<String, String> factOf = factsOf(name);
        Map<String, List<Integer>> at = new HashMap<>();
        List<Question> pool = pool(name);
        for (int i = 0; i < pool.size(); i++) {
            String fact = factOf.get(pool.get(i).id());
            assertTrue(fact != null, pool.get(i).toString());
            at.computeIfAbsent(fact, k -> new ArrayList<>()).add(i);
        }
        int lastFirst = at.values().stream().mapToInt(l -> l.get(0)).max().orElseThrow();
        int firstSecond = at.values().stream().filter(l -> l.size() > 1).mapToInt(l -> l.get(1)).min()
                .orElse(Integer.MAX_VALUE);
        assertTrue(lastFirst < firstSecond, "first asked at " + lastFirst + " after a second question at "
                + firstSecond + ": " + pool.get(lastFirst) + " / " + pool.get(firstSecond));
        assertTrue(at.size() >= (name.equals("report") ? 35 : 15), at.size() + " facts asked");
    }

    @Test
    void withSeveralDocumentsInScopeEveryStemSaysWhichOneByAShortName() {
        List<Question> both = GENERATOR.generate(List.of(report, congress), List.of(report, congress), 7);
        for (Question q : both) {
            String name = q.source().doc().equals(report.id()) ? "《省委常委会召开（扩大）会议》" : "《二十大报告》";
            assertTrue(q.prompt().contains("根据" + name + "，"), q.toString());
        }
    }

    @Test
    void statementsMoveOnlyBetweenTheirOwnPlacesInASeededOrder() {
        List<Question> interleaved = QuestionGenerator.interleave(reportPool);
        List<Question> shuffled = QuestionGenerator.shuffleStatements(interleaved, 40, 67);
        assertEquals(interleaved.size(), shuffled.size());
        assertEquals(new HashSet<>(interleaved.subList(0, 40)), new HashSet<>(shuffled.subList(0, 40)));
        assertEquals(interleaved.subList(40, interleaved.size()), shuffled.subList(40, shuffled.size()));
        for (int i = 0; i < 40; i++) {
            assertEquals(interleaved.get(i).type() == QuestionType.TRUE_FALSE,
                    shuffled.get(i).type() == QuestionType.TRUE_FALSE, "at " + i);
            if (interleaved.get(i).type() != QuestionType.TRUE_FALSE) {
                assertEquals(interleaved.get(i), shuffled.get(i));
            }
        }
        assertEquals(shuffled, QuestionGenerator.shuffleStatements(interleaved, 40, 67));
        assertNotEquals(interleaved.subList(0, 40), shuffled.subList(0, 40));
    }

    @Test
    void noQuestionBlanksTheSloganOfTheDocumentsTitle() {
        // The report's subtitle is 以新担当新作为奋力谱写中国式现代化四川新篇章: its slogan is answered from the title.
        assertTrue(reportPool.stream().noneMatch(q -> q.type() != QuestionType.TRUE_FALSE
                && q.answers().stream().map(q.options()::get).anyMatch("中国式现代化"::equals)), reportPool.toString());
    }

    @Test
    void theSameSeedGivesTheSameQuestionsAndAnotherSeedAnotherOrder() {
        assertEquals(reportPool, GENERATOR.generate(List.of(report), List.of(report), 7));
        assertNotEquals(reportPool.stream().map(Question::id).toList(),
                GENERATOR.generate(List.of(report), List.of(report), 8).stream().map(Question::id).toList());
    }

    @Test
    void aQuestionWhoseStemShowsTheAnswerOfOneAskedWaitsWhileOthersAreLeft() {
        Question a = synthetic("a", QuestionType.SINGLE_CHOICE, "句一", "甲（ ）乙。", "丁");
        Question b = synthetic("b", QuestionType.FILL_BLANK, "句一", "____丁。", "戊");
        Question c = synthetic("c", QuestionType.MULTIPLE_CHOICE, "句二", "己（ ）。", "庚");
        assertEquals(List.of(a, c, b), QuestionGenerator.interleave(List.of(a, b, c)));
    }

    private static Question synthetic(String id, QuestionType type, String sentence, String prompt, String answer) {
        List<String> options = type == QuestionType.MULTIPLE_CHOICE ? List.of(answer, "子", "丑", "寅", "卯")
                : List.of(answer, "子" + id, "丑" + id, "寅" + id);
        List<Integer> answers = type == QuestionType.MULTIPLE_CHOICE ? List.of(0, 1) : List.of(0);
        return new Question(id, type, prompt, options, answers, "原文：【" + answer + "】",
                new QuestionSource("d", 1, sentence));
    }

    @Test
    void interleavingLetsTheTypesTakeTurns() {
        List<Question> interleaved = QuestionGenerator.interleave(reportPool);
        assertEquals(new HashSet<>(reportPool), new HashSet<>(interleaved));
        assertEquals(4, interleaved.subList(0, 12).stream().map(Question::type).distinct().count());
        for (int i = 1; i < 20; i++) {
            assertNotEquals(interleaved.get(i - 1).type(), interleaved.get(i).type(), "at " + i);
        }
    }

    private static String marked(Question q) {
        return q.explanation().contains("【")
                ? q.explanation().substring(q.explanation().indexOf('【') + 1, q.explanation().indexOf('】')) : "";
    }

    private static Map<QuestionType, Integer> histogram(List<Question> pool) {
        Map<QuestionType, Integer> histogram = new EnumMap<>(QuestionType.class);
        pool.forEach(q -> histogram.merge(q.type(), 1, Integer::sum));
        return histogram;
    }

    @org.junit.jupiter.api.Test
    void twoTermsSaidOfParallelClausesAreAskedAsAPairingWithBothBlankedAndEachSiteInItsPlace() {
        Question pairing = reportPool.stream().filter(q -> q.type() == QuestionType.SINGLE_CHOICE
                && q.options().get(q.answers().get(0)).equals("翠云廊；三星堆")).findFirst().orElseThrow();
        assertEquals(2, QuestionGenerator.occurrences(pairing.prompt(), "（ ）"), pairing.prompt());
        assertTrue(pairing.prompt().contains("保护自然遗产") && pairing.prompt().contains("坚定文化自信"), pairing.prompt());
        assertFalse(pairing.prompt().contains("翠云廊") || pairing.prompt().contains("三星堆"), pairing.prompt());
        // Each place holds a site of its kind: no reverse (三星堆 for 保护自然遗产), which two readers called absurd.
        assertFalse(pairing.options().contains("三星堆；翠云廊"), pairing.options().toString());
        assertTrue(pairing.options().stream().allMatch(o -> LEXICON.category(o.split("；")[0]).equals(
                LEXICON.category("翠云廊")) && LEXICON.category(o.split("；")[1]).equals(LEXICON.category("三星堆"))),
                pairing.options().toString());
        assertEquals(4, pairing.options().stream().distinct().count(), pairing.options().toString());
        // Every term in two options: counting them does not find the answer.
        Map<String, Long> terms = pairing.options().stream().flatMap(o -> java.util.Arrays.stream(o.split("；")))
                .collect(java.util.stream.Collectors.groupingBy(t -> t, java.util.stream.Collectors.counting()));
        assertTrue(terms.values().stream().allMatch(n -> n == 2), terms.toString());
        assertTrue(new QuestionRules().violations(pairing).isEmpty(), new QuestionRules().violations(pairing).toString());
    }

    @Test
    void roundSevenReadersFindingsOnTheReportHold() {
        // 找差距 beside four phrases of five characters was ruled out by its length (five readers): three right, one
        // wrong option of their kind instead.
        Question method = reportPool.stream().filter(q -> q.type() == QuestionType.MULTIPLE_CHOICE
                && q.options().contains("用事实说话")).findFirst().orElseThrow();
        assertEquals(3, method.answers().size(), method.toString());
        assertTrue(method.options().stream().allMatch(o -> o.length() == 5), method.toString());
        // 深化问题研究 is told from the tasks the report lays out beside it (加强组织领导, 加强督促检查).
        assertTrue(reportPool.stream().filter(q -> q.type() != QuestionType.MULTIPLE_CHOICE
                && q.options().contains("深化问题研究")).allMatch(q -> q.options().contains("加强组织领导")
                || q.options().contains("加强督促检查")));
        // No stem leaves 其 unsaid, nor says 总书记推动四川构筑….
        assertTrue(reportPool.stream().noneMatch(q -> q.prompt().contains("把握其") || q.prompt().contains("总书记推动四川")));
    }
}
