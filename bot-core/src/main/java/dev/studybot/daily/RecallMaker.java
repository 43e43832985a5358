package dev.studybot.daily;

import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.quiz.AnalyzedSentence;
import dev.studybot.quiz.DocumentAnalyzer;
import dev.studybot.quiz.Enumeration;
import dev.studybot.quiz.EnumerationFinder;
import dev.studybot.quiz.Fact;
import dev.studybot.quiz.FactKind;
import dev.studybot.quiz.TermExtractor;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an excerpt a recall exercise (默写) by blanking the key terms the quiz side finds in its sentences
 * ({@link DocumentAnalyzer}: quoted formulations, the items of enumerations, numbers, keyword nouns) and, when they
 * are too few, the rare nouns of its sentences ({@link TermExtractor#words}): formulations and list items first, then
 * numbers, then the rest; about one blank per 45 characters (3 to 8);
 * never two blanks side by side, and never every item of a list, so that the sentence stays a cue. Words the
 * document repeats all the time (总书记, 四川) are too easy to be worth a blank, and so are plain words of everyday
 * language (国际, 进行, 基层: frequent in HanLP's general dictionary); places and people are left out, and a plain
 * word is blanked only where the segmenter finds it whole (not 三星 of 三星堆).
 * The same excerpt always gives the same exercise.
 */
public final class RecallMaker {

    static final int MIN_BLANKS = 3;
    static final int MAX_BLANKS = 8;
    static final int CHARS_PER_BLANK = 45;
    /** A word the document uses more often than this is no test of memory. */
    static final int MAX_OCCURRENCES = 4;
    /** A term the excerpt repeats more often than this would turn it into a page of blanks. */
    static final int MAX_IN_EXCERPT = 2;
    /** Fewest characters kept between two blanks. */
    static final int GAP = 2;
    /**
     * A plain word (not quoted, no list item, no number) more frequent than this in HanLP's general dictionary
     * (国际, 进行, 基层, 优势) is everyday language, not the document's own wording (生猪, 台账, 要义).
     */
    static final int MAX_EVERYDAY_FREQUENCY = 30;

    /** Characters after which a new word starts. */
    private static final String BINDERS = "的和与及对把将为在于以从向是有了等着过并而或列";
    /** Nouns too plain to be worth remembering, whatever their rarity. */
    private static final Set<String> PLAIN = Set.of("工作", "问题", "方面", "情况", "时间", "时期", "过程", "基础",
            "方式", "水平", "能力", "作用", "意义", "任务", "要求", "部署", "全省", "我省", "会议", "精神", "人民",
            "同志", "各地", "部门", "干部", "群众", "成效", "活动", "下午", "一线", "事业", "大事");

    /** A quoted formulation (“天府粮仓”, “一极一源、两中心两地”): what a recall exercise is for. */
    private static final Pattern QUOTED = Pattern.compile("“([^“”]{2,16})”");

    private final DocumentLibrary library;
    private final DocumentAnalyzer analyzer;
    private final TermExtractor words;
    private final EnumerationFinder enumerations;

    public RecallMaker(DocumentLibrary library, DocumentAnalyzer analyzer, TermExtractor words) {
        this.library = library;
        this.analyzer = analyzer;
        this.words = words;
        this.enumerations = new EnumerationFinder(words);
    }

    /** The excerpt as a recall exercise; empty when it has no key term to blank. */
    public Optional<RecallExercise> exercise(Excerpt excerpt) {
        Optional<Document> document = library.find(excerpt.docId());
        if (document.isEmpty()) {
            return Optional.empty();
        }
        String text = excerpt.text();
        String whole = wholeText(document.get());
        List<Candidate> candidates = new ArrayList<>();
        for (AnalyzedSentence sentence : analyzer.analyze(document.get())) {
            if (sentence.paragraph() < excerpt.firstParagraph() || sentence.paragraph() > excerpt.lastParagraph()) {
                continue;
            }
            int at = text.indexOf(sentence.text());
            if (at < 0) {
                continue;
            }
            List<Term> segmented = words.words(sentence.text());
            // Every quoted formulation, also those a quiz leaves out as giving themselves away (“天府粮仓”): to
            // write out from memory, they are the first thing to know.
            Matcher quoted = QUOTED.matcher(sentence.text());
            while (quoted.find()) {
                if (occurrences(text, quoted.group(1)) <= MAX_IN_EXCERPT) {
                    candidates.add(new Candidate(quoted.group(1), at + quoted.start(1), 5, at, -1));
                }
            }
            for (Fact fact : sentence.facts()) {
                int score = score(fact.kind());
                String term = fact.answer(sentence.text());
                boolean rare = fact.kind() == FactKind.QUOTED || occurrences(whole, term) <= MAX_OCCURRENCES;
                if (score > 0 && rare && occurrences(text, term) <= MAX_IN_EXCERPT
                        && (score > 2 || !everyday(term) && standsApart(segmented, fact.start(), term.length()))) {
                    candidates.add(new Candidate(term, at + fact.start(), score, at, -1));
                }
            }
            for (Term word : segmented) {
                // Rare nouns of the sentence (科教大省, 实体经济): the least of the key terms, when too few others.
                String nature = word.nature == null ? "" : word.nature.toString();
                if ((nature.startsWith("n") && !nature.startsWith("nr") && !nature.startsWith("ns")
                        || nature.equals("vn")) && word.word.length() >= 2
                        && word.word.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN)
                        && occurrences(whole, word.word) <= 2 && occurrences(text, word.word) == 1
                        && !everyday(word.word) && standsApart(segmented, word.offset, word.word.length())) {
                    candidates.add(new Candidate(word.word, at + word.offset, 1, at, -1));
                }
            }
            // Every list, also those a quiz cannot ask (…检视整改、干部队伍教育整顿等): each item is worth recalling.
            List<Enumeration> lists = enumerations.find(sentence.text());
            for (int l = 0; l < lists.size(); l++) {
                int cursor = lists.get(l).start();
                for (String item : lists.get(l).items()) {
                    int found = sentence.text().indexOf(item, cursor);
                    if (found < 0) {
                        break;
                    }
                    if (occurrences(text, item) <= MAX_IN_EXCERPT && startsWord(text, at + found)) {
                        candidates.add(new Candidate(item, at + found, 4, at, at * 100 + l));
                    }
                    cursor = found + item.length();
                }
            }
        }
        return choose(text, candidates, excerpt.length());
    }

    /**
     * What a key fact is worth as a blank; 0: never blanked here. Places are left out (a name is no formulation to
     * remember), and so are swaps (two places traded) and enumerations, whose items are blanked one by one instead.
     */
    private static int score(FactKind kind) {
        return switch (kind) {
            case QUOTED -> 5;
            case PARALLEL -> 4;
            case NUMBER, DATE -> 3;
            case TERM, DOCUMENT -> 2;
            case PLACE, SWAP, ENUMERATION -> 0;
        };
    }

    private static Optional<RecallExercise> choose(String text, List<Candidate> candidates, int length) {
        int target = Math.clamp(Math.round(length / (float) CHARS_PER_BLANK), MIN_BLANKS, MAX_BLANKS);
        List<Candidate> ranked = new ArrayList<>(candidates);
        // Best kind first; among equals, longer terms (more to remember) and then the earlier one.
        ranked.sort(Comparator.comparingInt((Candidate c) -> -c.score())
                .thenComparingInt(c -> -c.term().length()).thenComparingInt(Candidate::start));
        Map<Integer, Integer> perSentence = new HashMap<>();
        Map<Integer, Integer> perList = new HashMap<>();
        Map<Integer, Integer> listSizes = new HashMap<>();
        candidates.stream().filter(c -> c.list() >= 0).forEach(c -> listSizes.merge(c.list(), 1, Integer::sum));
        Map<String, List<int[]>> chosen = new LinkedHashMap<>();
        List<int[]> taken = new ArrayList<>();
        for (Candidate c : ranked) {
            if (chosen.size() >= target || chosen.containsKey(c.term()) || c.term().length() < 2) {
                continue;
            }
            if (perSentence.getOrDefault(c.sentence(), 0) >= 3
                    || c.list() >= 0 && perList.getOrDefault(c.list(), 0) >= Math.min(3, listSizes.get(c.list()) - 1)) {
                continue;
            }
            List<int[]> spans = spans(text, c.term(), taken);
            if (spans.isEmpty()) {
                continue;
            }
            chosen.put(c.term(), spans);
            taken.addAll(spans);
            perSentence.merge(c.sentence(), 1, Integer::sum);
            if (c.list() >= 0) {
                perList.merge(c.list(), 1, Integer::sum);
            }
        }
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(build(text, chosen));
    }

    /** Every occurrence of the term that keeps its distance from the blanks taken; none when the first cannot. */
    private static List<int[]> spans(String text, String term, List<int[]> taken) {
        List<int[]> spans = new ArrayList<>();
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length())) {
            int[] span = {i, i + term.length()};
            if (taken.stream().noneMatch(t -> span[0] < t[1] + GAP && t[0] < span[1] + GAP)
                    && spans.stream().noneMatch(t -> span[0] < t[1] + GAP && t[0] < span[1] + GAP)) {
                spans.add(span);
            } else if (spans.isEmpty()) {
                return List.of();
            }
        }
        return spans;
    }

    /** The exercise: blanks numbered in the order they first appear. */
    private static RecallExercise build(String text, Map<String, List<int[]>> chosen) {
        List<int[]> all = new ArrayList<>();
        Map<int[], String> termOf = new HashMap<>();
        chosen.forEach((term, spans) -> spans.forEach(span -> {
            all.add(span);
            termOf.put(span, term);
        }));
        all.sort(Comparator.comparingInt(span -> span[0]));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<RecallExercise.Piece> pieces = new ArrayList<>();
        int from = 0;
        for (int[] span : all) {
            if (span[0] > from) {
                pieces.add(new RecallExercise.Piece.Text(text.substring(from, span[0])));
            }
            int number = numbers.computeIfAbsent(termOf.get(span), t -> numbers.size() + 1);
            pieces.add(new RecallExercise.Piece.Blank(number));
            from = span[1];
        }
        if (from < text.length()) {
            pieces.add(new RecallExercise.Piece.Text(text.substring(from)));
        }
        return new RecallExercise(pieces, List.copyOf(numbers.keySet()));
    }

    /**
     * Whether a term at {@code start} surely starts a word: after punctuation, a list's 、, or a word that binds
     * phrases (的, 对, 把…). After any other character it may be the tail of a word the segmenter split (运会 of
     * 大运会, 蜀兴川 of 治蜀兴川), and a blank there would cut the word in two.
     */
    static boolean startsWord(String text, int start) {
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        return Character.UnicodeScript.of(before) != Character.UnicodeScript.HAN || BINDERS.indexOf(before) >= 0;
    }

    /**
     * Whether a word of the segmented sentence at {@code start} stands apart: the words on both sides are no lone
     * characters, which is what is left when the segmenter splits a word it does not know (大/运会 of 大运会,
     * 三星/堆 of 三星堆); a lone binding word (的, 对) or punctuation is fine.
     */
    static boolean standsApart(List<Term> words, int start, int length) {
        for (int i = 0; i < words.size(); i++) {
            Term word = words.get(i);
            if (word.offset == start && word.word.length() == length) {
                return (i == 0 || !lone(words.get(i - 1).word))
                        && (i == words.size() - 1 || !lone(words.get(i + 1).word));
            }
        }
        return false;
    }

    /** Whether a word is everyday language: frequent in HanLP's general dictionary (0 for a word it lacks). */
    static boolean everyday(String word) {
        return PLAIN.contains(word) || CoreDictionary.getTermFrequency(word) > MAX_EVERYDAY_FREQUENCY;
    }

    private static boolean lone(String word) {
        return word.length() == 1 && Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.HAN
                && BINDERS.indexOf(word.charAt(0)) < 0;
    }

    private static String wholeText(Document document) {
        StringBuilder out = new StringBuilder();
        document.paragraphs().forEach(p -> out.append(p.text()).append('\n'));
        return out.toString();
    }

    private static int occurrences(String text, String term) {
        int count = 0;
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length())) {
            count++;
        }
        return count;
    }

    /**
     * A term that could be blanked.
     *
     * @param term     its text
     * @param start    its offset in the excerpt's text
     * @param score    how much it is worth remembering
     * @param sentence the offset of its sentence (blanks per sentence are limited)
     * @param list     the enumeration it is an item of, or -1
     */
    private record Candidate(String term, int start, int score, int sentence, int list) {
    }
}
