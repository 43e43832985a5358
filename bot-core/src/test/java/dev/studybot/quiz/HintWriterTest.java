package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.Document;
import dev.studybot.document.LibraryLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The hint of each type of question: the source sentence around what it asks with the answer blanked, never the
 * answer, short enough for a phone; and over the whole pool of the bundled report.
 */
class HintWriterTest {

    private static final String DOC = "sichuan-committee-2023-07-29";
    private static final String VISIT = "总书记这次来川是一年多时间第二次到四川视察指导，深入广元、德阳基层一线了解四川贯彻党的二十大精神、"
            + "推动经济社会高质量发展情况，在翠云廊对保护自然遗产、加强生态文明建设殷殷嘱托、语重心长，在三星堆对坚定文化自信、"
            + "传承中华文明念兹在兹、意蕴深长，专门安排时间听取四川工作情况汇报并发表重要讲话。";
    private static final String CHENGYU = "要深刻领会把握总书记关于推动成渝地区双城经济圈建设的重要要求，坚持把成渝地区双城经济圈建设作为"
            + "总牵引，锚定“一极一源、两中心两地”目标定位，进一步深化川渝全方位合作、促进区域协同发展。";
    private static final String SAFETY = "会议指出，要深刻领会把握总书记关于统筹发展和安全的重要要求，树牢底线思维、增强忧患意识，"
            + "积极稳妥化解重点领域风险隐患，系统提升地震、水灾、火灾、旱灾、泥石流等方面防灾减灾救灾能力，扎实抓好安全生产工作。";
    private static final String HOST = "省委书记王晓晖主持会议并讲话。";

    private final HintWriter writer = new HintWriter(new TermExtractor());

    private static Question question(QuestionType type, String prompt, List<String> options, List<Integer> answers,
                                     String explanation, String sentence) {
        return new Question("q-" + type.code() + "-" + prompt.hashCode(), type, prompt, options, answers,
                explanation, new QuestionSource(DOC, 3, sentence));
    }

    private String hint(Question q, Question... others) {
        List<Question> pool = new ArrayList<>(List.of(others));
        pool.add(q);
        Optional<String> hint = writer.hint(q, pool);
        assertTrue(hint.isPresent(), "no hint for " + q.prompt());
        assertTrue(hint.get().length() <= HintWriter.MAX_SOURCE, hint.get().length() + ": " + hint.get());
        return hint.get();
    }

    @Test
    void aFillInTheBlankHidesItsAnswerWhereverThePieceSaysIt() {
        Question q = question(QuestionType.FILL_BLANK, "选择正确的词语填入横线处：\n会议指出，要深刻领会把握总书记关于推动____建设的"
                        + "重要要求。", List.of("西部陆海新通道", "成渝地区双城经济圈", "长江经济带", "京津冀协同发展"), List.of(1),
                "原文：要深刻领会把握总书记关于推动【成渝地区双城经济圈】建设的重要要求，坚持把成渝地区双城经济圈建设作为总牵引，…",
                CHENGYU);
        String hint = hint(q);
        assertFalse(hint.contains("成渝地区双城经济圈"), "the second mention is blanked too: " + hint);
        assertTrue(hint.startsWith("要深刻领会把握总书记关于推动____建设的重要要求，坚持把____建设作为总牵引"), hint);
    }

    @Test
    void aSingleChoiceHidesItsRightOption() {
        Question q = question(QuestionType.SINGLE_CHOICE, "主持会议并讲话的是省委书记（ ）。",
                List.of("黄强", "王晓晖", "施小琳", "彭清华"), List.of(1), "原文：省委书记【王晓晖】主持会议并讲话。", HOST);
        assertEquals("省委书记____主持会议并讲话。", hint(q));
    }

    @Test
    void aMultipleChoiceBlanksEveryRightItemAndKeepsTheSeparators() {
        Question q = question(QuestionType.MULTIPLE_CHOICE, "多选题：会议指出，系统提升（ ）等方面防灾减灾救灾能力。",
                List.of("水灾", "冰雹", "地震", "旱灾", "台风", "火灾", "泥石流"), List.of(0, 2, 3, 5, 6),
                "原文：…积极稳妥化解重点领域风险隐患，系统提升【地震、水灾、火灾、旱灾、泥石流】等方面防灾减灾救灾能力，扎实抓好安全生产工作。",
                SAFETY);
        String hint = hint(q);
        assertTrue(hint.contains("系统提升____、____、____、____、____等方面防灾减灾救灾能力"), hint);
        for (String item : List.of("地震", "水灾", "火灾", "旱灾", "泥石流")) {
            assertFalse(hint.contains(item), item + " shows in " + hint);
        }
    }

