package dev.studybot.daily;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Origin;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.store.DailySubscription;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /daily on [HH:MM] [zone] | time HH:MM [zone] | off | status | now}: the chat's daily excerpt. In groups
 * only admins may turn it on or off or change its time. Bad input gets a friendly message and changes nothing.
 */
public final class DailyCommand implements Command {

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("on", "on"), Map.entry("开启", "on"), Map.entry("订阅", "on"), Map.entry("start", "on"),
            Map.entry("off", "off"), Map.entry("关闭", "off"), Map.entry("取消", "off"), Map.entry("stop", "off"),
            Map.entry("time", "time"), Map.entry("时间", "time"),
            Map.entry("status", "status"), Map.entry("状态", "status"),
            Map.entry("now", "now"), Map.entry("今天", "now"), Map.entry("today", "now"));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final DailyService service;
    private final DailyPresenter presenter;
    private final Clock clock;

    public DailyCommand(DailyService service, DailyPresenter presenter, Clock clock) {
        this.service = service;
        this.presenter = presenter;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "daily";
    }

    @Override
    public List<Reply> run(CommandRequest request) {
        Messages messages = request.messages();
        List<String> words = new ArrayList<>(Arrays.asList(request.arguments().strip().split("\\s+")));
        words.removeIf(String::isBlank);
        if (words.isEmpty()) {
            return service.subscription(request.origin().chat()).isPresent() ? status(request)
                    : text(messages.get("daily.usage"));
        }
        String action = ACTIONS.get(words.get(0).toLowerCase(Locale.ROOT));
        List<String> rest = words.subList(1, words.size());
        if (action == null) {
            return text(messages.get("daily.unknownAction", words.get(0)) + "\n" + messages.get("daily.usage"));
        }
        return switch (action) {
            case "on" -> on(request, rest);
            case "time" -> time(request, rest);
            case "off" -> off(request);
            case "now" -> now(request);
            default -> status(request);
        };
    }

    private List<Reply> on(CommandRequest request, List<String> arguments) {
        Messages messages = request.messages();
        if (!request.origin().isAdmin()) {
            return text(messages.get("daily.adminOnly"));
        }
        Optional<DailySubscription> existing = service.subscription(request.origin().chat());
        LocalTime defaultTime = existing.map(DailySubscription::time).orElse(service.config().defaultTime());
        ZoneId defaultZone = existing.map(DailySubscription::zone).orElse(service.config().defaultZone());
        Parsed parsed = parse(arguments, defaultTime, defaultZone, messages);
        if (parsed.error() != null) {
            return text(parsed.error());
        }
        DailyService.Subscribed done = service.subscribe(request.origin().chat(), parsed.time());
        String key = switch (done.change()) {
            case NEW -> "daily.on.new";
            case UPDATED -> "daily.on.updated";
            case RESUMED -> "daily.on.resumed";
        };
        return text(messages.get(key, parsed.time().timeText(), parsed.time().zoneText(),
                when(done.subscription())));
    }

    private List<Reply> time(CommandRequest request, List<String> arguments) {
        Messages messages = request.messages();
        if (!request.origin().isAdmin()) {
            return text(messages.get("daily.adminOnly"));
        }
        Optional<DailySubscription> existing = service.subscription(request.origin().chat())
                .filter(DailySubscription::active);
        if (existing.isEmpty()) {
            return text(messages.get("daily.notSubscribed"));
        }
        if (arguments.stream().noneMatch(DeliveryTime::looksLikeTime)) {
            return text(messages.get("daily.time.usage"));
        }
        Parsed parsed = parse(arguments, existing.get().time(), existing.get().zone(), messages);
        if (parsed.error() != null) {
            return text(parsed.error());
        }
        return service.reschedule(request.origin().chat(), parsed.time())
                .map(s -> text(messages.get("daily.time.done", parsed.time().timeText(), parsed.time().zoneText(),
                        when(s))))
                .orElseGet(() -> text(messages.get("daily.notSubscribed")));
    }

    private List<Reply> off(CommandRequest request) {
        Messages messages = request.messages();
        if (!request.origin().isAdmin()) {
            return text(messages.get("daily.adminOnly"));
        }
        return text(messages.get(service.unsubscribe(request.origin().chat()) ? "daily.off.done"
                : "daily.notSubscribed"));
    }

    private List<Reply> now(CommandRequest request) {
        Messages messages = request.messages();
        return switch (service.now(request.origin().chat(), request.settings())) {
            case DailyService.NowResult.Shown shown -> presenter.present(shown.excerpt(), messages);
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

    /** Reads {@code [HH:MM] [zone]} in either order; a zone may be typed in pieces ("UTC +8"). */
    private static Parsed parse(List<String> arguments, LocalTime defaultTime, ZoneId defaultZone,
                                Messages messages) {
        LocalTime time = null;
        StringBuilder zoneText = new StringBuilder();
        List<String> zoneWords = new ArrayList<>();
        for (String word : arguments) {
            if (DeliveryTime.looksLikeTime(word)) {
                Optional<LocalTime> parsed = DeliveryTime.parseTime(word);
                if (parsed.isEmpty()) {
                    return Parsed.error(messages.get("daily.badTime", word));
                }
                if (time != null) {
                    return Parsed.error(messages.get("daily.twoTimes"));
                }
                time = parsed.get();
            } else {
                zoneText.append(word);
                zoneWords.add(word);
            }
        }
        ZoneId zone = defaultZone;
        if (!zoneText.isEmpty()) {
            Optional<ZoneId> parsed = DeliveryTime.parseZone(zoneText.toString());
            if (parsed.isEmpty()) {
                return Parsed.error(messages.get("daily.badZone", String.join(" ", zoneWords)));
            }
            zone = parsed.get();
        }
        return new Parsed(new DeliveryTime(time == null ? defaultTime : time, zone), null);
    }

    private static List<Reply> text(String text) {
        return List.of(TextReply.of(text));
    }

    /** A parsed time and zone, or the message saying what was wrong. */
    private record Parsed(DeliveryTime time, String error) {
        static Parsed error(String message) {
            return new Parsed(null, message);
        }
    }
}
