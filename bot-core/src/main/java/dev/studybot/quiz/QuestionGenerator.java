package dev.studybot.quiz;

import dev.studybot.document.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Generates the questions of some documents: first what to ask (the key facts of {@link FactFinder}), then how
 * ({@link QuestionWriter}). Every fact is asked once, in the type that suits it and keeps the four types
 * balanced, before any fact is asked a second time in another type. Each question is checked against
 * {@link QuestionRules} before it is kept. The same documents and seed give the same questions in the same order.
 */
public final class QuestionGenerator {

    /** No type may make up more than this share of a pool. */
    static final double MAX_TYPE_SHARE = 0.4;
    /** How far ahead {@link #interleave} looks for a question of a type not asked lately. */
    private static final int LOOKAHEAD = 8;
    /** How much a type's place in a fact's preferences weighs against the types' counts. */
    private static final double PREFERENCE = 2.5;

    private final DocumentAnalyzer analyzer;
    private final QuestionRules rules = new QuestionRules();

    public QuestionGenerator(DocumentAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Every question the documents in scope give, each fact once before any fact twice, balanced by type.
     *
     * @param inScope the documents to ask about
     * @param library every document (kept for callers; wrong options come from the facts' own kinds)
     * @param seed    the seed of every random choice
     */
    public List<Question> generate(List<Document> inScope, List<Document> library, long seed) {
        Random random = new Random(seed);
        QuestionWriter writer = new QuestionWriter(corpus(inScope), random, inScope.size() > 1);
        List<Asked> facts = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Document document : inScope) {
            for (AnalyzedSentence sentence : analyzer.analyze(document)) {
                for (Fact fact : sentence.facts()) {
                    if (keys.add(fact.key())) {
                        facts.add(new Asked(sentence, fact, new ArrayList<>(preferences(fact.kind()))));
                    }
                }
            }
        }
        Collections.shuffle(facts, random);
        Map<QuestionType, Integer> counts = new EnumMap<>(QuestionType.class);
        for (QuestionType type : QuestionType.values()) {
            counts.put(type, 0);
        }
        List<Question> pool = new ArrayList<>();
        Set<String> prompts = new HashSet<>();
        for (int round = 0; round < QuestionType.values().length; round++) {
            List<Question> thisRound = new ArrayList<>();
            for (Asked asked : facts) {
                Optional<Question> q = next(asked, writer, counts);
                if (q.isPresent() && prompts.add(q.get().prompt() + q.get().options())) {
                    thisRound.add(q.get());
                    counts.merge(q.get().type(), 1, Integer::sum);
                }
            }
            Collections.shuffle(thisRound, random);
            pool.addAll(thisRound);
        }
        return balance(pool);
    }

    /** The fact's next question: of the types it has left, the one least used so far, preferences weighing in. */
    private Optional<Question> next(Asked asked, QuestionWriter writer, Map<QuestionType, Integer> counts) {
        List<QuestionType> left = asked.left();
        while (!left.isEmpty()) {
            List<QuestionType> order = new ArrayList<>(left);
            order.sort(Comparator.comparingDouble(t -> counts.get(t) + PREFERENCE * left.indexOf(t)));
            QuestionType type = order.get(0);
            left.remove(type);
            Optional<Question> q = writer.write(type, asked.sentence(), asked.fact())
                    .filter(question -> rules.violations(question).isEmpty());
            if (q.isPresent()) {
                return q;
            }
        }
        return Optional.empty();
    }

    /** The types that suit a kind of fact, best first. */
    static List<QuestionType> preferences(FactKind kind) {
        return switch (kind) {
            case PERSON, DATE -> List.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE);
            case NUMBER, PLACE, PARALLEL -> List.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE,
                    QuestionType.FILL_BLANK);
            case TERM, QUOTED -> List.of(QuestionType.FILL_BLANK, QuestionType.SINGLE_CHOICE,
                    QuestionType.TRUE_FALSE);
            case DOCUMENT -> List.of(QuestionType.SINGLE_CHOICE, QuestionType.FILL_BLANK);
            case ENUMERATION -> List.of(QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE,
                    QuestionType.FILL_BLANK);
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
     * The questions in the pool's order (every fact once before any twice), the types taking turns where the next
     * few questions allow it.
     */
    public static List<Question> interleave(List<Question> questions) {
        List<Question> rest = new ArrayList<>(questions);
        List<Question> out = new ArrayList<>();
        java.util.Deque<QuestionType> recent = new java.util.ArrayDeque<>();
        while (!rest.isEmpty()) {
            int window = Math.min(LOOKAHEAD, rest.size());
            int pick = -1;
            for (int i = 0; i < window && pick < 0; i++) {
                if (!recent.contains(rest.get(i).type())) {
                    pick = i;
                }
            }
            // Else at least not the type just asked.
            for (int i = 0; i < window && pick < 0; i++) {
                if (recent.isEmpty() || rest.get(i).type() != recent.peekLast()) {
                    pick = i;
                }
            }
            pick = Math.max(pick, 0);
            Question next = rest.remove(pick);
            out.add(next);
            recent.addLast(next.type());
            if (recent.size() >= QuestionType.values().length) {
                recent.removeFirst();
            }
        }
        return out;
    }

    static int occurrences(String text, String term) {
        int count = 0;
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
            count++;
        }
        return count;
    }
}
