package dev.studybot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.Action;
import dev.studybot.chat.Button;
import dev.studybot.chat.Messages;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply.HintReply;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.chat.Reply.QuizRevealReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import dev.studybot.model.Language;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the console shows each kind of reply. */
class ConsoleRendererTest {

    private final ConsoleRenderer renderer = new ConsoleRenderer();
    private final Messages zh = Messages.of(Language.ZH);

    @Test
    void matchedWordsInBracketsAndButtonsAsCommands() {
        RichText text = RichText.builder().plain("建设更高水平的").match("天府粮仓").plain("。").newline()
                .muted("—— 《报告》第 3 段").build();
        assertEquals("建设更高水平的[天府粮仓]。\n—— 《报告》第 3 段\n(更多: /more)",
                renderer.render(new TextReply(text, List.of(new Button("更多", new Action.More()))), zh));
    }

    @Test
    void quizQuestionsShowLetteredOptions() {
        QuizQuestionReply question = new QuizQuestionReply(new QuestionRef.QuizQuestion("q1", 1), 1, 2, "填空：____粮仓",
                List.of("天府", "江南"), List.of(0), false, Duration.ofSeconds(30), "原文：【天府】粮仓");
        assertEquals("(1/2) 填空：____粮仓\nA. 天府\nB. 江南\n(输入选项字母作答)", renderer.render(question, zh));
        QuizQuestionReply multiple = new QuizQuestionReply(new QuestionRef.QuizQuestion("q1", 2), 2, 2, "多选",
                List.of("a", "b", "c"), List.of(0, 2), true, Duration.ofSeconds(30), "");
        assertEquals("(2/2) 多选\nA. a\nB. b\nC. c\n(多选：输入全部正确选项的字母，如 AC)", renderer.render(multiple, zh));
        assertTrue(renderer.render(multiple, Messages.of(Language.EN)).endsWith("(several answers: type every right letter, such as AC)"));
    }

    @Test
    void aQuestionsHintButtonIsShownAsTheCommandAndTheHintAsItsText() {
        QuizQuestionReply question = new QuizQuestionReply(new QuestionRef.QuizQuestion("q1", 1), 1, 2, "填空：____粮仓",
                List.of("天府", "江南"), List.of(0), false, Duration.ofSeconds(30), "原文：【天府】粮仓",
                List.of(new Button("💡 提示", new Action.Hint(new QuestionRef.QuizQuestion("q1", 1)))));
        assertEquals("(1/2) 填空：____粮仓\nA. 天府\nB. 江南\n(输入选项字母作答) (💡 提示: /hint)",
                renderer.render(question, zh));
        assertEquals("提示：打造新时代更高水平的“____粮仓”", renderer.render(new HintReply(
                RichText.plain("提示：打造新时代更高水平的“____粮仓”"), RichText.plain("请看私信")), zh));
    }

    @Test
    void revealsAreTheirText() {
        assertEquals("答案：A", renderer.render(new QuizRevealReply(new QuestionRef.QuizQuestion("q1", 1),
                RichText.plain("答案：A")), zh));
    }
}
