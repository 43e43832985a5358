package dev.studybot.quiz;

import dev.studybot.document.Document;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Generates the questions of some documents: at most one question per sentence, its type chosen so the four
 * types stay balanced, each checked against {@link QuestionRules} before it is kept. The same documents and seed
 * give the same questions in the same order.
 */
public final class QuestionGenerator {

    /** No type may make up more than this share of a pool. */
    static final double MAX_TYPE_SHARE = 0.4;
    private static final List<TermKind> PRIORITY = List.of(TermKind.QUOTED, TermKind.NUMBER, TermKind.PLACE,
            TermKind.PERSON, TermKind.ORGANIZATION, TermKind.NOUN);
    private static final String BLANK = "____";
    private static final String TRUE = "正确";
    private static final String FALSE = "错误";

    private final DocumentAnalyzer analyzer;
    private final WordSense senses;
    private final FactStem facts = new FactStem();
    private final QuestionRules rules = new QuestionRules();

    public QuestionGenerator(DocumentAnalyzer analyzer) {
        this(analyzer, new WordSense());
    }

    public QuestionGenerator(DocumentAnalyzer analyzer, WordSense senses) {
        this.analyzer = analyzer;
        this.senses = senses;
    }

    /**
     * Every question the documents in scope give, balanced by type and shuffled by the seed.
     *
     * @param inScope the documents to ask about
     * @param library every document (distractors come from here when the scope has too few)
     * @param seed    the seed of every random choice
     */
    public List<Question> generate(List<Document> inScope, List<Document> library, long seed) {
        Random random = new Random(seed);
        List<AnalyzedSentence> sentences = new ArrayList<>();
        inScope.forEach(d -> sentences.addAll(analyzer.analyze(d)));
        List<AnalyzedSentence> all = new ArrayList<>();
        library.forEach(d -> all.addAll(analyzer.analyze(d)));
        Run run = new Run(new DistractorPicker(sentences, all, senses), facts, corpus(inScope), random);
        List<AnalyzedSentence> order = new ArrayList<>(sentences);
        Collections.shuffle(order, random);
        Map<QuestionType, List<Question>> byType = new EnumMap<>(QuestionType.class);
        for (QuestionType type : QuestionType.values()) {
            byType.put(type, new ArrayList<>());
        }
        for (AnalyzedSentence sentence : order) {
            List<QuestionType> types = new ArrayList<>(List.of(QuestionType.values()));
            types.sort(Comparator.comparingInt(t -> byType.get(t).size()));
            if (run.hasFact(sentence)) {
                // Real fact questions are rarer than the other types: a sentence that gives one is asked that way.
                types.remove(QuestionType.SINGLE_CHOICE);
                types.add(0, QuestionType.SINGLE_CHOICE);
            }
            for (QuestionType type : types) {
                Optional<Question> question = run.build(type, sentence)
                        .filter(q -> rules.violations(q).isEmpty());
                if (question.isPresent()) {
                    byType.get(type).add(question.get());
                    break;
                }
            }
        }
        List<Question> pool = balance(byType);
        Collections.shuffle(pool, random);
        return pool;
    }

    /** Caps the most frequent types so none exceeds {@link #MAX_TYPE_SHARE} of the pool. */
    private static List<Question> balance(Map<QuestionType, List<Question>> byType) {
        List<QuestionType> largestFirst = new ArrayList<>(byType.keySet());
        largestFirst.sort(Comparator.comparingInt((QuestionType t) -> byType.get(t).size()).reversed());
        for (QuestionType type : largestFirst) {
            int others = byType.entrySet().stream().filter(e -> e.getKey() != type)
                    .mapToInt(e -> e.getValue().size()).sum();
            int cap = (int) Math.floor(MAX_TYPE_SHARE / (1 - MAX_TYPE_SHARE) * others);
            List<Question> list = byType.get(type);
            if (list.size() > cap) {
                byType.put(type, new ArrayList<>(list.subList(0, cap)));
            }
        }
        List<Question> pool = new ArrayList<>();
        byType.values().forEach(pool::addAll);
        return pool;
    }

    private static String corpus(List<Document> documents) {
        StringBuilder text = new StringBuilder();
        documents.forEach(d -> d.paragraphs().forEach(p -> text.append(p.text()).append('\n')));
        return text.toString();
    }

    /** One generation: the distractor pools, the text that decides what is also right, the random source. */
    private static final class Run {
        private final DistractorPicker picker;
        private final String corpus;
        private final Random random;
        private final Map<QuestionType, Set<String>> usedTerms = new EnumMap<>(QuestionType.class);
        private final FactStem facts;

        Run(DistractorPicker picker, FactStem facts, String corpus, Random random) {
            this.picker = picker;
            this.facts = facts;
            this.corpus = corpus;
            this.random = random;
            for (QuestionType type : QuestionType.values()) {
                usedTerms.put(type, new HashSet<>());
            }
        }

        /** Whether some term of the sentence can be asked about as a fact. */
        boolean hasFact(AnalyzedSentence sentence) {
            return sentence.terms().stream().anyMatch(t -> facts.of(sentence, t).isPresent());
        }

