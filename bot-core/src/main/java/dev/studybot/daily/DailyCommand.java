package dev.studybot.daily;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Origin;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.chat.spec.Parameter;
import dev.studybot.chat.spec.Phrase;
import dev.studybot.chat.spec.Subcommand;
import dev.studybot.store.DailySubscription;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /daily on [HH:MM] [zone] | time HH:MM [zone] | off | status | now}: the chat's daily excerpt. In groups
 * only admins may turn it on or off or change its time. Bad input gets a friendly message and changes nothing.
 * What it takes is declared once here; {@code /daily} alone shows the status (or the usage when never subscribed).
 */
public final class DailyCommand implements Command {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** A time of day for {@code on}: when absent, the subscription's own, else the default. */
    static final Parameter<LocalTime> TIME = Parameter.optional("time", new TimeOfDayType());
    /** The time of day {@code time} changes to. */
    static final Parameter<LocalTime> NEW_TIME = Parameter.required("time", new TimeOfDayType());
    /** A time zone: when absent, the subscription's own, else the default. */
    static final Parameter<ZoneId> ZONE = Parameter.optional("zone", new TimeZoneType());
    static final Subcommand ON = Subcommand.of("on", TIME, ZONE).alsoCalled("开启", "订阅", "start").forAdmins();
    static final Subcommand CHANGE_TIME = Subcommand.of("time", NEW_TIME, ZONE).alsoCalled("时间").forAdmins()
            .withUsage(Phrase.of("daily.time.usage"));
    static final Subcommand OFF = Subcommand.of("off").alsoCalled("关闭", "取消", "stop").forAdmins();
    static final Subcommand STATUS = Subcommand.of("status").alsoCalled("状态");
    static final Subcommand NOW = Subcommand.of("now").alsoCalled("今天", "today");
    private static final CommandSpec SPEC = CommandSpec.named("daily").hiddenFromMembers()
            .subcommand(ON).subcommand(CHANGE_TIME).subcommand(OFF).subcommand(STATUS).subcommand(NOW)
            .usage(Phrase.of("daily.usage")).adminOnly(Phrase.of("daily.adminOnly"))
            .unknownSubcommand("daily.unknownAction").build();

    private final DailyService service;
    private final DailyPresenter presenter;
    private final Clock clock;

    public DailyCommand(DailyService service, DailyPresenter presenter, Clock clock) {
        this.service = service;
        this.presenter = presenter;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> run(CommandRequest request) {
        if (request.subcommand().isEmpty()) {
            return service.subscription(request.origin().chat()).isPresent() ? status(request)
                    : text(request.messages().get("daily.usage"));
        }
        if (request.is(ON)) {
            return on(request);
        }
        if (request.is(CHANGE_TIME)) {
            return time(request);
        }
        if (request.is(OFF)) {
            return off(request);
        }
        return request.is(NOW) ? now(request) : status(request);
    }

    private List<Reply> on(CommandRequest request) {
        Messages messages = request.messages();
        Optional<DailySubscription> existing = service.subscription(request.origin().chat());
        DeliveryTime time = new DeliveryTime(
                request.arguments().get(TIME)
                        .orElse(existing.map(DailySubscription::time).orElse(service.config().defaultTime())),
                request.arguments().get(ZONE)
                        .orElse(existing.map(DailySubscription::zone).orElse(service.config().defaultZone())));
        DailyService.Subscribed done = service.subscribe(request.origin().chat(), time);
        String key = switch (done.change()) {
            case NEW -> "daily.on.new";
            case UPDATED -> "daily.on.updated";
            case RESUMED -> "daily.on.resumed";
        };
        return text(messages.get(key, time.timeText(), time.zoneText(), when(done.subscription())));
    }

    private List<Reply> time(CommandRequest request) {
        Messages messages = request.messages();
        Optional<DailySubscription> existing = service.subscription(request.origin().chat())
                .filter(DailySubscription::active);
        if (existing.isEmpty()) {
            return text(messages.get("daily.notSubscribed"));
        }
        DeliveryTime time = new DeliveryTime(request.arguments().value(NEW_TIME),
                request.arguments().get(ZONE).orElse(existing.get().zone()));
        return service.reschedule(request.origin().chat(), time)
                .map(s -> text(messages.get("daily.time.done", time.timeText(), time.zoneText(), when(s))))
                .orElseGet(() -> text(messages.get("daily.notSubscribed")));
    }

    private List<Reply> off(CommandRequest request) {
        return text(request.messages().get(service.unsubscribe(request.origin().chat()) ? "daily.off.done"
                : "daily.notSubscribed"));
    }

    private List<Reply> now(CommandRequest request) {
        Messages messages = request.messages();
        return switch (service.now(request.origin().chat(), request.settings())) {
            case DailyService.NowResult.Shown shown -> presenter.present(shown.outcomes(), messages);
            case DailyService.NowResult.AlreadySent sent -> text(messages.get("daily.now.already",
                    when(sent.subscription())));
            case DailyService.NowResult.NotSubscribed none -> text(messages.get("daily.notSubscribed"));
            case DailyService.NowResult.NothingToRead nothing -> text(messages.get("daily.nothingToRead"));
        };
    }

    private List<Reply> status(CommandRequest request) {
        Messages messages = request.messages();
        Origin origin = request.origin();
        Optional<DailyService.ChatStatus> found = service.status(origin.chat(), request.settings().scope());
        if (found.isEmpty()) {
            return text(messages.get("daily.notSubscribed"));
        }
        DailyService.ChatStatus status = found.get();
        DailySubscription s = status.subscription();
        DeliveryTime time = new DeliveryTime(s.time(), s.zone());
        StringBuilder out = new StringBuilder();
        switch (s.state()) {
            case ACTIVE -> out.append(messages.get("daily.status.active", time.timeText(), time.zoneText(),
                    s.nextDue().isAfter(clock.instant()) ? when(s) : messages.get("daily.status.soon")));
            case OFF -> out.append(messages.get("daily.status.off", time.timeText(), time.zoneText()));
            case PAUSED_FAILING -> out.append(messages.get("daily.status.pausedFailing", time.timeText(),
                    time.zoneText()));
            case PAUSED_BLOCKED -> out.append(messages.get("daily.status.pausedBlocked", time.timeText(),
                    time.zoneText()));
        }
        out.append('\n');
        if (status.next().isPresent()) {
            Excerpt next = status.next().get().excerpt();
            out.append(messages.get("daily.status.progress", next.title(), String.valueOf(next.part()),
                    String.valueOf(next.parts()), String.valueOf(status.next().get().at().cycle()),
                    String.valueOf(status.documents()), String.valueOf(status.deliveredDays())));
        } else {
            out.append(messages.get("daily.nothingToRead"));
        }
        return text(out.toString());
    }

    /** The next delivery in the chat's local time: {@code 2026-12-01 08:00 (Asia/Shanghai)}. */
    private static String when(DailySubscription s) {
        ZonedDateTime local = s.nextDue().atZone(s.zone());
        return local.format(WHEN) + " (" + DeliveryTime.zoneText(s.zone()) + ")";
    }

    private static List<Reply> text(String text) {
        return List.of(TextReply.of(text));
    }
}
