package dev.studybot.quiz;

import dev.studybot.document.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Generates the questions of some documents: first what to ask (the key facts of {@link FactFinder}, best first in
 * each sentence), then how ({@link QuestionWriter}). The pool goes round the sentences: each round asks one more fact
 * of every sentence that has one left, so the first questions of a pool spread over the whole document and a short
 * report's sentences are asked at most twice in its first forty; facts close to another of their sentence (翠云廊
 * inside the 翠云廊/三星堆 swap, 忧患意识 beside 底线思维) wait until every other fact has been asked. Every fact is asked once, in the type that
 * suits it and keeps the four types balanced, before any fact is asked a second time in another type. Each question
 * is checked against {@link QuestionRules} before it is kept. The same documents and seed give the same questions
 * in the same order.
 */
public final class QuestionGenerator {

    /** No type may make up more than this share of a pool. */
    static final double MAX_TYPE_SHARE = 0.4;
    /**
     * A block smaller than this is followed by the questions that do least harm beside it: sixty, more than the forty
     * of an export an organiser rates.
     */
    private static final int EXTENDED = 60;
    /** How many of the last questions placed {@link #interleave} looks at for a third on one family of siblings. */
    private static final int FAMILY_WINDOW = 60;
    /** How many questions past those that clash with nothing {@link #interleave} orders by least harm. */
    private static final int LEAST_HARM = 12;
    /** How far ahead {@link #interleave} looks for a question of a type not asked lately. */
    private static final int LOOKAHEAD = 8;
    /** How often a sentence may be asked before every sentence has been asked as often. */
    private static final int TWICE = 2;
    /** What a third question on one set of siblings costs in {@link #interleave}: more than a sentence's fifth. */
    private static final int ECHO = 3;
    /** What a fact asked a second time costs in {@link #interleave}: more than any new fact. */
    private static final int ASKED = 1000;
    /**
     * What a question that clashes with one of the current block costs in {@link #interleave} ({@link DrawRules}: one
     * clause asked twice, or one question showing another's answer): more than anything else.
     */
    private static final int CLASH = 1_000_000;
    /** How much a type's place in a fact's preferences weighs against the types' counts. */
    private static final double PREFERENCE = 1.0;
    /** How much more a whole list wants its own type, 多选: one item of it blanked is a weaker question. */
    private static final double LIST_PREFERENCE = 2.0;

    private final DocumentAnalyzer analyzer;
    private final QuestionRules rules = new QuestionRules();

