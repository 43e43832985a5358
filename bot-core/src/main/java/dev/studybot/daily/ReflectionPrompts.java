package dev.studybot.daily;

import dev.studybot.chat.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question to reflect on under an excerpt, fitted to what the excerpt is and quoting it:
 * <ul>
 *   <li>a quoted term (“天府粮仓”) asks what it stands for, with the words around it (and, when the excerpt asks
 *       for action, how to act on it);</li>
 *   <li>a requirement (要…, 坚持…) asks how the group will act on it, naming its topic (关于…的重要要求) and one
 *       concrete demand;</li>
 *   <li>a report of events (召开, 审议, 视察) asks what it means;</li>
 *   <li>a lead sentence that names a topic ("（二）全面发展协商民主。") asks about that topic;</li>
 *   <li>anything else asks which sentence is the key one.</li>
 * </ul>
 * The same excerpt always gets the same prompt.
 */
public final class ReflectionPrompts {

    /** What an excerpt is, for the prompt under it. */
    enum Kind {
        TERM, REQUIREMENT, REPORT, TOPIC, GENERAL
    }

    private static final Pattern LEAD = Pattern.compile(
            "^(?:——|[（(][一二三四五六七八九十]+[）)])(?:必须)?(.{4,24}?)[。！]");
    private static final Pattern QUOTED = Pattern.compile("“([^“”，。；：！？《》]{2,12})”");
    /** A modal 要 (not 重要, 主要, 政要, 要求, 要义…), or a clause that opens with a demand. */
    private static final Pattern DEMAND = Pattern.compile(
            "(?<![重主需首纲摘提概必只不政纪险显机精简扼紧切])要(?![求素义点闻害是务领职员案道地冲])"
                    + "|^(?:必须|务必|坚持|坚决|切实|着力|加快|大力)");
    /** Clauses that state one concrete demand (what to do, not "study and grasp"). */
    private static final Pattern ACTION = Pattern.compile(
            "^(?:要)?(?:坚持|加快|着力|推动|充分|全面|大力|切实|进一步|不断|确保|积极|系统|扎实|坚决|持续|"
                    + "巩固|更好|打造|构建|强化|深化|促进|锚定|树牢|增强|提升|加强|抓好|筑牢|守护|做好|及时|聚焦)");
    private static final Pattern STUDY_WORDS = Pattern.compile("领会|把握|学习|领悟");
    private static final Pattern TOPIC = Pattern.compile("关于(.{4,30}?)的重要(?:要求|指示|论述)");
    private static final Pattern EVENT = Pattern.compile(
            "召开|审议|主持|出席|视察|举行|会谈|会见|听取|发表|考察|调研|传达|作出|通过了|取得|实现了");
    private static final Pattern CLAUSES = Pattern.compile("[^，；。：！？]+");
    private static final int LONGEST_QUOTE = 28;

