package dev.studybot.daily;

import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import java.util.List;

/** Words what the daily service has for a chat: one case per {@link DailyOutcome}, each said to the chat. */
public final class DailyPresenter {

    private final ExcerptFormatter excerpts;

    public DailyPresenter(ExcerptFormatter excerpts) {
        this.excerpts = excerpts;
    }

    /** The replies of an outcome. */
    public List<Reply> present(DailyOutcome outcome, Messages m) {
        return switch (outcome) {
            case DailyOutcome.ExcerptDue due -> List.of(TextReply.of(excerpts.format(due.excerpt(), due.day(), m)));
        };
    }
}
