package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stem of a question and the quote of its explanation, made of a sentence's whole clauses: never cut inside a
 * parallel run or a group such as 对于…，…；, and, where the clauses leave it out, with who says it (会议指出，) and who
 * is to act or is meant (要…, 全省上下要…, 总书记…, 重要指示，是…) so a stem never opens with half a sentence.
 */
final class Stems {

    /** Longest stem of a choice or true/false question, besides who says it. */
    static final int STEM = 64;
    /** Longest stem of a multiple-choice question (an enumeration is long). */
    static final int LONG_STEM = 84;
    /** Fewest characters a stem holds besides its blank. */
    static final int MIN_CONTEXT = 10;
    /**
     * Below this many characters besides its blank or swapped term, a stem far into its sentence says what it is
     * about (要确保在以学铸魂、以学增智、以学正风、以学明理上取得实实在在成效 alone says not which requirement).
     */
    private static final int TOPICLESS = 30;
    /** A quoted numbered formulation (“两个确立”). */
    private static final Pattern NUMBERED = Pattern.compile("“[一二两三四五六七八九十]个[^”]{1,6}”");
    /** How long the clauses holding an explanation's marks may be and still be quoted whole. */
    private static final int WHOLE_UNIT = 100;
    /** Openings of a clause that is the predicate of the sentence's subject (…重要指示，是…). */
    static final List<String> PREDICATE_OPENERS = List.of("是", "就是", "将", "已经", "具有");
    /** Longest clause of a person's act kept whole before the clause a stem opens with (总书记分别与…举行双边会谈). */
    private static final int PERSON_CLAUSE = 40;
    /** An opening clause that says on which occasion the rest happened (在成都大运会开幕式前). */
    static final Pattern OCCASION = Pattern.compile("^在[^，；：]{2,24}(前|后|时|期间|之际)$");
    /** Who is to act, before the first 要 of a sentence (全省上下要, 各地各部门要, 要). */
    /** A clause that says what is to become something but not who (尽快成为带动西部高质量发展的…). */
    /** The field a requirement's heading names: 关于【在建设现代化产业体系上】精准发力的重要要求. */
    static final Pattern FIELD = Pattern.compile("^要[^，；：]{0,12}关于(在[^，；：]{2,16}?上)[^，；：]{1,6}的重要要求$");

    private static final Pattern BECOMING = Pattern.compile("^(尽快|加快|努力|真正)?成为");
    /** What a requirement is about (关于推动【成渝地区双城经济圈】建设的重要要求). */
    private static final Pattern TOPIC = Pattern.compile("关于推动([^，；：]{2,14}?)建设的重要要求");
    static final Pattern AGENT = Pattern.compile("^([^，；：]{0,16}?)(?<![重主需必首纲提摘只])要(?![求素点闻件害])");

    private Stems() {
    }

    /**
     * A change to the sentence in a stem: {@code [start, end)} reads {@code with}.
     *
     * @param start offset
     * @param end   offset after
     * @param with  the text in its place
     */
    record Change(int start, int end, String with) {
    }

    /**
     * A stem.
     *
     * @param text     the stem, closed with 。
     * @param verbatim whether it is the sentence's own words, with no more than who says it and 总书记 added
     */
    record Stem(String text, boolean verbatim) {
    }

    /**
     * The stem showing the changes: the clauses they lie in, whole, grown by whole units while they fit in
     * {@code max} characters and do not show any of {@code hidden} (the answer elsewhere in the sentence).
     */
    static Optional<Stem> stem(AnalyzedSentence s, List<Change> changes, int max, List<String> hidden) {
        return stem(s, changes, max, hidden, List.of());
    }