        Optional<Question> build(QuestionType type, AnalyzedSentence sentence) {
            if (type == QuestionType.MULTIPLE_CHOICE) {
                for (Enumeration enumeration : sentence.enumerations()) {
                    Optional<Question> q = multipleChoice(sentence, enumeration);
                    if (q.isPresent()) {
                        return q;
                    }
                }
                return Optional.empty();
            }
            List<KeyTerm> terms = ranked(sentence.terms());
            if (type == QuestionType.SINGLE_CHOICE) {
                // A real fact question about any term first; which statement is the original only failing that.
                Optional<Question> fact = eachTerm(type, sentence, terms, term -> facts.of(sentence, term)
                        .flatMap(stem -> factQuestion(sentence, term, stem)));
                return fact.isPresent() ? fact : eachTerm(type, sentence, terms, term -> statementChoice(sentence, term));
            }
            return eachTerm(type, sentence, terms, term -> type == QuestionType.FILL_BLANK
                    ? fillBlank(sentence, term) : trueFalse(sentence, term));
        }

        private Optional<Question> eachTerm(QuestionType type, AnalyzedSentence sentence, List<KeyTerm> terms,
                                            Function<KeyTerm, Optional<Question>> make) {
            for (KeyTerm term : terms) {
                if (usedTerms.get(type).contains(term.text()) || occurrences(sentence.text(), term.text()) != 1) {
                    continue;
                }
                Optional<Question> q = make.apply(term);
                if (q.isPresent()) {
                    usedTerms.get(type).add(term.text());
                    return q;
                }
            }
            return Optional.empty();
        }

        private List<KeyTerm> ranked(List<KeyTerm> terms) {
            List<KeyTerm> shuffled = new ArrayList<>(terms);
            Collections.shuffle(shuffled, random);
            shuffled.sort(Comparator.comparingInt(t -> PRIORITY.indexOf(t.kind())));
            return shuffled;
        }

        /** Whether putting {@code candidate} in place of {@code [start, end)} would give a text that exists. */
        private Predicate<String> notRightAt(String sentence, int start, int end) {
            String left = sentence.substring(Math.max(0, start - 3), start);
            String right = sentence.substring(end, Math.min(sentence.length(), end + 3));
            return candidate -> !corpus.contains(left + candidate + right)
                    && (left.length() < 2 || !corpus.contains(left + candidate))
                    && (right.length() < 2 || !corpus.contains(candidate + right));
        }

        private Optional<Question> fillBlank(AnalyzedSentence s, KeyTerm term) {
            List<String> wrong = picker.pick(term.sort(), List.of(term.text()), s.text(), 3,
                    notRightAt(s.text(), term.start(), term.end()), random);
            if (wrong.size() < 3) {
                return Optional.empty();
            }
            Snippet snippet = Snippet.around(s.text(), term.start(), term.end(), 120);
            String prompt = "选择正确的词语填入横线处：\n" + snippet.with(term.start(), term.end(), BLANK);
            List<String> options = new ArrayList<>(wrong);
            options.add(term.text());
            Collections.shuffle(options, random);
            return Optional.of(question(QuestionType.FILL_BLANK, s, term.text(), prompt, options,
                    List.of(options.indexOf(term.text())), "原文：" + marked(s, term.start(), term.end(), 180)));
        }

        private Optional<Question> trueFalse(AnalyzedSentence s, KeyTerm term) {
            Snippet snippet = Snippet.around(s.text(), term.start(), term.end(), 90);
            boolean truth = random.nextBoolean();
            String statement;
            String verdict;
            if (truth) {
                statement = snippet.text();
                verdict = "正确。原文：";
            } else {
                List<String> wrong = picker.pick(term.sort(), List.of(term.text()), s.text(), 1,
                        notRightAt(s.text(), term.start(), term.end()), random);
                if (wrong.isEmpty()) {
                    return Optional.empty();
                }
                statement = snippet.with(term.start(), term.end(), wrong.get(0));
                verdict = "错误，“" + wrong.get(0) + "”应为“" + term.text() + "”。原文：";
            }
            String prompt = "判断正误：根据原文，下面的表述是否正确？\n" + statement;
            return Optional.of(question(QuestionType.TRUE_FALSE, s, term.text(), prompt, List.of(TRUE, FALSE),
                    List.of(truth ? 0 : 1), verdict + marked(s, term.start(), term.end(), 190 - verdict.length())));
        }

        /** A question about the fact the term states, its options the term and three plausible wrong ones. */
        private Optional<Question> factQuestion(AnalyzedSentence s, KeyTerm term, String stem) {
            List<String> wrong = picker.pick(term.sort(), List.of(term.text()), s.text(), 3,
                    notRightAt(s.text(), term.start(), term.end()), random);
            if (wrong.size() < 3) {
                return Optional.empty();
            }
            List<String> options = new ArrayList<>(wrong);
            options.add(term.text());
            Collections.shuffle(options, random);
            String prompt = "根据《" + shortTitle(s.docTitle()) + "》，" + stem;
            return Optional.of(question(QuestionType.SINGLE_CHOICE, s, term.text(), prompt, options,
                    List.of(options.indexOf(term.text())), "原文：" + marked(s, term.start(), term.end(), 180)));
        }

