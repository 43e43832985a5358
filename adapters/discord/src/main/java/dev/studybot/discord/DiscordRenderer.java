package dev.studybot.discord;

import dev.studybot.chat.Action;
import dev.studybot.chat.ActionCodec;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.AnswerNotice;
import dev.studybot.chat.Reply.HintReply;
import dev.studybot.chat.Reply.ImageReply;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.chat.Reply.QuizRevealReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import dev.studybot.chat.RichText.Segment;
import dev.studybot.chat.RichText.Style;
import dev.studybot.model.Language;
import java.awt.Color;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders the core's replies for Discord: text as embeds (matched words bold, the source line in the footer, buttons in
 * action rows, hidden text as spoilers), quiz questions with a button per option or a select menu for multiple choice
 * (and a row of their other buttons, the hint, under them), quiz reveals, hints, and pictures as an embed's image
 * attached to the message. Long text is split on sentence boundaries to respect Discord's limits. No message pings
 * anyone.
 */
final class DiscordRenderer {

    /** Discord's limit on an embed description. */
    static final int DESCRIPTION_MAX = MessageEmbed.DESCRIPTION_MAX_LENGTH;
    /** Discord's limit on message content. */
    static final int CONTENT_MAX = Message.MAX_CONTENT_LENGTH;
    /** Discord's limit on a select menu's options. */
    static final int SELECT_OPTIONS_MAX = StringSelectMenu.OPTIONS_MAX_AMOUNT;
    /** A footer is kept short so that description and footer stay under the 6000-character embed total. */
    static final int FOOTER_MAX = 1000;

    private static final Color TEXT_COLOR = new Color(0x3B6EA5);
    private static final Color QUIZ_COLOR = new Color(0xD9822B);
    private static final Color REVEAL_COLOR = new Color(0x2E8B57);

    private final Clock clock;
    private final AdapterTexts texts;

    DiscordRenderer(Clock clock, AdapterTexts texts) {
        this.clock = clock;
        this.texts = texts;
    }

    /** The reply as one or more messages of embeds (a long text becomes several). */
    List<MessageCreateData> render(Reply reply) {
        return switch (reply) {
            case TextReply text -> text(text);
            case AnswerNotice notice -> text(TextReply.of(notice.text()));
            case QuizQuestionReply question -> List.of(question(question));
            case QuizRevealReply reveal -> List.of(message(List.of(reveal(reveal)), List.of()));
            case HintReply hint -> text(TextReply.of(hint.text()));
            case ImageReply image -> List.of(image(image));
        };
    }