    /**
     * The stem as {@link #stem(AnalyzedSentence, List, int, List)}, grown only by clauses that do not show any of
     * {@code avoid} either (the answers of the sentence's other facts, asked in other questions).
     */
    static Optional<Stem> stem(AnalyzedSentence s, List<Change> changes, int max, List<String> hidden,
                               List<String> avoid) {
        List<String> unseen = new ArrayList<>(hidden);
        unseen.addAll(avoid);
        String text = s.text();
        Clauses clauses = Clauses.of(text);
        int from = changes.stream().mapToInt(Change::start).min().orElseThrow();
        int to = changes.stream().mapToInt(Change::end).max().orElseThrow();
        int[] unit = clauses.unit(from, to);
        boolean half = shows(s, clauses, unit[0], unit[1], changes, avoid);
        if (half) {
            // A parallel run whose other half holds another question's answer (在翠云廊对…，在三星堆对…) is cut to
            // the clauses of the change: each half says what was said there on its own, without the clause after
            // the run (…意蕴深长，专门安排时间听取汇报 reads as said at the site).
            unit = new int[] {clauses.at(from), clauses.at(Math.max(from, to - 1))};
        }
        int first = unit[0];
        int last = unit[1];
        if (shows(s, clauses, first, last, changes, hidden)) {
            return Optional.empty();
        }
        int content = contentStart(s, clauses);
        // A group leading into the sentence's end (对于…，…，具有十分重要的意义) stands alone with its subject.
        boolean grew = !clauses.opensGroup(first);
        while (grew) {
            grew = false;
            if (first > 0 && (first > content || body(s, clauses, first, last, changes).length() < MIN_CONTEXT + 4)) {
                int[] left = clauses.unit(first - 1);
                if (length(clauses, left[0], last) <= max && !shows(s, clauses, left[0], first - 1, changes, unseen)) {
                    first = left[0];
                    grew = true;
                }
            }
            if (!half && last + 1 < clauses.size()) {
                int[] right = clauses.unit(last + 1);
                boolean leadsOn = clauses.opensGroup(last + 1) && right[1] >= clauses.size() - 1
                        && length(clauses, first, right[1]) > max;
                if (!leadsOn && length(clauses, first, right[1]) <= max
                        && !shows(s, clauses, last + 1, right[1], changes, unseen)) {
                    last = right[1];
                    grew = true;
                }
            }
        }
        // One of a pair of numbered formulations (深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”) is not quoted without
        // the other: the stem takes both, or starts after them (three round-8 readers marked the one alone).
        if (first > 0 && numbered(clauses.text(first)) && numbered(clauses.text(first - 1))) {
            int[] left = clauses.unit(first - 1);
            if (length(clauses, left[0], last) <= max + STEM && !shows(s, clauses, left[0], first - 1, changes, unseen)) {
                first = left[0];
            } else if (first < clauses.at(from)) {
                first++;
            } else {
                return Optional.empty();
            }
        }
        // A clause opening with 与 (与党的二十大精神…一体学习领会、整体贯彻落实) leaves out what is learnt with it: the
        // clause before says it, or there is no stem (seed 293's reader).
        if (first > content && clauses.text(first).startsWith("与")) {
            int[] left = clauses.unit(first - 1);
            // Another question's answer it shows (丰富内涵、核心要义和实践要求) keeps that question out of the draw.
            if (length(clauses, left[0], last) > max + STEM || shows(s, clauses, left[0], first - 1, changes, hidden)) {
                return Optional.empty();
            }
            first = left[0];
        }
        // A clause inside a group (对于准确把握…，推动四川构筑…；) without the clause that opens it says not who acts: put
        // with the sentence's subject it would read 总书记推动四川构筑… (seed 293's reader).
        if (first > 0 && !clauses.opensGroup(first) && clauses.opensGroup(first - 1)) {
            return Optional.empty();
        }
        // A subject set off by a comma (中国共产党第二十次全国代表大会，是…) is no statement without its predicate.
        if (last + 1 < clauses.size() && clauses.text(last + 1).startsWith("是")
                && !shows(s, clauses, last + 1, last + 1, changes, hidden)) {
            last = clauses.unit(last + 1)[1];
        }
        // A last clause that only leads into what follows (…，对于我们…) is left out.
        while (last > first && clauses.opensGroup(last) && last < clauses.size() - 1) {
            last--;
        }
        String body = body(s, clauses, first, last, changes);
        int changed = changes.stream().mapToInt(c -> c.with().length()).sum();
        if (body.length() - changed < MIN_CONTEXT) {
            return Optional.empty();
        }
        Stem led = lead(s, clauses, first, last, content, body);
        String resolved = Antecedents.resolved(led.text(), s.antecedent());
        Stem stem = resolved.equals(led.text()) ? led : new Stem(resolved, false);
        // A short stem far into its sentence says what it is about with the sentence's opening clause (要深刻领会
        // 把握总书记关于主题教育的重要要求，确保在（ ）上…), when that clause gives nothing away.
        if (body.length() - changed < TOPICLESS && first > content + 1 && stem.text().startsWith(s.speaker() + "，要")
                && !BECOMING.matcher(body).find()
                && clauses.text(content).startsWith("要") && !shows(s, clauses, content, content, changes, unseen)
                && length(clauses, content, content) + body.length() <= max + STEM / 2) {
            String opening = clauses.text(content);
            return Optional.of(new Stem(s.speaker() + "，" + opening + "，" + stem.text().substring(s.speaker().length()
                    + 2), false));
        }
        // Where that clause shows another answer (精准发力), the field it names is enough (在建设现代化产业体系上，要全面
        // 落实省委十二届三次全会决策部署。): a requirement with no field reads as said of everything.
        Matcher field = FIELD.matcher(clauses.text(content));
        if (body.length() - changed < TOPICLESS && first > content && stem.text().startsWith(s.speaker() + "，要")
                && field.find() && !BECOMING.matcher(body).find()
                && unseen.stream().noneMatch(answer -> field.group(1).contains(answer))) {
            return Optional.of(new Stem(s.speaker() + "，" + field.group(1) + "，" + stem.text().substring(
                    s.speaker().length() + 1), false));
        }
        // A stem past a requirement's heading says what it is about (推动成渝地区双城经济圈建设，要强化…功能): without
        // it the functions read as anyone's (seed 307's reader).
        Matcher topic = TOPIC.matcher(clauses.text(content));
        if (first > content && topic.find() && !stem.text().contains(topic.group(1))
                && stem.text().startsWith(s.speaker() + "，要") && !BECOMING.matcher(body).find()
                && unseen.stream().noneMatch(answer -> topic.group(1).contains(answer))) {
            return Optional.of(new Stem(s.speaker() + "，推动" + topic.group(1) + "建设，" + stem.text().substring(
                    s.speaker().length() + 1), false));
        }
        return Optional.of(stem);
    }

