package dev.studybot.quiz;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statement of a 判断 question: the one clause that holds the fact, cut short, with who says it and who acts or
 * is meant (会议指出，总书记要求在建设现代化产业体系上精准发力。; 会议指出，总书记在三星堆对坚定文化自信…念兹在兹。).
 * A true statement and a false one are made the same way, the fact as written or a sibling in its place, so neither
 * reads as a copy of the sentence beside a short one with an odd word.
 */
final class Claims {

    /** Longest statement besides who says it: one claim to judge. */
    static final int MAX = 46;
    /** Shorter statements of a requirement say the field its heading names. */
    private static final int FIELDLESS = 30;
    /** Fewest characters a statement holds besides its fact. */
    private static final int MIN_CONTEXT = 10;
    /** The report's frame around a requirement (要深刻领会把握总书记关于【…】的重要要求): said as 总书记要求…. */
    private static final Pattern ABOUT = Pattern.compile(
            "^要?(?:深刻)?(?:学习)?(?:领会)?(?:把握)?(?:习近平)?总书记关于(.{4,})的重要(?:要求|指示|论述)$");

    /** What before a 要 says a condition, not who acts (坚持依法治国首先要…). */
    private static final Pattern NO_AGENT = Pattern.compile("坚持|首先|必须|只有|就是");

    private Claims() {
    }

    /**
     * The statement with {@code [start, end)} of the sentence reading {@code with}, if one clause can say it, taking
     * in the next clause for context only where that shows none of {@code avoid} (other questions' answers).
     */
    static Optional<String> claim(AnalyzedSentence s, int start, int end, String with, List<String> avoid) {
        String text = s.text();
        Clauses clauses = Clauses.of(text);
        int first = clauses.at(start);
        int last = clauses.at(Math.max(start, end - 1));
        String body = body(text, clauses, first, last, start, end, with);
        String speaker = s.speaker().isEmpty() ? "" : s.speaker() + "，";
        Matcher about = ABOUT.matcher(body);
        if (about.matches()) {
            return fit(speaker, "总书记要求" + about.group(1));
        }
        // A clause that is little more than the fact (7月29日下午) takes the next one (省委常委会召开（扩大）会议).
        while (Words.length(body) - Words.length(with) < MIN_CONTEXT && last + 1 < clauses.size()
                && !clauses.opensGroup(last + 1)
                && !shows(clauses.text(last + 1), avoid)) {
            last++;
            body = body(text, clauses, first, last, start, end, with);
        }
        // Inside a group that leads into the sentence's end (对于…，推动四川构筑…；) the clause says nothing alone.
        int[] unit = clauses.unit(first);
        if (Words.length(body) - Words.length(with) < MIN_CONTEXT || clauses.opensGroup(unit[0])) {
            return Optional.empty();
        }
        int content = !s.speaker().isEmpty() && clauses.size() > 1 && clauses.text(0).equals(s.speaker()) ? 1 : 0;
        // 同时把…作为…: the 同时 ties the clause to the one before, which the statement leaves out.
        if (body.startsWith("同时") && first > content) {
            body = body.substring(2);
        }
        if (body.startsWith(s.speaker() + "，") && !s.speaker().isEmpty()) {
            speaker = "";
        }
        // 要全面落实省委十二届三次全会决策部署 alone is said of everything: the field the requirement's heading names
        // (关于在建设现代化产业体系上精准发力的重要要求) comes first, where it shows no other question's answer.
        String led = lead(s, clauses, first, content, body) + body;
        Matcher field = Stems.FIELD.matcher(clauses.text(content));
        if (first > content && led.startsWith("要") && Words.length(led) < FIELDLESS && field.find()
                && !shows(field.group(1), avoid)) {
            return fit(speaker, field.group(1) + "，" + led);
        }
        return fit(speaker, led);
    }

    /** Who acts or is meant, when the clause does not say it (总书记 before 在三星堆对…; 要 before 充分发挥…). */
    private static String lead(AnalyzedSentence s, Clauses clauses, int first, int content, String body) {
        if (first <= content) {
            return "";
        }
        String subjectClause = clauses.text(content);
        if (Stems.PREDICATE_OPENERS.stream().anyMatch(body::startsWith)) {
            return Words.length(subjectClause) <= MAX / 2 ? subjectClause + "，" : "\u0000";
        }
        if (!s.subjectless().contains(clauses.get(first).start())) {
            return "";
        }
        for (int i = first - 1; i >= content; i--) {
            String who = s.persons().get(clauses.get(i).start());
            if (who != null) {
                // 在成都大运会开幕式前，总书记…: without the occasion it reads as said at this meeting.
                String occasion = i > 0 && Stems.OCCASION.matcher(clauses.text(i - 1)).matches()
                        ? clauses.text(i - 1) + "，" : "";
                return occasion + who;
            }
        }
        Matcher agent = Stems.AGENT.matcher(subjectClause);
        if (agent.find() && !NO_AGENT.matcher(agent.group(1)).find()) {
            return body.startsWith("要") ? "" : agent.group();
        }
        return s.subject();
    }

    private static boolean shows(String clause, List<String> avoid) {
        return avoid.stream().anyMatch(a -> a.length() >= 2 && clause.contains(a));
    }

    private static Optional<String> fit(String speaker, String body) {
        if (body.contains("\u0000") || Words.length(body) > MAX) {
            return Optional.empty();
        }
        return Optional.of(speaker + body + "。");
    }

    private static String body(String text, Clauses clauses, int first, int last, int start, int end, String with) {
        int from = clauses.get(first).start();
        int to = clauses.get(last).end();
        return text.substring(from, start) + with + text.substring(end, to);
    }
}