    /** The reply as plain message content (for short private acknowledgements); quiz kinds render as usual. */
    List<MessageCreateData> renderAsContent(Reply reply) {
        if (reply instanceof AnswerNotice notice) {
            return renderAsContent(TextReply.of(notice.text()));
        }
        if (reply instanceof HintReply hint) {
            return renderAsContent(TextReply.of(hint.text()));
        }
        if (!(reply instanceof TextReply text)) {
            return render(reply);
        }
        List<RichText> pieces = DiscordMarkdown.split(text.text(), CONTENT_MAX);
        List<MessageCreateData> messages = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            MessageCreateBuilder builder = new MessageCreateBuilder()
                    .setContent(DiscordMarkdown.render(pieces.get(i))).setAllowedMentions(List.of());
            if (i == pieces.size() - 1) {
                builder.setComponents(buttonRows(text.buttons()));
            }
            messages.add(builder.build());
        }
        return messages;
    }

    private List<MessageCreateData> text(TextReply reply) {
        RichText body = reply.text();
        String footer = null;
        List<Segment> segments = new ArrayList<>(body.segments());
        if (segments.size() > 1 && segments.getLast().style() == Style.MUTED
                && segments.get(segments.size() - 2).text().endsWith("\n")) {
            // The last line in muted style is the source of a passage: the footer shows it.
            footer = segments.removeLast().text().strip();
            Segment before = segments.removeLast();
            String kept = before.text().stripTrailing();
            if (!kept.isEmpty()) {
                segments.add(new Segment(kept, before.style()));
            }
            body = new RichText(segments);
        }
        List<RichText> pieces = DiscordMarkdown.split(body, DESCRIPTION_MAX);
        if (pieces.isEmpty()) {
            pieces = List.of(RichText.plain(footer == null ? "…" : ""));
        }
        List<MessageCreateData> messages = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            boolean last = i == pieces.size() - 1;
            EmbedBuilder embed = new EmbedBuilder().setColor(TEXT_COLOR)
                    .setDescription(DiscordMarkdown.render(pieces.get(i)));
            if (last && footer != null && !footer.isEmpty()) {
                embed.setFooter(cut(footer, FOOTER_MAX));
            }
            messages.add(message(List.of(embed.build()), last ? buttonRows(reply.buttons()) : List.of()));
        }
        return messages;
    }

    /** The question's embed: number, prompt, lettered options and a relative closing time. */
    MessageEmbed questionEmbed(QuizQuestionReply question) {
        StringBuilder description = new StringBuilder(DiscordMarkdown.escape(question.prompt())).append("\n\n");
        for (int i = 0; i < question.options().size(); i++) {
            description.append("**").append(letter(i)).append(".** ")
                    .append(DiscordMarkdown.escape(question.options().get(i))).append('\n');
        }
        long closes = clock.instant().plus(question.openFor()).getEpochSecond();
        description.append("\n⏱ <t:").append(closes).append(":R>");
        return new EmbedBuilder().setColor(QUIZ_COLOR)
                .setTitle("❓ " + question.heading())
                .setDescription(cut(description.toString(), DESCRIPTION_MAX)).build();
    }

    /** The question's embed, its answer controls, and a row of its other buttons (the hint) under them. */
    private MessageCreateData question(QuizQuestionReply question) {
        List<ActionRow> rows = new ArrayList<>(answerControls(question));
        rows.addAll(buttonRows(question.buttons()));
        return message(List.of(questionEmbed(question)), rows);
    }

    /** One button per option, or a select menu (1..n choices) for multiple answers. */
    List<ActionRow> answerControls(QuizQuestionReply question) {
        // No more options than an answer can carry (fewer than Discord's 25 in a menu).
        int count = Math.min(question.options().size(), Math.min(SELECT_OPTIONS_MAX, ActionCodec.MAX_OPTIONS));
        if (question.multipleAnswers()) {
            List<SelectOption> options = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                options.add(SelectOption.of(cut(letter(i) + ". " + question.options().get(i),
                        SelectOption.LABEL_MAX_LENGTH), String.valueOf(i)));
            }
            StringSelectMenu menu = StringSelectMenu.create(ActionCodec.encode(question.answer(List.of())))
                    .setPlaceholder(cut(texts.get("quiz.select", Language.ZH, "") + " · "
                            + texts.get("quiz.select", Language.EN, ""), StringSelectMenu.PLACEHOLDER_MAX_LENGTH))
                    .setRequiredRange(1, count).addOptions(options).build();
            return List.of(ActionRow.of(menu));
        }
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            buttons.add(Button.secondary(ActionCodec.encode(question.answer(List.of(i))),
                    cut(letter(i) + ". " + question.options().get(i), Button.LABEL_MAX_LENGTH)));
        }
        return ActionRow.partitionOf(buttons);
    }

    /**
     * What a selection in a menu made by {@link #answerControls} asks for: the menu's answer (its id, an answer with
     * no choice yet) with the chosen options, whose values are their indexes.
     */
    static Optional<Action> selected(String menuId, List<String> values) {
        List<Integer> choices = values.stream().map(String::strip).filter(v -> v.matches("\\d{1,2}"))
                .map(Integer::valueOf).toList();
        return ActionCodec.decode(menuId).map(action -> action instanceof Action.Answer answer
                ? answer.withChoices(choices) : action);
    }

    /**
     * A picture as an embed's image, uploaded with the message as an attachment, its caption as the embed's
     * description.
     */
    MessageCreateData image(ImageReply image) {
        List<RichText> pieces = DiscordMarkdown.split(image.caption(), DESCRIPTION_MAX);
        MessageEmbed embed = new EmbedBuilder().setColor(TEXT_COLOR)
                .setDescription(pieces.isEmpty() ? null : DiscordMarkdown.render(pieces.getFirst()))
                .setImage("attachment://" + image.fileName()).build();
        return new MessageCreateBuilder().setEmbeds(embed)
                .setFiles(FileUpload.fromData(image.png(), image.fileName()))
                .setAllowedMentions(List.of()).build();
    }

    /** The reveal's embed. */
    MessageEmbed reveal(QuizRevealReply reveal) {
        List<RichText> pieces = DiscordMarkdown.split(reveal.text(), DESCRIPTION_MAX);
        String description = pieces.isEmpty() ? "…" : DiscordMarkdown.render(pieces.getFirst());
        return new EmbedBuilder().setColor(REVEAL_COLOR).setDescription(description).build();
    }

    private static List<ActionRow> buttonRows(List<dev.studybot.chat.Button> buttons) {
        if (buttons.isEmpty()) {
            return List.of();
        }
        List<Button> discordButtons = buttons.stream()
                .map(b -> Button.primary(ActionCodec.encode(b.action()), cut(b.label(), Button.LABEL_MAX_LENGTH)))
                .toList();
        return ActionRow.partitionOf(discordButtons);
    }

    private static MessageCreateData message(List<MessageEmbed> embeds, List<ActionRow> rows) {
        return new MessageCreateBuilder().setEmbeds(embeds).setComponents(rows).setAllowedMentions(List.of())
                .build();
    }

    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
