package dev.studybot.daily;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.store.DailySubscription;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code /week}: the chat's last seven days of study as a picture (excerpts read, members who answered each day's
 * question, accuracy, the longest streaks), the same picture a subscribed chat gets after every seven deliveries.
 */
public final class WeekCommand implements Command {

    private static final CommandSpec SPEC = CommandSpec.named("week").build();

    private final DailyService service;
    private final WeekReports weeks;
    private final DailyPresenter presenter;
    private final Clock clock;

    public WeekCommand(DailyService service, WeekReports weeks, DailyPresenter presenter, Clock clock) {
        this.service = service;
        this.weeks = weeks;
        this.presenter = presenter;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> run(CommandRequest request) {
        Optional<DailySubscription> subscription = service.subscription(request.origin().chat());
        if (subscription.isEmpty()) {
            return List.of(TextReply.toMember(request.messages().get("week.notSubscribed")));
        }
        LocalDate today = clock.instant().atZone(subscription.get().zone()).toLocalDate();
        WeekReport report = weeks.lastSevenDays(request.origin().chat(), today);
        return presenter.present(new DailyOutcome.WeekInPicture(report), request.messages());
    }
}