    /** Whether a clause quotes a numbered formulation (“两个确立”, “四个意识”). */
    private static boolean numbered(String clause) {
        return NUMBERED.matcher(clause).find();
    }

    /** The stem with who says it and who acts before a first clause that needs them. */
    private static Stem lead(AnalyzedSentence s, Clauses clauses, int first, int last, int content, String body) {
        String text = s.text();
        StringBuilder out = new StringBuilder();
        if (!s.speaker().isEmpty() && !body.startsWith(s.speaker())) {
            out.append(s.speaker()).append('，');
        }
        boolean verbatim = true;
        if (first > content) {
            String opening = clauses.text(first);
            String subjectClause = clauses.text(content);
            if (clauses.opensGroup(first)) {
                // 对于…，推动…，具有十分重要的意义: said of what the sentence opens with (总书记这次来川视察…).
                int is = subjectClause.indexOf('是');
                out.append(is >= 4 ? subjectClause.substring(0, is) : subjectClause).append('，');
                verbatim = false;
            } else if (PREDICATE_OPENERS.stream().anyMatch(opening::startsWith)) {
                out.append(subjectClause).append('，');
                verbatim = false;
            } else if (s.subjectless().contains(clauses.get(first).start())) {
                Matcher agent = AGENT.matcher(subjectClause);
                String person = person(s, clauses, first);
                Matcher topic = TOPIC.matcher(subjectClause);
                if (BECOMING.matcher(body).find() && topic.find()) {
                    // 尽快成为…: who is to become it is what the requirement is about (推动成渝地区双城经济圈建设).
                    out.append("要推动").append(topic.group(1));
                    verbatim = false;
                } else if (agent.find()) {
                    out.append(agent.group());
                    verbatim = false;
                } else if (!subjectClause.contains("是") && !subjectClause.contains("要")
                        && !s.subjectless().contains(clauses.get(content).start())) {
                    // The sentence opens with what it is about (习近平总书记这次来川视察作出的重要指示，视野宏阔…).
                    out.append(subjectClause).append('，');
                    verbatim = false;
                } else if (!person.isEmpty() && !body.startsWith(person)) {
                    if (OCCASION.matcher(subjectClause).matches()) {
                        // 在成都大运会开幕式前，总书记提出…: without the occasion it reads as said at this meeting.
                        out.append(subjectClause).append('，');
                        verbatim = false;
                    }
                    String acts = clauses.text(first - 1);
                    if (first - 1 > content && person.equals(s.persons().get(clauses.get(first - 1).start()))
                            && acts.length() <= PERSON_CLAUSE) {
                        // The clause right before, with its person, says what the act was part of (总书记分别与…外国元首
                        // 政要举行双边会谈，提出…): without it the proposals read as made to no one (seed 151's reader).
                        out.append(acts).append('，');
                        verbatim = false;
                    } else {
                        out.append(person);
                    }
                }
            }
        }
        out.append(body);
        boolean closing = clauses.opensGroup(first) && last < clauses.size() - 1;
        if (closing) {
            String end = clauses.text(clauses.size() - 1);
            if (PREDICATE_OPENERS.stream().anyMatch(end::startsWith)) {
                out.setLength(out.length() - 1);
                out.append('，').append(end).append('。');
                verbatim = false;
            }
        }
        return new Stem(out.toString(), verbatim && text.length() > 0);
    }

    /** The person the nearest clause before {@code first} opens with (总书记分别与…), else the sentence's subject. */
    private static String person(AnalyzedSentence s, Clauses clauses, int first) {
        for (int i = first - 1; i >= 0; i--) {
            String who = s.persons().get(clauses.get(i).start());
            if (who != null) {
                return who;
            }
        }
        return s.subject();
    }

    /** The first clause after who says it (会议指出，). */
    private static int contentStart(AnalyzedSentence s, Clauses clauses) {
        return !s.speaker().isEmpty() && clauses.size() > 1 && clauses.text(0).equals(s.speaker()) ? 1 : 0;
    }