    /** The prompt for an excerpt, in the messages' language. */
    public String prompt(Excerpt excerpt, Messages messages) {
        String text = excerpt.text();
        List<String> sentences = sentences(text);
        long demands = sentences.stream().filter(s -> DEMAND.matcher(s).find()).count();
        boolean asksForAction = demands > 0 && demands * 3 >= sentences.size();
        Optional<String> term = term(text);
        if (term.isPresent()) {
            String clause = clauseAround(text, term.get());
            return messages.get(asksForAction ? "daily.reflect.termAct" : "daily.reflect.term", term.get(), clause);
        }
        if (asksForAction) {
            Optional<String> action = action(sentences);
            Optional<String> topic = topic(text);
            if (action.isPresent() && topic.isPresent()) {
                return messages.get("daily.reflect.requirementTopic", topic.get(), action.get());
            }
            if (action.isPresent()) {
                return messages.get("daily.reflect.requirement", action.get());
            }
            return messages.get("daily.reflect.requirementPlain");
        }
        Optional<String> event = event(text);
        if (event.isPresent()) {
            return messages.get("daily.reflect.report", event.get());
        }
        Matcher lead = LEAD.matcher(excerpt.paragraphs().get(0));
        if (lead.find() && lead.group(1).codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '、')) {
            return messages.get("daily.reflect.topic", lead.group(1));
        }
        return messages.get("daily.reflect.general");
    }

    /** What the excerpt is, by the prompt it gets (for tests and the preview). */
    Kind kind(Excerpt excerpt) {
        String text = excerpt.text();
        List<String> sentences = sentences(text);
        long demands = sentences.stream().filter(s -> DEMAND.matcher(s).find()).count();
        if (term(text).isPresent()) {
            return Kind.TERM;
        }
        if (demands > 0 && demands * 3 >= sentences.size()) {
            return Kind.REQUIREMENT;
        }
        if (event(text).isPresent()) {
            return Kind.REPORT;
        }
        return LEAD.matcher(excerpt.paragraphs().get(0)).find() ? Kind.TOPIC : Kind.GENERAL;
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String s : text.split("(?<=[。！？])|\\n")) {
            if (!s.isBlank()) {
                sentences.add(s.strip());
            }
        }
        return sentences;
    }

    /** The excerpt's most telling quoted term: the longest one, first among equals. */
    private static Optional<String> term(String text) {
        List<String> terms = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            if (m.group(1).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                terms.add(m.group(1));
            }
        }
        return terms.stream().max(Comparator.comparingInt(String::length));
    }

    /** The clause holding the term, its quotation marks made single, as the prompt quotes it. */
    private static String clauseAround(String text, String term) {
        int at = text.indexOf("“" + term + "”");
        int start = at;
        while (start > 0 && "，；。：！？\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at + term.length() + 2;
        while (end < text.length() && "，；。：！？\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String clause = text.substring(start, end).replaceFirst("^(?:是|要|并|和|同时)", "");
        if (clause.length() > LONGEST_QUOTE) {
            int inClause = clause.indexOf("“" + term + "”");
            int from = Math.max(0, Math.min(inClause - 6, clause.length() - LONGEST_QUOTE));
            clause = (from > 0 ? "…" : "") + clause.substring(from, Math.min(clause.length(), from + LONGEST_QUOTE))
                    + (from + LONGEST_QUOTE < clause.length() ? "…" : "");
        }
        return clause.replace('“', '‘').replace('”', '’');
    }

    /** One concrete demand of the excerpt's requirement sentences: 6 to 24 characters, not "study and grasp". */
    private static Optional<String> action(List<String> sentences) {
        for (String sentence : sentences) {
            if (!DEMAND.matcher(sentence).find()) {
                continue;
            }
            Matcher clauses = CLAUSES.matcher(sentence);
            while (clauses.find()) {
                String clause = clauses.group().strip();
                if (ACTION.matcher(clause).find() && !STUDY_WORDS.matcher(clause).find()
                        && clause.length() >= 6 && clause.length() <= 24 && clause.indexOf('“') < 0) {
                    return Optional.of(clause.replaceFirst("^要", ""));
                }
            }
        }
        return Optional.empty();
    }

    /** The topic a requirement names: 关于在推进乡村振兴上全面发力的重要要求 → 在推进乡村振兴上全面发力. */
    private static Optional<String> topic(String text) {
        Matcher m = TOPIC.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The clause that tells the excerpt's main event: the longest with an event verb, at most 26 characters. */
    private static Optional<String> event(String text) {
        Matcher clauses = CLAUSES.matcher(text);
        String best = null;
        while (clauses.find()) {
            String clause = clauses.group().strip();
            if (EVENT.matcher(clause).find() && clause.length() <= 26 && clause.length() >= 6
                    && (best == null || clause.length() > best.length())) {
                best = clause;
            }
        }
        return Optional.ofNullable(best);
    }
}