    @Test
    void aFalseStatementHidesTheTermItSwappedNotTheOneItSays() {
        Question q = question(QuestionType.TRUE_FALSE, "判断正误：会议指出，总书记在翠云廊对保护自然遗产、加强生态文明建设殷殷嘱托、"
                        + "语重心长，在剑门关对坚定文化自信、传承中华文明念兹在兹、意蕴深长。", List.of("正确", "错误"), List.of(1),
                "错误：“剑门关”应为“三星堆”。原文：…在翠云廊对保护自然遗产、加强生态文明建设殷殷嘱托、语重心长，在【三星堆】对坚定文化自信、"
                        + "传承中华文明念兹在兹、意蕴深长，专门安排时间听取四川工作情况汇报并发表重要讲话。", VISIT);
        String hint = hint(q);
        assertFalse(hint.contains("三星堆"), hint);
        assertTrue(hint.contains("在____对坚定文化自信"), hint);
    }

    @Test
    void aTrueStatementHidesTheKeyTermsOtherQuestionsAskAboutInItsSentence() {
        Question statement = question(QuestionType.TRUE_FALSE, "判断正误：会议指出，总书记在翠云廊对保护自然遗产、加强生态文明建设"
                        + "殷殷嘱托、语重心长，在三星堆对坚定文化自信、传承中华文明念兹在兹、意蕴深长。", List.of("正确", "错误"),
                List.of(0), "正确，与原文一致：【会议指出，总书记在翠云廊对保护自然遗产、加强生态文明建设殷殷嘱托、语重心长，在三星堆对"
                        + "坚定文化自信、传承中华文明念兹在兹、意蕴深长。】", VISIT);
        Question place = question(QuestionType.FILL_BLANK, "选择正确的词语填入横线处：\n会议指出，总书记在____对坚定文化自信。",
                List.of("剑门关", "三星堆", "都江堰", "杜甫草堂"), List.of(1),
                "原文：…在翠云廊对保护自然遗产、加强生态文明建设殷殷嘱托、语重心长，在【三星堆】对坚定文化自信、传承中华文明念兹在兹、"
                        + "意蕴深长，…", VISIT);
        Question count = question(QuestionType.SINGLE_CHOICE, "总书记这次来川是一年多时间（ ）到四川视察指导。",
                List.of("第一次", "第二次", "第三次", "第四次"), List.of(1),
                "原文：总书记这次来川是一年多时间【第二次】到四川视察指导，…", VISIT);
        String hint = hint(statement, place, count);
        assertTrue(hint.contains("在____对坚定文化自信"), hint);
        assertTrue(hint.contains("在翠云廊对保护自然遗产"), "a term the statement does not hinge on stays: " + hint);
        assertFalse(hint.contains("第二次"), "key terms the statement does not say are not asked about: " + hint);
    }

    @Test
    void aTrueStatementNoOtherQuestionExplainsHidesItsMostSpecificWord() {
        String sentence = "强化基层公共文化服务，加快发展文化事业，文化产业年均增长13%以上。";
        Question statement = question(QuestionType.TRUE_FALSE, "判断正误：根据《2018年政府工作报告》，" + sentence,
                List.of("正确", "错误"), List.of(0), "正确，与原文一致：【" + sentence + "】", sentence);
        String hint = hint(statement);
        assertTrue(hint.contains(HintWriter.BLANK), hint);
        assertFalse(hint.contains("13"), "the number is the most specific word: " + hint);
    }

    @Test
    void aQuestionWithNothingToBlankHasNoHint() {
        Question q = question(QuestionType.FILL_BLANK, "选择正确的词语填入横线处：\n____。", List.of("甲", "乙"), List.of(0),
                "原文：没有标记。", "，。");
        assertEquals(Optional.empty(), writer.hint(q, List.of(q)));
    }

    @Test
    void everyQuestionOfTheBundledReportHasAShortHintThatNeverShowsItsAnswer() {
        Document report = new LibraryLoader().bundled().get(0);
        List<Question> pool = new QuestionGenerator(new DocumentAnalyzer(new TermExtractor()))
                .generate(List.of(report), List.of(report), QuestionBank.POOL_SEED);
        List<String> bad = new ArrayList<>();
        for (Question q : pool) {
            Optional<String> hint = writer.hint(q, pool);
            if (hint.isEmpty()) {
                bad.add("no hint: " + q.prompt());
                continue;
            }
            String text = hint.get();
            List<String> shown = HintWriter.answerTerms(q).stream().filter(text::contains).toList();
            if (!shown.isEmpty() || text.length() > HintWriter.MAX_SOURCE || !text.contains(HintWriter.BLANK)) {
                bad.add(q.type().code() + " " + shown + " " + text);
            }
            if (q.type() == QuestionType.TRUE_FALSE && !HintWriter.statesTheTruth(q)) {
                String swappedIn = q.explanation().replaceFirst("^错误：“([^”]+)”.*$", "$1");
                if (text.contains(swappedIn)) {
                    bad.add("the swapped term shows: " + text);
                }
            }
        }
        assertEquals(List.of(), bad);
    }
}