    public QuestionGenerator(DocumentAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Every question the documents in scope give, each fact once before any fact twice, spread over the sentences
     * and balanced by type.
     *
     * @param inScope the documents to ask about
     * @param library every document (kept for callers; wrong options come from the facts' own kinds)
     * @param seed    the seed of every random choice
     */
    public List<Question> generate(List<Document> inScope, List<Document> library, long seed) {
        Random random = new Random(seed);
        QuestionWriter writer = new QuestionWriter(corpus(inScope), random, inScope.size() > 1, analyzer.lexicon());
        List<List<Asked>> sentences = new ArrayList<>();
        List<List<Asked>> close = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Map<Set<String>, Integer> frames = new HashMap<>();
        for (Document document : inScope) {
            for (AnalyzedSentence sentence : analyzer.analyze(document)) {
                List<Asked> facts = new ArrayList<>();
                for (Fact fact : sentence.facts()) {
                    // The document's headline (谱写中国式现代化四川新篇章) stands above every reading of it: a blank
                    // on its slogan is answered from the title.
                    if (!preferences(fact.kind()).isEmpty() && !inTitle(document, sentence, fact)
                            && keys.add(fact.key())) {
                        facts.add(new Asked(sentence, fact, new ArrayList<>(preferences(fact.kind()))));
                    }
                }
                List<Asked> apart = apart(facts);
                // Past two of one parallel frame (精准/同时/全面/持续发力), the rest wait: four such questions in one
                // quiz ask one thing four times and their options hint at each other.
                apart.removeIf(a -> a.fact().kind() == FactKind.PARALLEL
                        && frames.merge(frame(a.sentence(), a.fact()), 1, Integer::sum) > TWICE);
                facts.removeAll(apart);
                sentences.add(apart);
                close.add(facts);
            }
        }
        Map<QuestionType, Integer> counts = new EnumMap<>(QuestionType.class);
        for (QuestionType type : QuestionType.values()) {
            counts.put(type, 0);
        }
        List<Question> pool = new ArrayList<>();
        Set<String> prompts = new HashSet<>();
        // First every fact once, round by round over the sentences, those close to another fact of their sentence
        // after all the others; then each asked fact in its other types.
        List<List<Asked>> asked = sentences.stream().map(l -> (List<Asked>) new ArrayList<Asked>()).toList();
        Step first = (i, fact) -> {
            Optional<Question> q = next(fact, writer, counts, pool, prompts);
            q.ifPresent(question -> asked.get(i).add(fact));
            return q.isPresent();
        };
        // No question on the documents a meeting reviewed nor on a pair of quoted formulations (the former
        // KeyPoints): blind readers rejected both kinds in every round (a title copied, a genre word quibbled over, a
        // formulation its pair gives away), no draw took them, and a daily question could still show one unreviewed.
        rounds(sentences, random, first);
        rounds(close, random, first);
        for (int pass = 1; pass < QuestionType.values().length; pass++) {
            rounds(asked, random, (i, fact) -> next(fact, writer, counts, pool, prompts).isPresent());
        }
        return balance(pool);
    }

    /** Whether the fact's words stand in the document's title or subtitle. */
    private static boolean inTitle(Document document, AnalyzedSentence sentence, Fact fact) {
        String answer = sentence.text().substring(fact.start(), fact.end());
        return answer.length() >= 4 && document.fullTitle().contains(answer);
    }

    /**
     * The questions with the true/false statements among the first {@code upTo} moved between their places in a
     * seeded order: the order {@link #interleave} gives them alternates 正确 and 错误 where it can, a pattern a
     * reader learns to answer by. The set of questions in each place range, and so every draw rule, is unchanged.
     */
    public static List<Question> shuffleStatements(List<Question> questions, int upTo, long seed) {
        List<Question> out = new ArrayList<>(questions);
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < Math.min(upTo, out.size()); i++) {
            if (out.get(i).type() == QuestionType.TRUE_FALSE) {
                places.add(i);
            }
        }
        List<Question> statements = new ArrayList<>(places.stream().map(out::get).toList());
        Collections.shuffle(statements, new Random(seed));
        for (int i = 0; i < places.size(); i++) {
            out.set(places.get(i), statements.get(i));
        }
        return out;
    }

    /** What to do with a fact in a round: ask it, saying whether a question came of it. */
    private interface Step {
        boolean ask(int sentence, Asked fact);
    }

    /**
     * Goes round the sentences, in a new random order each round, giving each its next fact until one yields a
     * question, until no sentence has facts left.
     */
    private static void rounds(List<List<Asked>> sentences, Random random, Step step) {
        int[] next = new int[sentences.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        boolean left = true;
        for (int round = 0; left; round++) {
            left = false;
            Collections.shuffle(order, random);
            if (round >= 2) {
                // Past two a sentence, the sentences with most left to ask (the long ones) go first.
                order.sort(Comparator.comparingInt(i -> next[i] - sentences.get(i).size()));
            }
            for (int i : order) {
                List<Asked> facts = sentences.get(i);
                while (next[i] < facts.size() && !step.ask(i, facts.get(next[i]++))) {
                    // this fact gives no question of the kind asked now: the sentence's next one
                }
                left |= next[i] < facts.size();
            }
        }
    }

    /** The terms of a parallel fact's frame: its answer and its siblings. */
    private static Set<String> frame(AnalyzedSentence s, Fact fact) {
        Set<String> terms = new java.util.TreeSet<>(fact.wrong());
        terms.add(fact.answer(s.text()));
        return terms;
    }

    /**
     * The facts in their order that are not close to an earlier one: overlapping it (翠云廊 inside the swap of
     * 翠云廊/三星堆) or of its kind in the same clause (树牢【底线思维】、增强【忧患意识】; the genres of two titles).
     * Asked side by side, such facts make near-identical questions.
     */
    private static List<Asked> apart(List<Asked> facts) {
        List<Asked> first = new ArrayList<>();
        for (Asked a : facts) {
            Clauses clauses = Clauses.of(a.sentence().text());
            boolean close = first.stream().anyMatch(k -> a.fact().from() < k.fact().to()
                    && k.fact().from() < a.fact().to() || k.fact().kind() == a.fact().kind()
                    && !a.fact().isEnumeration() && clauses.at(k.fact().start()) == clauses.at(a.fact().start()));
            if (!close) {
                first.add(a);
            }
        }
        return first;
    }

    /**
     * The fact's next question (of the types it has left, the one least used so far, preferences weighing in),
     * added to the pool unless the pool has it already.
     */
    private Optional<Question> next(Asked asked, QuestionWriter writer, Map<QuestionType, Integer> counts,
                                    List<Question> pool, Set<String> prompts) {
        List<QuestionType> left = asked.left();
        while (!left.isEmpty()) {
            List<QuestionType> order = new ArrayList<>(left);
            double weight = asked.fact().isEnumeration() ? LIST_PREFERENCE : PREFERENCE;
            order.sort(Comparator.comparingDouble(t -> counts.get(t) + weight * left.indexOf(t)));
            QuestionType type = order.get(0);
            left.remove(type);
            Optional<Question> q = writer.write(type, asked.sentence(), asked.fact())
                    .filter(question -> rules.violations(question).isEmpty())
                    .filter(question -> !predictable(question))
                    .filter(question -> prompts.add(question.prompt() + question.options()));
            if (q.isPresent()) {
                pool.add(q.get());
                counts.merge(type, 1, Integer::sum);
                return q;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the question's answer is read from its stem by a fixed collocation or a topic's cue words
     * ({@link Lexicon#predictable}: 遏制（重特大）安全生产事故; 统筹发展和安全 beside 底线思维、忧患意识).
     */
    private boolean predictable(Question q) {
        List<String> answers = q.type() == QuestionType.TRUE_FALSE
                ? DrawRules.asked(q).answers() : q.answers().stream().map(q.options()::get).toList();
        return answers.stream().anyMatch(a -> analyzer.lexicon().predictable(a, q.prompt()));
    }

    /** The types that suit a kind of fact, best first. */
    static List<QuestionType> preferences(FactKind kind) {
        return switch (kind) {
            case DATE -> List.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE);
            case NUMBER, PLACE, PARALLEL -> List.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE,
                    QuestionType.FILL_BLANK);
            case TERM, QUOTED -> List.of(QuestionType.FILL_BLANK, QuestionType.SINGLE_CHOICE,
                    QuestionType.TRUE_FALSE);
            // The genre word of a title (意见 in 《…的意见》) is no fact worth a question: the title around it shows
            // all else, and 决定 or 方案 read as well.
            case DOCUMENT -> List.of();
            case ENUMERATION -> List.of(QuestionType.MULTIPLE_CHOICE, QuestionType.FILL_BLANK,
                    QuestionType.TRUE_FALSE, QuestionType.SINGLE_CHOICE);
            // Two terms traded in a statement (在三星堆对保护自然遗产…) are told apart at a glance by what each is said
            // of, and stated as written they copy the sentence: a swap is a choice of which goes with which (翠云廊；
            // 三星堆 beside 九寨沟；三星堆), the comparison every round-5 reader asked for.
            case SWAP -> List.of(QuestionType.SINGLE_CHOICE);
        };
    }

    /** Drops the last questions of the most frequent types until none exceeds {@link #MAX_TYPE_SHARE}. */
    private static List<Question> balance(List<Question> pool) {
        List<Question> out = new ArrayList<>(pool);
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<QuestionType, Integer> counts = new EnumMap<>(QuestionType.class);
            out.forEach(q -> counts.merge(q.type(), 1, Integer::sum));
            for (Map.Entry<QuestionType, Integer> e : counts.entrySet()) {
                if (e.getValue() > MAX_TYPE_SHARE * out.size()) {
                    for (int i = out.size() - 1; i >= 0; i--) {
                        if (out.get(i).type() == e.getKey()) {
                            out.remove(i);
                            changed = true;
                            break;
                        }
                    }
                    break;
                }
            }
        }
        return out;
    }

    private static String corpus(List<Document> documents) {
        StringBuilder text = new StringBuilder();
        documents.forEach(d -> d.paragraphs().forEach(p -> text.append(p.text()).append('\n')));
        return text.toString();
    }

    /** A fact to ask, with the types it has not been asked in yet. */
    private record Asked(AnalyzedSentence sentence, Fact fact, List<QuestionType> left) {
    }

    /**
     * The questions in the pool's order (every fact once before any twice, round by round over the sentences), the
     * types taking turns where the next few questions allow it without asking a sentence a third time while the
     * questions waiting beside it ask one less often; no sentence a third time while a question of a sentence asked
     * less than twice is left; true and false statements in turn where the questions allow it.
     */
    public static List<Question> interleave(List<Question> questions) {
        // First a block as large as can be found in which no two clash (DrawRules), so the first forty of an export are
        // a quiz of their own; then the others.
        DrawRules.Graph graph = DrawRules.Graph.of(questions);
        List<Question> core = DrawRules.block(graph);
        Set<Question> inCore = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        inCore.addAll(core);
        Map<Question, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            index.put(questions.get(i), i);
        }
        List<Question> out = new ArrayList<>(order(core, graph, index, List.of()));
        // A short report's block holds about thirty (two questions a sentence, one a clause): an export of forty goes
        // on with questions that clash with none before them, the long sentences first holding a third, then a fourth.
        // Then, if still short, questions that at least ask no clause asked before (no fact twice).
        // Only the front of an export needs it (a library's block holds hundreds): each pass compares every question
        // left with every one placed.
        List<Question> placed = new ArrayList<>(core);
        for (boolean strict : core.size() < EXTENDED ? new boolean[] {true, false} : new boolean[0]) {
            for (int cap = DrawRules.PER_SENTENCE + 1; cap <= DrawRules.PER_SENTENCE + 2; cap++) {
                List<Question> more = DrawRules.extend(placed,
                        questions.stream().filter(q -> !inCore.contains(q)).toList(), cap, strict);
                inCore.addAll(more);
                out.addAll(order(more, graph, index, placed));
                placed.addAll(more);
            }
        }
        // The rest: the few an export of forty may still need in the order that does least harm, then the others.
        List<Question> least = core.size() >= EXTENDED ? List.of() : DrawRules.leastHarm(placed,
                questions.stream().filter(q -> !inCore.contains(q)).toList(), LEAST_HARM);
        inCore.addAll(least);
        out.addAll(least);
        placed.addAll(least);
        // The rest counts what the front asked only for a short export: a library's thousands of families would be
        // compared with every question left.
        out.addAll(order(questions.stream().filter(q -> !inCore.contains(q)).toList(), graph, index,
                core.size() < EXTENDED ? placed : List.of()));
        return out;
    }

    /**
     * The questions in the order {@link #interleave} describes, in blocks within which no two clash.
     *
     * @param graph which of the questions (and others) clash
     * @param index each question's index in the graph
     * @param before the questions placed before these, whose sentences and facts count as asked
     */
    private static List<Question> order(List<Question> questions, DrawRules.Graph graph,
                                        Map<Question, Integer> index, List<Question> before) {
        List<Question> rest = new ArrayList<>(questions);
        List<Question> out = new ArrayList<>();
        Map<String, Integer> perSentence = new HashMap<>();
        java.util.Deque<QuestionType> recent = new java.util.ArrayDeque<>();
        int[] truths = new int[2];
        Map<String, List<String>> facts = new HashMap<>();
        // The families of the last questions placed only: an echo matters within a quiz or an export's front, and a
        // library's thousands would each be compared with every question left.
        java.util.Deque<Set<String>> families = new java.util.ArrayDeque<>();
        Map<String, List<String>> prompts = new HashMap<>();
        // The questions placed since the last block began: within a block no two clash (DrawRules), so the first
        // forty of an export are a quiz of their own. Of equal choices the one that shuts out fewest goes first.
        java.util.BitSet block = new java.util.BitSet();
        for (Question q : before) {
            perSentence.merge(sentenceOf(q), 1, Integer::sum);
            facts.computeIfAbsent(sentenceOf(q), k -> new ArrayList<>()).add(marked(q));
            remember(families, family(q));
            prompts.computeIfAbsent(sentenceOf(q), k -> new ArrayList<>()).add(q.prompt());
        }
        while (!rest.isEmpty()) {
            // Best a fact not asked yet from a sentence asked less than twice; then a new fact from a sentence asked
            // least, the longest sentence first (it holds the most distinct facts); a fact a second time last.
            int best = Integer.MAX_VALUE;
            int at = 0;
            int[] costs = new int[rest.size()];
            for (int i = 0; i < rest.size(); i++) {
                costs[i] = Integer.MAX_VALUE;
            }
            for (int i = 0; i < rest.size() && (i < LOOKAHEAD || best > 0); i++) {
                costs[i] = cost(rest.get(i), perSentence, facts, prompts, families, truths)
                        + (graph.clashes()[index.get(rest.get(i))].intersects(block) ? CLASH : 0);
                if (costs[i] < best) {
                    best = costs[i];
                    at = i;
                }
            }
            if (best >= CLASH) {
                block.clear(); // every question left clashes with the block: the next block begins
                continue;
            }
            int window = Math.min(Math.max(at + 1, LOOKAHEAD), rest.size());
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < window; i++) {
                if (costs[i] == best) {
                    candidates.add(i);
                }
            }
            if (best > 0) {
                int longest = candidates.stream().mapToInt(i -> rest.get(i).source().text().length()).max()
                        .orElse(0);
                candidates.removeIf(i -> rest.get(i).source().text().length() < longest);
            }
            candidates.sort(Comparator.comparingInt(i -> graph.degree(index.get(rest.get(i)))));
            // True and false statements take turns where they can: a run of 错误 teaches to answer 错误.
            int lean = truths[0] - truths[1];
            List<Integer> balanced = candidates.stream().filter(i -> rest.get(i).type() != QuestionType.TRUE_FALSE
                    || Math.abs(lean + (rest.get(i).answers().get(0) == 0 ? 1 : -1)) <= 2).toList();
            if (!balanced.isEmpty()) {
                candidates = new ArrayList<>(balanced);
            }
            int pick = -1;
            for (int i : candidates) {
                if (pick < 0 && !recent.contains(rest.get(i).type())) {
                    pick = i;
                }
            }
            // Else at least not the type just asked.
            for (int i : candidates) {
                if (pick < 0 && (recent.isEmpty() || rest.get(i).type() != recent.peekLast())) {
                    pick = i;
                }
            }
            pick = pick < 0 ? candidates.get(0) : pick;
            Question next = rest.remove(pick);
            out.add(next);
            block.set(index.get(next));
            if (next.type() == QuestionType.TRUE_FALSE) {
                truths[next.answers().get(0)]++;
            }
            perSentence.merge(sentenceOf(next), 1, Integer::sum);
            facts.computeIfAbsent(sentenceOf(next), k -> new ArrayList<>()).add(marked(next));
            remember(families, family(next));
            prompts.computeIfAbsent(sentenceOf(next), k -> new ArrayList<>()).add(next.prompt());
            recent.addLast(next.type());
            if (recent.size() >= QuestionType.values().length) {
                recent.removeFirst();
            }
        }
        return out;
    }

    /**
     * 0 for a new fact of a sentence asked less than twice, 1 for one asked twice and so on, {@link #ASKED} for a fact asked: one
     * whose marked answer holds or lies in one asked of the sentence (an item of a list asked as a whole).
     */
    private static int cost(Question q, Map<String, Integer> perSentence, Map<String, List<String>> facts,
                            Map<String, List<String>> prompts, java.util.Deque<Set<String>> families, int[] truths) {
        String marked = marked(q);
        boolean asked = facts.getOrDefault(sentenceOf(q), List.of()).stream()
                .anyMatch(m -> m.contains(marked) || marked.contains(m));
        Set<String> family = family(q);
        long echoes = families.stream().filter(f -> f.stream().anyMatch(family::contains)).count();
        // Two questions of one sentence where one's stem shows the other's answer (…一年多时间（ ）… beside
        // …（ ）时间第二次…) give each other away.
        boolean hinted = prompts.getOrDefault(sentenceOf(q), List.of()).stream().anyMatch(p -> p.contains(marked))
                || facts.getOrDefault(sentenceOf(q), List.of()).stream().anyMatch(q.prompt()::contains);

        // A statement whose answer (正确 or 错误) would make the one two ahead of the other waits a little.
        boolean lopsided = q.type() == QuestionType.TRUE_FALSE
                && Math.abs(truths[0] - truths[1] + (q.answers().get(0) == 0 ? 1 : -1)) > TWICE;
        return asked ? ASKED : Math.max(0, asked(perSentence, q) - TWICE + 1) + (echoes >= TWICE ? ECHO : 0)
                + (lopsided ? 1 : 0) + (hinted ? 1 : 0);
    }

    /** Adds a placed question's family, forgetting the oldest past {@value #FAMILY_WINDOW}. */
    private static void remember(java.util.Deque<Set<String>> families, Set<String> family) {
        families.addLast(family);
        if (families.size() > FAMILY_WINDOW) {
            families.removeFirst();
        }
    }

    /**
     * The terms a question puts before the member: its options, or a statement's changed and marked terms. Two
     * questions whose terms meet (精准发力 among the options of one, 同时发力 swapped into the other) ask about one
     * set of siblings and hint at each other.
     */
    private static Set<String> family(Question q) {
        Set<String> terms = new HashSet<>();
        if (q.type() != QuestionType.TRUE_FALSE) {
            terms.addAll(q.options());
            return terms;
        }
        String e = q.explanation();
        int quoteAt = e.indexOf("原文：");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("“([^”]+)”|【([^】]+)】")
                .matcher(quoteAt >= 0 ? e : "");
        while (m.find()) {
            if (m.group(1) != null && m.start() < quoteAt || m.group(2) != null) {
                terms.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return terms;
    }

    /** The first term a question's explanation marks: what it asks. */
    private static String marked(Question q) {
        String e = q.explanation();
        int open = e.indexOf('【');
        int close = e.indexOf('】', open + 1);
        return open >= 0 && close > open ? e.substring(open + 1, close) : e;
    }

    private static int asked(Map<String, Integer> perSentence, Question q) {
        return perSentence.getOrDefault(sentenceOf(q), 0);
    }

    private static String sentenceOf(Question q) {
        return q.source().doc() + "#" + q.source().paragraph() + "#" + q.source().text();
    }

    static int occurrences(String text, String term) {
        int count = 0;
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
            count++;
        }
        return count;
    }
}
