package dev.studybot.daily;

import dev.studybot.document.Document;
import dev.studybot.document.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Cuts a document into daily excerpts: every body sentence exactly once, in order, in runs of
 * {@value #MIN_CHARS}–{@value #MAX_CHARS} characters (a single longer sentence stands alone), never across a
 * heading when it can be helped, preferring whole paragraphs.
 *
 * <p>A document with less body text than one excerpt's minimum has no excerpts. Headings ("一、…", the title lines, the date and author lines) and a lone salutation ("同志们：") are left out.
 * The cut is chosen by dynamic programming over the sentences: each possible excerpt has a cost (too short or too
 * long, cut inside a paragraph, runs over a heading, ends on a colon), and the plan with the least total cost wins;
 * the result is the same for the same document, every time.
 */
public final class ExcerptPlanner {

    /** The shortest excerpt (unless a section has too little text). */
    public static final int MIN_CHARS = 80;
    /** The longest excerpt (unless one sentence alone is longer). */
    public static final int MAX_CHARS = 400;

    private static final int COMFORT_MIN = 120;
    private static final int COMFORT_MAX = 300;
    private static final double PER_EXCERPT = 40;
    private static final double PARAGRAPH_JOIN = 8;
    private static final double MID_PARAGRAPH_CUT = 25;
    private static final double OVER_HEADING = 5_000;
    private static final double ENDS_ON_COLON = 300;
    private static final double OUT_OF_BOUNDS = 100_000;

    /** Short lines ending without a sentence mark are headings; body paragraphs end in one. */
    private static final String SENTENCE_END = "。！？!?…”’」』；;";
    private static final int HEADING_MAX_CHARS = 60;
    private static final Pattern SALUTATION =
            Pattern.compile("^((同志们|朋友们|女士们|先生们|各位代表)[，、]?)+[：:！!]$");
    /** "一、…", "（三）…", "第二章 …": a numbered heading, whatever it ends with. */
    private static final Pattern NUMBERED = Pattern.compile("^([一二三四五六七八九十百〇零]+、|[（(][一二三四五六七八九十]+[）)]"
            + "|第[一二三四五六七八九十百0-9]+[章节部分条编])");

    private final Map<String, List<Excerpt>> cache = new ConcurrentHashMap<>();

    /** The document's excerpts in reading order (cached by content). */
    public List<Excerpt> excerpts(Document document) {
        return cache.computeIfAbsent(document.id() + "@" + document.contentHash(), key -> plan(document));
    }

    /** Whether a paragraph is a heading or debris rather than body text. */
    public static boolean isHeading(Paragraph paragraph) {
        String text = paragraph.text().strip();
        if (text.isEmpty() || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return true;
        }
        if (SALUTATION.matcher(text).matches()) {
            return true;
        }
        if (text.length() <= HEADING_MAX_CHARS && NUMBERED.matcher(text).find() && text.indexOf('。') < 0) {
            return true;
        }
        char last = text.charAt(text.length() - 1);
        return text.length() <= HEADING_MAX_CHARS && SENTENCE_END.indexOf(last) < 0 && last != '：' && last != ':';
    }

    /** The body sentences of a document in order, each with its paragraph and section. */
    public static List<Sentence> bodySentences(Document document) {
        List<Sentence> sentences = new ArrayList<>();
        int section = 0;
        for (Paragraph paragraph : document.paragraphs()) {
            if (isHeading(paragraph)) {
                section++;
                continue;
            }
            for (String sentence : paragraph.sentences()) {
                String text = sentence.strip();
                if (!text.isEmpty() && text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    sentences.add(new Sentence(text, paragraph.number(), section));
                }
            }
        }
        return sentences;
    }

    private List<Excerpt> plan(Document document) {
        List<Sentence> sentences = bodySentences(document);
        int n = sentences.size();
        if (sentences.stream().mapToInt(s -> s.text().length()).sum() < MIN_CHARS) {
            return List.of(); // A stub (a disambiguation page, say): nothing worth a day's reading.
        }
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            int chars = 0;
            for (int start = end - 1; start >= 0; start--) {
                chars += sentences.get(start).text().length();
                if (chars > MAX_CHARS && start < end - 1) {
                    break;
                }
                double cost = best[start] + cost(sentences, start, end, chars);
                if (cost < best[end]) {
                    best[end] = cost;
                    from[end] = start;
                }
            }
        }
        List<int[]> cuts = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            cuts.add(0, new int[] {from[end], end});
        }
        List<Excerpt> excerpts = new ArrayList<>();
        for (int[] cut : cuts) {
            excerpts.add(excerpt(document, sentences.subList(cut[0], cut[1]), excerpts.size() + 1, cuts.size()));
        }
        return List.copyOf(excerpts);
    }

    /** The cost of one excerpt made of sentences {@code [start, end)} with {@code chars} characters. */
    private static double cost(List<Sentence> sentences, int start, int end, int chars) {
        double cost = PER_EXCERPT;
        boolean single = end - start == 1;
        if (chars < MIN_CHARS) {
            cost += OUT_OF_BOUNDS + (MIN_CHARS - chars) * 100.0;
        } else if (chars > MAX_CHARS && !single) {
            cost += OUT_OF_BOUNDS + (chars - MAX_CHARS) * 100.0;
        } else if (chars < COMFORT_MIN) {
            cost += COMFORT_MIN - chars;
        } else if (chars > COMFORT_MAX && !single) {
            cost += (chars - COMFORT_MAX) * 0.5;
        }
        for (int i = start + 1; i < end; i++) {
            Sentence previous = sentences.get(i - 1);
            Sentence current = sentences.get(i);
            if (current.section() != previous.section()) {
                cost += OVER_HEADING;
            } else if (current.paragraph() != previous.paragraph()) {
                cost += PARAGRAPH_JOIN;
            }
        }
        Sentence last = sentences.get(end - 1);
        if (end < sentences.size() && sentences.get(end).paragraph() == last.paragraph()) {
            cost += MID_PARAGRAPH_CUT;
        }
        if (last.text().endsWith("：") || last.text().endsWith(":")) {
            cost += ENDS_ON_COLON;
        }
        return cost;
    }

    private static Excerpt excerpt(Document document, List<Sentence> run, int part, int parts) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int paragraph = run.get(0).paragraph();
        for (Sentence sentence : run) {
            if (sentence.paragraph() != paragraph) {
                paragraphs.add(current.toString());
                current.setLength(0);
                paragraph = sentence.paragraph();
            }
            current.append(sentence.text());
        }
        paragraphs.add(current.toString());
        return new Excerpt(document.id(), document.fullTitle(), part, parts, run.get(0).paragraph(),
                run.get(run.size() - 1).paragraph(), paragraphs, run.size());
    }

    /**
     * A body sentence.
     *
     * @param text      the sentence, stripped
     * @param paragraph its paragraph's number
     * @param section   how many headings came before it (sentences of one section share the number)
     */
    public record Sentence(String text, int paragraph, int section) {
    }
}
