package dev.studybot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.Action;
import dev.studybot.chat.ActionCodec;
import dev.studybot.chat.Button;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply.HintReply;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.chat.Reply.QuizRevealReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DiscordRendererTest {

    private final DiscordRenderer renderer = new DiscordRenderer(
            Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC), new AdapterTexts());

    @Test
    void anAnswerIsAnEmbedWithBoldMatchesTheSourceInTheFooterAndItsButtons() {
        TextReply reply = new TextReply(RichText.builder().plain("坚持").match("人民至上").plain("。").newline()
                .muted("—— 《报告》第 12 段").build(), List.of(new Button("更多", new Action.More())));
        List<MessageCreateData> messages = renderer.render(reply);
        assertEquals(1, messages.size());
        MessageEmbed embed = messages.getFirst().getEmbeds().getFirst();
        assertEquals("坚持**人民至上**。", embed.getDescription());
        assertEquals("—— 《报告》第 12 段", embed.getFooter().getText());
        var button = messages.getFirst().getComponents().getFirst().asActionRow().getButtons().getFirst();
        assertEquals("more", button.getCustomId());
        assertEquals("更多", button.getLabel());
    }

    @Test
    void aMutedLineInsideTheTextStaysInTheDescription() {
        TextReply reply = TextReply.of(RichText.builder().muted("注").plain("正文").build());
        MessageEmbed embed = renderer.render(reply).getFirst().getEmbeds().getFirst();
        assertEquals("*注*正文", embed.getDescription());
        assertNull(embed.getFooter());
    }

    @Test
    void aLongTextBecomesSeveralEmbedsWithinTheLimitButtonsAndFooterOnTheLast() {
        String text = "这是一段很长的原文，用来测试拆分。".repeat(600);
        TextReply reply = new TextReply(RichText.builder().plain(text).newline().muted("来源").build(),
                List.of(new Button("更多", new Action.More())));
        List<MessageCreateData> messages = renderer.render(reply);
        assertTrue(messages.size() >= 3, "split into " + messages.size());
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < messages.size(); i++) {
            MessageEmbed embed = messages.get(i).getEmbeds().getFirst();
            assertTrue(embed.getDescription().length() <= DiscordRenderer.DESCRIPTION_MAX);
            assertTrue(embed.getDescription().endsWith("。"));
            boolean last = i == messages.size() - 1;
            assertEquals(last, embed.getFooter() != null);
            assertEquals(last, !messages.get(i).getComponents().isEmpty());
            joined.append(embed.getDescription());
        }
        assertEquals(text, joined.toString());
    }

    @Test
    void privateAcknowledgementsArePlainContentWithinTwoThousandCharacters() {
        List<MessageCreateData> messages = renderer.renderAsContent(TextReply.of("已记录你的答案。".repeat(400)));
        assertTrue(messages.size() >= 2);
        messages.forEach(m -> assertTrue(m.getContent().length() <= DiscordRenderer.CONTENT_MAX));
        assertTrue(messages.getFirst().getEmbeds().isEmpty());
        assertTrue(messages.getFirst().getAllowedMentions().isEmpty(), "no pings");
    }

    @Test
    void aSingleChoiceQuestionHasOneButtonPerOptionCarryingItsAnswer() {
        QuizQuestionReply question = question(List.of("甲", "乙", "丙", "丁", "戊", "己"), false);
        MessageCreateData message = renderer.render(question).getFirst();
        var rows = message.getComponents();
        assertEquals(2, rows.size(), "five buttons a row");
        var buttons = rows.stream().flatMap(r -> r.asActionRow().getButtons().stream()).toList();
        assertEquals(6, buttons.size());
        for (int i = 0; i < buttons.size(); i++) {
            assertEquals(Optional.of(question.answer(List.of(i))), ActionCodec.decode(buttons.get(i).getCustomId()));
            assertEquals(ButtonStyle.SECONDARY, buttons.get(i).getStyle());
        }
        String description = message.getEmbeds().getFirst().getDescription();
        assertTrue(description.contains("**A.** 甲"), description);
        long closes = Instant.parse("2026-03-01T08:00:30Z").getEpochSecond();
        assertTrue(description.endsWith("<t:" + closes + ":R>"), description);
        assertEquals("❓ 2/5", message.getEmbeds().getFirst().getTitle());
    }

    @Test
    void aMultipleChoiceQuestionHasASelectMenuWhoseSelectionGivesTheAnswer() {
        List<String> options = IntStream.range(0, 30).mapToObj(i -> "选项" + i).toList();
        QuizQuestionReply question = question(options, true);
        var row = renderer.render(question).getFirst().getComponents().getFirst().asActionRow();
        StringSelectMenu menu = (StringSelectMenu) row.getComponents().getFirst();
        assertEquals(ActionCodec.MAX_OPTIONS, menu.getOptions().size(), "no more options than an answer can carry");
        assertEquals(1, menu.getMinValues());
        assertEquals(ActionCodec.MAX_OPTIONS, menu.getMaxValues());
        assertEquals(Optional.of(question.answer(List.of(0, 2, 9))),
                DiscordRenderer.selected(menu.getCustomId(), List.of("9", "0", "2")));
    }

    @Test
    void theLongestActionsFitDiscordsCustomIds() {
        QuizQuestionReply longest = new QuizQuestionReply(
                new QuestionRef.QuizQuestion("q".repeat(ActionCodec.MAX_ID), ActionCodec.MAX_NUMBER), 1, 1, "问",
                IntStream.range(0, ActionCodec.MAX_OPTIONS).mapToObj(i -> "选项" + i).toList(), List.of(0), true,
                Duration.ofSeconds(30), "");
        String menuId = ((StringSelectMenu) renderer.render(longest).getFirst().getComponents().getFirst()
                .asActionRow().getComponents().getFirst()).getCustomId();
        String answerAll = ActionCodec.encode(longest.answer(IntStream.range(0, ActionCodec.MAX_OPTIONS).boxed()
                .toList()));
        for (String id : List.of(menuId, answerAll, ActionCodec.encode(new Action.Hint(
                new QuestionRef.QuizQuestion("q".repeat(ActionCodec.MAX_ID), ActionCodec.MAX_NUMBER))))) {
            assertTrue(id.length() <= net.dv8tion.jda.api.components.buttons.Button.ID_MAX_LENGTH
                    && id.length() <= StringSelectMenu.ID_MAX_LENGTH, id);
            net.dv8tion.jda.api.components.buttons.Button.primary(id, "x"); // JDA checks the limit itself too
        }
    }

    @Test
    void aQuestionsHintButtonIsARowUnderItsAnswerControlsAndAHintIsPlainPrivateContent() {
        QuestionRef.QuizQuestion ref = new QuestionRef.QuizQuestion("quiz1", 2);
        QuizQuestionReply question = new QuizQuestionReply(ref, 2, 5, "哪一项正确？", List.of("甲", "乙"), List.of(0),
                false, Duration.ofSeconds(30), "解析", List.of(new Button("💡 提示", new Action.Hint(ref))));
        var rows = renderer.render(question).getFirst().getComponents();
        assertEquals(2, rows.size(), "the answer buttons, then the hint");
        var hint = rows.getLast().asActionRow().getButtons().getFirst();
        assertEquals("hint:quiz1:2", hint.getCustomId());
        assertEquals("💡 提示", hint.getLabel());

        HintReply reply = new HintReply(RichText.builder().strong("💡 提示").newline().plain("省委书记____主持会议。")
                .build(), RichText.plain("请点按钮"));
        assertEquals("**💡 提示**\n省委书记\\_\\_\\_\\_主持会议。",
                renderer.renderAsContent(reply).getFirst().getContent());
    }

    @Test
    void aRevealIsAnEmbedOfItsText() {
        MessageEmbed embed = renderer.reveal(new QuizRevealReply(new QuestionRef.QuizQuestion("q", 1),
                RichText.builder().strong("答案：A").plain(" 解析").build()));
        assertEquals("**答案：A** 解析", embed.getDescription());
    }

    private static QuizQuestionReply question(List<String> options, boolean multiple) {
        return new QuizQuestionReply(new QuestionRef.QuizQuestion("quiz1", 2), 2, 5, "哪一项正确？", options,
                List.of(0), multiple, Duration.ofSeconds(30), "解析");
    }
}
