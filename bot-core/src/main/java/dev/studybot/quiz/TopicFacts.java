package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts of which requirement a measure belongs to: a report built of sentences that each open with one topic
 * (要深刻领会把握总书记关于统筹发展和安全的重要要求，…，系统提升…防灾减灾救灾能力，…) is asked which topic a measure was set
 * out under as a statement (会议就总书记关于统筹发展和安全的重要要求提出，要积极稳妥化解重点领域风险隐患。), true, or false with another
 * of the report's topics in its place, so it tests how the report is built rather than a word of it; the measure shown
 * shares no two characters with any topic, so no topic is pointed to by its words.
 */
final class TopicFacts {

    /** A sentence that opens with its topic: 要深刻领会把握总书记关于X的重要要求，. */
    private static final Pattern TOPIC = Pattern.compile(
            "^(?:(?:会议|全会|大会)(?:指出|强调|要求|认为|提出)，)?(要?)([^，。；]{0,16}?)关于([^，。；“”]{2,24}?)的重要要求，");
    /** A topic said of a field (在推进乡村振兴上全面发力): the field is the topic. */
    private static final Pattern FIELD = Pattern.compile("^在(.{2,20}?)上.{0,6}$");
    /** What every topic question's stem says after its blank. */
    static final String FRAME = "的重要要求提出，";
    /** Fewer topics than this make no question: its three wrong options would not be there. */
    private static final int MIN_TOPICS = 4;
    private static final int MIN_MEASURE = 8;
    private static final int MAX_MEASURE = 40;

    private TopicFacts() {
    }

    /** A topic found: the sentence it opens, the span of its name and the lead before 关于 (深刻领会把握总书记). */
    private record Topic(int sentence, int start, int end, String name, String lead) {
    }

    /**
     * The topic facts of a document's sentences, by sentence index; none when the document has fewer than four
     * topics.
     *
     * @param sentences the sentences' texts, in order
     * @param speakers  who says each (会议指出), or empty
     * @param answers   the answers of the document's other facts, which no measure shown may hold: a stem showing
     *                  粮食、生猪、油料 would give away, and clash with, the question asking them
     */
    static Map<Integer, Fact> find(List<String> sentences, List<String> speakers, Set<String> answers) {
        List<Topic> named = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Matcher m = TOPIC.matcher(sentences.get(i));
            if (!m.find()) {
                continue;
            }
            int start = m.start(3);
            int end = m.end(3);
            Matcher field = FIELD.matcher(m.group(3));
            if (field.matches()) {
                start = m.start(3) + field.start(1);
                end = m.start(3) + field.end(1);
            }
            named.add(new Topic(i, start, end, sentences.get(i).substring(start, end), m.group(2)));
        }
        Map<String, Topic> byName = new LinkedHashMap<>();
        named.forEach(t -> byName.putIfAbsent(t.name(), t));
        if (byName.size() < MIN_TOPICS) {
            return Map.of();
        }
        Set<String> pairs = new TreeSet<>();
        byName.keySet().forEach(name -> pairs.addAll(pairs(name)));
        String whole = String.join("", sentences);
        Map<Integer, Fact> out = new HashMap<>();
        for (Topic t : byName.values()) {
            String text = sentences.get(t.sentence());
            String measure = measure(text, pairs, answers);
            List<String> others = new ArrayList<>(byName.keySet());
            others.remove(t.name());
            // A topic the report names again elsewhere (推进乡村振兴 among the 新突破) is another question's answer:
            // the ones it names only here go first, the nearest first.
            others.sort(Comparator.comparingInt((String o) -> count(whole, o) > 1 ? 1 : 0)
                    .thenComparingInt(o -> Math.abs(byName.get(o).sentence() - t.sentence())));
            if (measure.isEmpty() || others.size() < 3) {
                continue;
            }
            String who = speakers.get(t.sentence()).replaceAll("(指出|强调|要求|认为|提出)$", "");
            String whose = t.lead().contains("总书记") ? "总书记" : t.lead().contains("党中央") ? "党中央" : t.lead();
            String stem = (who.isEmpty() ? "文件" : who) + "就" + whose + "关于" + QuestionWriter.PAREN
                    + FRAME + (measure.startsWith("要") ? "" : "要") + measure + "。";
            if (Words.length(stem.replace(QuestionWriter.PAREN, t.name())) > Claims.MAX) {
                continue;
            }
            out.put(t.sentence(), new Fact("topic:" + t.name(), FactKind.TOPIC, t.start(), t.end(), others, stem,
                    null));
        }
        return out;
    }

    /**
     * The longest clause after the topic's own, of eight to forty characters, that shares no two characters with any
     * topic's name nor holds another fact's answer: 系统提升地震、水灾、火灾、旱灾、泥石流等方面防灾减灾救灾能力 rather than
     * 扎实抓好安全生产工作 (安全 points to 统筹发展和安全).
     */
    private static String measure(String text, Set<String> pairs, Set<String> answers) {
        Clauses clauses = Clauses.of(text);
        String best = "";
        for (int c = 1; c < clauses.size(); c++) {
            String clause = clauses.text(c);
            if (clause.length() >= MIN_MEASURE && clause.length() <= MAX_MEASURE && clause.length() > best.length()
                    && pairs(clause).stream().noneMatch(pairs::contains) && !clause.startsWith("同时")
                    && answers.stream().noneMatch(clause::contains)) {
                best = clause;
            }
        }
        return best;
    }

    /** Every two adjacent characters of a text. */
    private static Set<String> pairs(String text) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            out.add(text.substring(i, i + 2));
        }
        return out;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
