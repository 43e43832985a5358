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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an excerpt a recall exercise (默写) by blanking its key terms: quoted formulations, set formulations (走深走实,
 * 一极一源), the items of lists, what the quiz asks about its sentences ({@link DocumentAnalyzer}'s facts and the
 * quiz's answers), numbers, named places, and when they are too few, runs of nouns (自然遗产) and rare nouns of its
 * sentences ({@link TermExtractor#words}); formulations and list items first; about one blank per 45 characters
 * (3 to 8); never two blanks side by side, and never every item of a list, so that the sentence stays a cue. Words
 * the document repeats all the time (总书记, 四川) are too easy to be worth a blank, and so are plain words of everyday
 * language (国际, 进行, 基层: frequent in HanLP's general dictionary), everyday words put together (战略部署), and
 * phrases with 的; a noun is blanked only where the segmenter finds it whole (not 三星 of 三星堆) and not inside a
 * run of nouns (not 遗产 of 自然遗产). Nothing the day's question shows is blanked. The same excerpt and question
 * always give the same exercise.
 */
public final class RecallMaker {

    static final int MIN_BLANKS = 3;
    static final int MAX_BLANKS = 8;
    static final int CHARS_PER_BLANK = 45;
    /** A word the document uses more often than this is no test of memory. */
    static final int MAX_OCCURRENCES = 4;
    /** A term the excerpt repeats more often than this would turn it into a page of blanks. */
    static final int MAX_IN_EXCERPT = 2;
    /** A goal as such texts set it: a verb of reaching, 新 and what is reached (再上新台阶, 实现新突破). */
    private static final Pattern GOAL = Pattern.compile("(?:再上|迈上|取得|开创|实现|展现|创造)新\\p{IsHan}{2}");
    /** Characters of a long sentence that allow it one more blank than three. */
    static final int CHARS_PER_EXTRA_BLANK = 60;
    /** Fewest characters kept between two blanks. */
    static final int GAP = 2;
    /**
     * A plain word (not quoted, no list item, no number) more frequent than this in HanLP's general dictionary
     * (国际, 进行, 基层, 优势) is everyday language, not the document's own wording (生猪, 台账, 要义).
     */
    static final int MAX_EVERYDAY_FREQUENCY = 30;
    /** Longest run of nouns taken as one term; a longer run is a phrase. */
    static final int LONGEST_COMPOUND = 6;

    /** Characters after which a new word starts. */
    private static final String BINDERS = "的和与及对把将为在于以从向是有了等着过并而或列";
    /** Nouns too plain to be worth remembering, whatever their rarity. */
    private static final Set<String> PLAIN = Set.of("工作", "问题", "方面", "情况", "时间", "时期", "过程", "基础",
            "方式", "水平", "能力", "作用", "意义", "任务", "要求", "部署", "全省", "我省", "会议", "精神", "人民",
            "同志", "各地", "部门", "干部", "群众", "成效", "活动", "下午", "一线", "事业", "大事", "领导", "书记");


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
        return exercise(excerpt, List.of(), List.of());
    }

    /**
     * The excerpt as a recall exercise that blanks nothing the given texts show (the stem and options of the day's
     * question: a blank the question spells out, or asks for, is given away); empty when it has no key term left.
     * The quiz's answers about the excerpt's sentences (a document's key word, a fact, the items of a list) are
     * blanks worth as much as a list item: the quiz side chose them as what to know. The answers of one question
     * are taken as a list, never all blanked.
     */
    public Optional<RecallExercise> exercise(Excerpt excerpt, List<String> shown, List<List<String>> quizAnswers) {
        Optional<Document> document = library.find(excerpt.docId());
        if (document.isEmpty()) {
            return Optional.empty();
        }
        String text = excerpt.text();
        String whole = wholeText(document.get());
        List<Candidate> candidates = new ArrayList<>();
        Map<Integer, Integer> sentenceLengths = new HashMap<>();
        for (AnalyzedSentence sentence : analyzer.analyze(document.get())) {
            if (sentence.paragraph() < excerpt.firstParagraph() || sentence.paragraph() > excerpt.lastParagraph()) {
                continue;
            }
            int at = text.indexOf(sentence.text());
            if (at < 0) {
                continue;
            }
            sentenceLengths.put(at, sentence.text().length());
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
            for (Formulation f : formulations(sentence.text(), segmented)) {
                if (occurrences(text, f.text()) <= MAX_IN_EXCERPT) {
                    candidates.add(new Candidate(f.text(), at + f.start(), 4, at, -1));
                }
            }
            for (int g = 0; g < quizAnswers.size(); g++) {
                List<String> answers = quizAnswers.get(g);
                int list = answers.size() > 1 ? at * 100 + 50 + g : -1;
                for (String answer : answers) {
                    int found = sentence.text().indexOf(answer);
                    if (found >= 0 && answer.length() >= 2 && occurrences(text, answer) <= MAX_IN_EXCERPT
                            && !everyday(answer) && startsWord(segmented, sentence.text(), found)) {
                        candidates.add(new Candidate(answer, at + found, 4, at, list));
                    }
                }
            }
            for (Formulation compound : compounds(segmented)) {
                // A run of nouns is one term (自然遗产, 生态文明建设): a blank on one of them leaves a fragment.
                // Not around a word the document says all the time (总书记指引): that part is no test of memory.
                if (occurrences(whole, compound.text()) <= 2 && occurrences(text, compound.text()) == 1
                        && !generic(compound.text()) && words.words(compound.text()).stream()
                        .noneMatch(w -> w.word.length() > 1 && occurrences(whole, w.word) > MAX_OCCURRENCES * 2)) {
                    candidates.add(new Candidate(compound.text(), at + compound.start(), 2, at, -1));
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
                        && !everyday(word.word) && standsApart(segmented, word.offset, word.word.length())
                        && !inCompound(segmented, word)) {
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
                    if (occurrences(text, item) <= MAX_IN_EXCERPT && startsWord(segmented, sentence.text(), found)) {
                        candidates.add(new Candidate(item, at + found, 4, at, at * 100 + l));
                    }
                    cursor = found + item.length();
                }
            }
        }
        // A phrase with 的 in it is no term (提出的重要要求), nor are everyday words put together (战略部署).
        candidates.removeIf(c -> showsOrAsks(shown, c.term())
                || c.score() < 5 && (c.term().contains("的") || c.score() <= 2 && generic(c.term())));
        return choose(text, candidates, excerpt.length(), sentenceLengths);
    }

    /**
     * Whether one of the texts shows the term (a stem that spells it out, an option that is it) or the term holds
     * one of them (an option that is part of it, as an item of a list is of the list).
     */
    static boolean showsOrAsks(List<String> shown, String term) {
        return shown.stream().anyMatch(s -> s.contains(term) || s.length() >= 2 && term.contains(s));
    }

    /**
     * What a key fact is worth as a blank; 0: never blanked here. A named place (三星堆, 翠云廊) counts as a plain
     * term; swaps (two places traded) and enumerations are left out, their items are blanked one by one instead.
     */
    private static int score(FactKind kind) {
        return switch (kind) {
            case QUOTED -> 5;
            case PARALLEL -> 4;
            case NUMBER, DATE -> 3;
            case TERM, DOCUMENT -> 2;
            case SWAP, ENUMERATION -> 0;
            case PLACE -> 2;
        };
    }

    private static Optional<RecallExercise> choose(String text, List<Candidate> candidates, int length,
                                                   Map<Integer, Integer> sentenceLengths) {
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
            // Three blanks a sentence, one more for every further 60 characters of a long one.
            int most = 3 + sentenceLengths.getOrDefault(c.sentence(), 0) / CHARS_PER_EXTRA_BLANK;
            if (perSentence.getOrDefault(c.sentence(), 0) >= most
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

    /**
     * Whether a term at {@code start} of a sentence starts a word: {@link #startsWord(String, int)}, or the segmenter
     * starts a word there after a word it knows (深入/广元, 构筑/向/西: the first item of a list after a verb), not
     * after a lone character (大/运会).
     */
    static boolean startsWord(List<Term> words, String sentence, int start) {
        if (startsWord(sentence, start)) {
            return true;
        }
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).offset == start) {
                return !lone(words.get(i - 1).word);
            }
        }
        return false;
    }

    /**
     * The set formulations of a sentence: a character repeated before each of two or three parts (走深走实, 一极一源,
     * 自立自强, 新理念新主张新倡议, 最权威最深刻最有力), starting and ending where the segmenter has word bounds;
     * and the goals such texts set (再上新台阶, 实现新突破, 开创新局面).
     */
    static List<Formulation> formulations(String sentence, List<Term> words) {
        Set<Integer> bounds = new HashSet<>();
        for (Term w : words) {
            bounds.add(w.offset);
            bounds.add(w.offset + w.word.length());
        }
        List<Formulation> out = new ArrayList<>();
        Matcher goal = GOAL.matcher(sentence);
        while (goal.find()) {
            if (bounds.contains(goal.end())) {
                out.add(new Formulation(goal.group(), goal.start()));
            }
        }
        int from = 0;
        while (from < sentence.length()) {
            Optional<String> found = bounds.contains(from) ? formulationAt(sentence, from, bounds) : Optional.empty();
            if (found.isPresent()) {
                out.add(new Formulation(found.get(), from));
                from += found.get().length();
            } else {
                from++;
            }
        }
        return out;
    }

    /** The longest formulation starting at {@code start} that ends on a word bound, if any. */
    private static Optional<String> formulationAt(String sentence, int start, Set<Integer> bounds) {
        char lead = sentence.charAt(start);
        if (!han(lead) || BINDERS.indexOf(lead) >= 0 || lead == '各') {
            return Optional.empty();
        }
        String best = null;
        for (int first = 1; first <= 2; first++) {
            for (int second = 1; second <= 2; second++) {
                int two = start + 1 + first + 1 + second;
                if (!repeats(sentence, start, start + 1 + first, two)) {
                    continue;
                }
                String a = sentence.substring(start + 1, start + 1 + first);
                String b = sentence.substring(start + 2 + first, two);
                if (!a.equals(b) && bounds.contains(two) && BINDERS.indexOf(sentence.charAt(two - 1)) < 0
                        && (best == null || two - start > best.length())) {
                    best = sentence.substring(start, two);
                }
                for (int third = 1; third <= 2; third++) {
                    int three = two + 1 + third;
                    if (repeats(sentence, start, two, three) && bounds.contains(three)
                            && BINDERS.indexOf(sentence.charAt(three - 1)) < 0 && !a.equals(b)
                            && (best == null || three - start > best.length())) {
                        best = sentence.substring(start, three);
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the character at {@code at} repeats the lead and the Han run up to {@code end} is in the sentence. */
    private static boolean repeats(String sentence, int lead, int at, int end) {
        if (end > sentence.length() || sentence.charAt(at) != sentence.charAt(lead)) {
            return false;
        }
        for (int i = lead; i < end; i++) {
            if (!han(sentence.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * The runs of two or more nouns and noun-like words, side by side, of 4 to {@value #LONGEST_COMPOUND} characters
     * (自然遗产, 外国元首政要), with no plain word in them (not 方面全过程) and no lone character beside them (not
     * 运会开幕式 of 大/运会开幕式).
     */
    static List<Formulation> compounds(List<Term> words) {
        List<Formulation> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            // A verbal noun opens no run: it acts on what follows (保护/自然遗产), 建设 of 生态文明建设 ends one.
            while (i < words.size() && nounLike(words.get(i)) && "vn".equals(String.valueOf(words.get(i).nature))) {
                i++;
            }
            int j = i;
            while (j < words.size() && nounLike(words.get(j))) {
                j++;
            }
            if (j - i >= 2) {
                StringBuilder run = new StringBuilder();
                words.subList(i, j).forEach(w -> run.append(w.word));
                boolean plain = words.subList(i, j).stream().anyMatch(w -> PLAIN.contains(w.word));
                boolean apart = (i == 0 || !lone(words.get(i - 1).word)) && (j == words.size() || !lone(words.get(j).word));
                if (run.length() >= 4 && run.length() <= LONGEST_COMPOUND && !plain && apart) {
                    out.add(new Formulation(run.toString(), words.get(i).offset));
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /** Whether a noun has a noun-like word right beside it: then it is part of a compound, not a term alone. */
    private static boolean inCompound(List<Term> words, Term word) {
        int i = words.indexOf(word);
        return i > 0 && nounLike(words.get(i - 1)) || i >= 0 && i < words.size() - 1 && nounLike(words.get(i + 1));
    }

    private static boolean nounLike(Term word) {
        String nature = word.nature == null ? "" : word.nature.toString();
        return word.word.length() >= 2 && (nature.startsWith("n") && !nature.startsWith("nr") || nature.equals("vn")
                || nature.equals("gi") || nature.equals("gm") || nature.equals("gb"))
                && word.word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * Whether a term is everyday words only, one of them a plain one (战略部署: 战略 + 部署): nothing in it is the
     * document's own wording. Everyday words may make a term of their own (自然遗产, 生态文明建设).
     */
    boolean generic(String term) {
        if (everyday(term)) {
            return true;
        }
        for (String plain : PLAIN) {
            // The segmenter may know the whole (战略部署) as one word: a plain word closing an everyday one.
            if (term.length() > plain.length() && term.endsWith(plain)
                    && everyday(term.substring(0, term.length() - plain.length()))) {
                return true;
            }
        }
        List<Term> parts = words.words(term);
        return parts.size() > 1 && parts.stream().allMatch(p -> p.word.length() == 1 || everyday(p.word))
                && parts.stream().anyMatch(p -> PLAIN.contains(p.word));
    }

    /**
     * A set formulation or a compound found in a sentence.
     *
     * @param text  its text
     * @param start its offset in the sentence
     */
    record Formulation(String text, int start) {
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
