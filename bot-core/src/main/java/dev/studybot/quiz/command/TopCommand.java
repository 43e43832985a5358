package dev.studybot.quiz.command;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.quiz.Standing;
import dev.studybot.store.QuizStore;
import java.util.List;
import java.util.Optional;

/** {@code /top}: the chat's leaderboard over all quizzes, the top ten and the asker's own place. */
public final class TopCommand implements Command {

    static final int SHOWN = 10;
    private static final CommandSpec SPEC = CommandSpec.named("top").summary(SHOWN).build();

    private final QuizStore store;

    public TopCommand(QuizStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> run(CommandRequest request) {
        Messages m = request.messages();
        List<Standing> ranking = Standing.rank(store.leaderboard(request.origin().chat()));
        if (ranking.isEmpty()) {
            return List.of(TextReply.of(m.get("top.empty")));
        }
        RichText.Builder text = RichText.builder().strong(m.get("top.title")).newline();
        for (Standing s : ranking.subList(0, Math.min(SHOWN, ranking.size()))) {
            text.plain(m.get("top.line", s.rank(), s.name(), s.points(), s.correct(), s.answered())).newline();
        }
        String me = request.origin().member().id();
        Optional<Standing> mine = ranking.stream().filter(s -> s.memberId().equals(me)).findFirst();
        text.muted(mine.map(s -> m.get("top.you", s.rank(), s.points())).orElse(m.get("top.youNone")));
        return List.of(TextReply.of(text.build()));
    }
}
