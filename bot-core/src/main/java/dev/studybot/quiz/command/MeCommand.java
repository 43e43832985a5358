package dev.studybot.quiz.command;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.quiz.Streaks;
import dev.studybot.store.MemberTotals;
import dev.studybot.store.QuizStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code /me}: the member's answers, accuracy, points, current streak of days with an answer and hints used, in this
 * chat.
 */
public final class MeCommand implements Command {

    private static final CommandSpec SPEC = CommandSpec.named("me").answeredPrivately().build();

    private final QuizStore store;
    private final Clock clock;

    public MeCommand(QuizStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> run(CommandRequest request) {
        String me = request.origin().member().id();
        Optional<MemberTotals> totals = store.leaderboard(request.origin().chat()).stream()
                .filter(t -> t.memberId().equals(me)).findFirst();
        int hints = store.hintsUsed(request.origin().chat(), me);
        if (totals.isEmpty() && hints == 0) {
            return List.of(TextReply.toMember(request.messages().get("me.none")));
        }
        MemberTotals t = totals.orElse(new MemberTotals(me, request.origin().member().name(), 0, 0, 0));
        int accuracy = (int) Math.round(100.0 * t.correct() / Math.max(1, t.answered()));
        int streak = streak(store.answerDays(request.origin().chat(), me), LocalDate.now(clock));
        return List.of(TextReply.toMember(request.messages().get("me.stats", request.origin().member().name(),
                t.answered(), accuracy, t.points(), streak, hints)));
    }

    /** Consecutive days with an answer, ending today (or yesterday, when today has none yet). */
    static int streak(List<LocalDate> daysLatestFirst, LocalDate today) {
        return Streaks.current(daysLatestFirst, today);
    }
}
