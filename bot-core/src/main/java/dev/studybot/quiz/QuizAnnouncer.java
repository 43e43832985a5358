package dev.studybot.quiz;

import dev.studybot.chat.Messages;
import dev.studybot.chat.Messenger;
import dev.studybot.chat.Messenger.Delivery;
import dev.studybot.chat.Reply;
import dev.studybot.model.ChatId;
import dev.studybot.model.Language;
import java.util.Map;

/**
 * Where the quiz engine sends what nobody asked for at that moment: what the quiz clock closes and opens, and the
 * results of quizzes a restart interrupted.
 */
@FunctionalInterface
public interface QuizAnnouncer {

    /** Tells the chat what happened, in its language; says how the sending went (never throws). */
    Delivery announce(ChatId chat, Language language, QuizOutcome outcome);

    /** Outcomes worded by the presenter and sent through the messenger. */
    static QuizAnnouncer through(QuizPresenter presenter, Messenger messenger, Map<Language, Messages> messages) {
        Map<Language, Messages> texts = Map.copyOf(messages);
        return (chat, language, outcome) -> {
            Reply reply = presenter.present(outcome, texts.get(language));
            return messenger.send(chat, reply);
        };
    }
}
