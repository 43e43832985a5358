package dev.studybot.chat.command;

import dev.studybot.chat.Action;
import dev.studybot.chat.ActionHandler;
import dev.studybot.chat.Audience;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Origin;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import dev.studybot.search.Hit;
import java.util.List;

/** {@code /more} and the "more" button: the next passages for the chat's last question. */
public final class MoreCommand implements Command, ActionHandler<Action.More> {

    private static final CommandSpec SPEC = CommandSpec.named("more").build();

    private static final int PASSAGES_PER_PAGE = 2;

    private final RecentAnswers recent;
    private final AnswerFormatter formatter = new AnswerFormatter();

    public MoreCommand(RecentAnswers recent) {
        this.recent = recent;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Class<Action.More> kind() {
        return Action.More.class;
    }

    @Override
    public List<Reply> run(CommandRequest request) {
        return more(request.origin().chat(), request.messages(), Audience.CHAT);
    }

    @Override
    public List<Reply> handle(Action.More action, Origin origin, ChatSettings settings, Messages messages) {
        return more(origin.chat(), messages, Audience.MEMBER);
    }

    /**
     * The next passages. Asked with {@code /more} they are said to the chat; asked with the button, to the member who
     * pressed it (Discord shows them to that member alone).
     */
    private List<Reply> more(ChatId chat, Messages messages, Audience audience) {
        var pending = recent.take(chat, PASSAGES_PER_PAGE);
        if (pending.isEmpty()) {
            return List.of(new TextReply(RichText.plain(messages.get("more.none")), List.of(), audience));
        }
        RichText.Builder text = RichText.builder();
        List<Hit> hits = pending.get().hits();
        for (int i = 0; i < hits.size(); i++) {
            if (i > 0) {
                text.newline().newline();
            }
            text.append(formatter.format(hits.get(i), messages));
        }
        return List.of(new TextReply(text.build(), List.of(), audience));
    }
}