        /** The fallback: which of four versions of the sentence (three with a term swapped) is the original. */
        private Optional<Question> statementChoice(AnalyzedSentence s, KeyTerm term) {
            Snippet snippet = Snippet.around(s.text(), term.start(), term.end(), 60);
            // Each wrong statement swaps a different key term of the snippet where there are enough of them.
            List<KeyTerm> swappable = new ArrayList<>(List.of(term));
            for (KeyTerm other : ranked(s.terms())) {
                if (other != term && other.start() >= snippet.from() && other.end() <= snippet.to()
                        && occurrences(s.text(), other.text()) == 1) {
                    swappable.add(other);
                }
            }
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                KeyTerm swapped = swappable.get(i % swappable.size());
                List<String> candidates = picker.pick(swapped.sort(), List.of(swapped.text()), s.text(), 3,
                        notRightAt(s.text(), swapped.start(), swapped.end()), random);
                for (String candidate : candidates) {
                    String statement = snippet.with(swapped.start(), swapped.end(), candidate);
                    if (!wrong.contains(statement)) {
                        wrong.add(statement);
                        break;
                    }
                }
            }
            if (wrong.size() < 3) {
                return Optional.empty();
            }
            String right = snippet.text();
            List<String> options = new ArrayList<>(wrong);
            options.add(right);
            Collections.shuffle(options, random);
            String prompt = "根据《" + shortTitle(s.docTitle()) + "》，下列表述与原文一致的是：";
            return Optional.of(question(QuestionType.SINGLE_CHOICE, s, term.text(), prompt, options,
                    List.of(options.indexOf(right)), "原文：" + marked(s, term.start(), term.end(), 180)));
        }

        private Optional<Question> multipleChoice(AnalyzedSentence s, Enumeration enumeration) {
            if (usedTerms.get(QuestionType.MULTIPLE_CHOICE).contains(String.join("、", enumeration.items()))) {
                return Optional.empty();
            }
            int wrongCount = Math.min(3, Question.MAX_OPTIONS - enumeration.items().size());
            Predicate<String> notRight = candidate -> enumeration.items().stream()
                    .noneMatch(item -> corpus.contains(item + "、" + candidate)
                            || corpus.contains(candidate + "、" + item));
            List<String> wrong = picker.pick(DistractorPicker.enumSort(), enumeration.items(), s.text(), wrongCount,
                    notRight, random);
            if (wrong.size() < 2) {
                return Optional.empty();
            }
            Snippet snippet = Snippet.around(s.text(), enumeration.start(), enumeration.end(), 150);
            String prompt = "多选题：下列哪些内容属于横线处原文列举的项目？\n"
                    + snippet.with(enumeration.start(), enumeration.end(), BLANK);
            List<String> options = new ArrayList<>(wrong);
            options.addAll(enumeration.items());
            Collections.shuffle(options, random);
            List<Integer> answers = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                if (enumeration.items().contains(options.get(i))) {
                    answers.add(i);
                }
            }
            usedTerms.get(QuestionType.MULTIPLE_CHOICE).add(String.join("、", enumeration.items()));
            return Optional.of(question(QuestionType.MULTIPLE_CHOICE, s, String.join("、", enumeration.items()),
                    prompt, options, answers,
                    "原文：" + marked(s, enumeration.start(), enumeration.end(), 180)));
        }

        private static String marked(AnalyzedSentence s, int start, int end, int max) {
            Snippet snippet = Snippet.around(s.text(), start, end, max - 2);
            return snippet.with(start, end, "【" + s.text().substring(start, end) + "】");
        }

        private static Question question(QuestionType type, AnalyzedSentence s, String subject, String prompt,
                                         List<String> options, List<Integer> answers, String explanation) {
            String id = id(type.code() + "|" + s.docId() + "|" + s.paragraph() + "|" + s.text() + "|" + subject);
            return new Question(id, type, prompt, options, answers, explanation,
                    new QuestionSource(s.docId(), s.paragraph(), s.text()));
        }
    }

    /** The questions reordered so the types take turns (first of each type, second of each, …). */
    public static List<Question> interleave(List<Question> questions) {
        Map<QuestionType, List<Question>> byType = new EnumMap<>(QuestionType.class);
        questions.forEach(q -> byType.computeIfAbsent(q.type(), t -> new ArrayList<>()).add(q));
        List<Question> out = new ArrayList<>();
        for (int i = 0; out.size() < questions.size(); i++) {
            for (List<Question> list : byType.values()) {
                if (i < list.size()) {
                    out.add(list.get(i));
                }
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

    /** The title up to its first space (the report's title has a main and a second line). */
    static String shortTitle(String title) {
        String first = title.strip().split("[\\s\\u3000]+")[0];
        return first.length() > 30 ? first.substring(0, 30) : first;
    }

    private static String id(String subject) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return "q" + HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
