package dev.studybot.daily;

import dev.studybot.chat.Messages;
import dev.studybot.quiz.Enumeration;
import dev.studybot.quiz.EnumerationFinder;
import dev.studybot.quiz.TermExtractor;
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
 *       for action, how to put it into practice); a quoted list (“一极一源、两中心两地”) is no term to explain;</li>
 *   <li>a requirement (要…, 坚持…) asks what the group does first, naming its topic (关于…的重要要求) and one
 *       concrete demand; one that opens with a list of demands of several words each (贯彻新发展理念、服务和融入
 *       新发展格局、促进共同富裕) asks which item matters most for the group;</li>
 *   <li>a report of events asks what it means; a meeting that relays and plans (传达, 审议, 部署) asks what the group
 *       can learn from how it was done;</li>
 *   <li>a lead sentence that names a topic ("（二）全面发展协商民主。") asks about that topic;</li>
 *   <li>anything else asks which sentence is the key one.</li>
 * </ul>
 * A recall day gets a short prompt of its own ({@link #recallPrompt}). The same excerpt always gets the same prompt.
 */
public final class ReflectionPrompts {

    /** What an excerpt is, for the prompt under it. */
    enum Kind {
        TERM, REQUIREMENT, LIST, REPORT, TOPIC, GENERAL
    }

    /** A meeting that relays and plans, rather than another event. */
    private static final Pattern MEETING = Pattern.compile("传达|审议|部署|学习");
    /** Fewest characters a list item has on average for the list to be demands to weigh (not 粮食、生猪、油料). */
    private static final int LIST_ITEM_CHARS = 4;
    private static final int LONGEST_LIST = 40;

    private final EnumerationFinder enumerations;

    /** Prompts that find lists with a segmenter of their own. */
    public ReflectionPrompts() {
        this(new EnumerationFinder(new TermExtractor()));
    }

    public ReflectionPrompts(EnumerationFinder enumerations) {
        this.enumerations = enumerations;
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
            // Two wordings, chosen by the term, so that a run of term days does not read the same every day.
            String key = asksForAction ? "daily.reflect.termAct" + (Math.floorMod(term.get().hashCode(), 2) == 0 ? ""
                    : "2") : "daily.reflect.term";
            return messages.get(key, term.get(), clause);
        }
        if (asksForAction) {
            Optional<String> action = action(sentences);
            Optional<String> topic = topic(text);
            Optional<String> list = demandList(sentences);
            if (list.isPresent() && listFirst(text, list.get(), topic)) {
                return messages.get("daily.reflect.list", list.get());
            }
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
            return messages.get(MEETING.matcher(event.get()).find() ? "daily.reflect.meeting" : "daily.reflect.report",
                    event.get());
        }
        Matcher lead = LEAD.matcher(excerpt.paragraphs().get(0));
        if (lead.find() && lead.group(1).codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '、')) {
            return messages.get("daily.reflect.topic", lead.group(1));
        }
        return messages.get("daily.reflect.general");
    }

    /** The short prompt under a recall exercise: which blank was missed, and what the passage means to us. */
    public String recallPrompt(Messages messages) {
        return messages.get("daily.reflect.recall");
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
            Optional<String> list = demandList(sentences);
            return list.isPresent() && listFirst(text, list.get(), topic(text)) ? Kind.LIST : Kind.REQUIREMENT;
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

    /**
     * A list of demands in the excerpt's requirement sentences, as the text has it: three items or more, of
     * {@value #LIST_ITEM_CHARS} characters or more on average, at most {@value #LONGEST_LIST} characters in all.
     */
    private Optional<String> demandList(List<String> sentences) {
        for (String sentence : sentences) {
            if (!DEMAND.matcher(sentence).find()) {
                continue;
            }
            for (Enumeration list : enumerations.find(sentence)) {
                String run = sentence.substring(list.start(), list.end());
                double average = list.items().stream().mapToInt(String::length).average().orElse(0);
                if (average >= LIST_ITEM_CHARS && run.length() <= LONGEST_LIST && run.indexOf('“') < 0
                        && !run.endsWith("等")) {
                    return Optional.of(run);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the excerpt opens with the list of demands rather than with the topic of its requirement. */
    private static boolean listFirst(String text, String list, Optional<String> topic) {
        return topic.isEmpty() || text.indexOf(list) < text.indexOf(topic.get());
    }

    /** The excerpt's most telling quoted term: the longest one, first among equals; a quoted list is none. */
    private static Optional<String> term(String text) {
        List<String> terms = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            if (m.group(1).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && m.group(1).indexOf('、') < 0) {
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