    /** The clauses {@code first..last} with the changes made, closed with 。 */
    private static String body(AnalyzedSentence s, Clauses clauses, int first, int last, List<Change> changes) {
        String text = s.text();
        int start = clauses.get(first).start();
        Clauses.Clause end = clauses.get(last);
        StringBuilder out = new StringBuilder();
        int at = start;
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingInt(Change::start));
        for (Change c : sorted) {
            if (c.start() >= start && c.end() <= end.end()) {
                out.append(text, at, c.start()).append(c.with());
                at = c.end();
            }
        }
        out.append(text, at, end.end());
        char close = end.delimiter() == '！' || end.delimiter() == '？' ? end.delimiter() : '。';
        return out.append(close).toString();
    }

    private static int length(Clauses clauses, int first, int last) {
        return clauses.get(last).end() - clauses.get(first).start() + 1;
    }

    /** Whether clauses {@code first..last} show any of {@code hidden} outside the changed spans. */
    private static boolean shows(AnalyzedSentence s, Clauses clauses, int first, int last, List<Change> changes,
                                 List<String> hidden) {
        if (hidden.isEmpty()) {
            return false;
        }
        String plain = body(s, clauses, first, last, changes.stream()
                .map(c -> new Change(c.start(), c.end(), "\u0000")).toList());
        return hidden.stream().anyMatch(h -> !h.isEmpty() && plain.contains(h));
    }

    /**
     * The sentence around the marked spans for an explanation: whole clauses, grown by whole units while they fit
     * in {@code budget} characters, with … where the sentence goes on.
     */
    static String quote(AnalyzedSentence s, List<Change> marks, int budget) {
        return quote(s, marks, budget, List.of());
    }

    /**
     * The quote as {@link #quote(AnalyzedSentence, List, int)}, grown only by units that do not show any of
     * {@code avoid} (the answers of the sentence's other questions: an explanation is shown before the quiz's next
     * question, and 具有全国影响力的科技创新中心 beside 科技自立自强 gave away a true/false question, seed 353's reader).
     */
    static String quote(AnalyzedSentence s, List<Change> marks, int budget, List<String> avoid) {
        String text = s.text();
        int marked = marks.stream().mapToInt(m -> m.with().length() - (m.end() - m.start())).sum();
        Clauses clauses = Clauses.of(text);
        if (text.length() + marked <= budget && !shows(s, clauses, 0, clauses.size() - 1, marks, avoid)) {
            return apply(text, 0, text.length(), marks);
        }
        int from = marks.stream().mapToInt(Change::start).min().orElseThrow();
        int to = marks.stream().mapToInt(Change::end).max().orElseThrow();
        int[] unit = clauses.unit(from, to);
        int first = unit[0];
        int last = unit[1];
        boolean grew = true;
        while (grew) {
            grew = false;
            if (first > 0) {
                int[] left = clauses.unit(first - 1);
                if (length(clauses, left[0], last) + marked + 2 <= budget
                        && !shows(s, clauses, left[0], first - 1, marks, avoid)) {
                    first = left[0];
                    grew = true;
                }
            }
            if (last + 1 < clauses.size()) {
                int[] right = clauses.unit(last + 1);
                if (length(clauses, first, right[1]) + marked + 2 <= budget
                        && !shows(s, clauses, last + 1, right[1], marks, avoid)) {
                    last = right[1];
                    grew = true;
                }
            }
        }
        int start = clauses.get(first).start();
        boolean toEnd = last == clauses.size() - 1;
        int end = toEnd ? text.length() : clauses.get(last).end() + 1;
        String piece = apply(text, start, end, marks);
        // The clauses holding the marks are kept whole a little past the room (…念兹在兹、意蕴深长 rather than …意…, which
        // two round-8 readers marked), unless they show another answer.
        boolean whole = piece.length() <= WHOLE_UNIT && !shows(s, clauses, first, last, marks, avoid);
        if (piece.length() > budget && !whole) {
            // One clause longer than the room: a piece around the marks, cut where it must be.
            Snippet snippet = Snippet.around(text, from, to, budget - marked - 2);
            return apply(text, snippet.from(), snippet.to(), marks).transform(p ->
                    (snippet.from() > 0 ? "…" : "") + p + (snippet.to() < text.length() ? "…" : ""));
        }
        return (first > 0 ? "…" : "") + piece + (toEnd ? "" : "…");
    }

    private static String apply(String text, int start, int end, List<Change> marks) {
        List<Change> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Change::start));
        StringBuilder out = new StringBuilder();
        int at = start;
        for (Change m : sorted) {
            if (m.start() >= start && m.end() <= end) {
                out.append(text, at, m.start()).append(m.with());
                at = m.end();
            }
        }
        return out.append(text, at, end).toString();
    }
}
