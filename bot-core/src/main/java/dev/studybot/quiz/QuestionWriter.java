package dev.studybot.quiz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Puts a fact as a question of a given type, the way a study-group organiser writes one: the stem is the
 * sentence's own clause with who says it (会议指出，…) and who it is about (总书记…), never cut mid-word; a 单选
 * blanks the fact with （ ） or asks a real question (…的是省委书记（ ）); a 填空 blanks it with ____; a 判断 states
 * it as written or with the fact swapped for a sibling and says what was changed; a 多选 blanks a whole
 * enumeration. Wrong options are the fact's own, never ones the text would make right.
 */
final class QuestionWriter {

    static final String BLANK = "____";
    static final String PAREN = "（ ）";
    static final String TRUE = "正确";
    static final String FALSE = "错误";
    /** Longest stem of a choice or true/false question (the sentence around the fact). */
    private static final int STEM = 64;
    /** Longest stem of a multiple-choice question (an enumeration is long). */
    private static final int LONG_STEM = 80;

    /** Kinds whose wrong options are a category's members, all equally plausible. */
    private static final java.util.Set<FactKind> SHUFFLED = java.util.EnumSet.of(FactKind.PLACE, FactKind.TERM,
            FactKind.QUOTED);
    /** Fewest characters a stem holds besides its blank. */
    private static final int MIN_CONTEXT = 12;
    /** Kinds whose swapped-in value is wrong by being near or a sibling (第三次, 持续发力), wherever else it occurs. */
    private static final java.util.Set<FactKind> NEAR_BY_KIND = java.util.EnumSet.of(FactKind.NUMBER, FactKind.DATE,
            FactKind.PARALLEL, FactKind.PERSON);
    /** Openings of a clause that is the predicate of the clause before it. */
    private static final List<String> PREDICATE_OPENERS = List.of("是", "就是", "要", "必须", "将", "已经");
    /** Openings of a clause that leads into the next one and cannot end a stem. */
    private static final List<String> DANGLING = List.of("对于", "为了", "随着", "通过", "由于", "鉴于");
    /** Longest source quoted in an explanation. */
    private static final int EXPLAINED = 110;

    /** Share of true statements among the true/false questions. */
    private static final double TRUE_SHARE = 0.4;

    private final String corpus;
    private final Random random;
    private final boolean nameThem;
    private int statements;
    private int trueStatements;

    /**
     * @param corpus the text of the documents in scope: a wrong option that would read as their text is dropped
     * @param random the source of every choice
     */
    QuestionWriter(String corpus, Random random) {
        this(corpus, random, false);
    }

    /**
     * @param corpus    the text of the documents in scope: a wrong option that would read as their text is dropped
     * @param random    the source of every choice
     * @param nameThem  whether stems say which document they quote (根据《二十大报告》，…): the chat studies several
     */
    QuestionWriter(String corpus, Random random, boolean nameThem) {
        this.corpus = corpus;
        this.random = random;
        this.nameThem = nameThem;
    }

    /** 根据《short title》，before a stem when the chat studies several documents, else nothing. */
    private String source(AnalyzedSentence s) {
        return nameThem ? "根据《" + ShortTitle.of(s.docTitle()) + "》，" : "";
    }

    /** The question of that type about the fact, if the fact can be asked that way. */
    Optional<Question> write(QuestionType type, AnalyzedSentence s, Fact fact) {
        return switch (type) {
            case SINGLE_CHOICE -> fact.isEnumeration() ? Optional.empty() : choice(s, fact);
            case FILL_BLANK -> fact.wholeOnly() ? Optional.empty()
                    : fact.isEnumeration() ? enumerationBlank(s, fact) : fillBlank(s, fact);
            case TRUE_FALSE -> fact.wholeOnly() ? Optional.empty() : trueFalse(s, fact);
            case MULTIPLE_CHOICE -> fact.isEnumeration() ? multipleChoice(s, fact) : Optional.empty();
        };
    }

    private Optional<Question> choice(AnalyzedSentence s, Fact fact) {
        List<String> wrong = wrong(s, fact, fact.start(), fact.end(), 3);
        if (wrong.size() < 3) {
            return Optional.empty();
        }
        String answer = fact.answer(s.text());
        String prompt = source(s) + (!fact.question().isEmpty() ? fact.question()
                : dateQuestion(s, fact).orElseGet(() -> stem(s, fact.start(), fact.end(), PAREN, STEM)));
        List<String> options = options(fact, answer, wrong);
        return Optional.of(question(QuestionType.SINGLE_CHOICE, s, fact, prompt, options,
                List.of(options.indexOf(answer)), "原文：" + marked(s, fact.start(), fact.end())));
    }

    /** 7月29日下午，省委常委会召开（扩大）会议，… → 省委常委会召开（扩大）会议…的时间是（ ）。 */
    private static Optional<String> dateQuestion(AnalyzedSentence s, Fact fact) {
        String text = s.text();
        if (fact.kind() != FactKind.DATE || fact.start() != 0 || fact.end() >= text.length()
                || text.charAt(fact.end()) != '，') {
            return Optional.empty();
        }
        int end = FactFinder.clauseEnd(text, fact.end() + 1);
        if (end < text.length() && text.charAt(end) == '，' && FactFinder.clauseEnd(text, end + 1) - fact.end() < STEM) {
            end = FactFinder.clauseEnd(text, end + 1);
        }
        return Optional.of(text.substring(fact.end() + 1, end) + "的时间是" + PAREN + "。");
    }

    private Optional<Question> fillBlank(AnalyzedSentence s, Fact fact) {
        List<String> wrong = wrong(s, fact, fact.start(), fact.end(), 3);
        if (wrong.size() < 3) {
            return Optional.empty();
        }
        String answer = fact.answer(s.text());
        String prompt = "选择正确的词语填入横线处：\n" + source(s) + (fact.question().isEmpty()
                ? stem(s, fact.start(), fact.end(), BLANK, STEM) : fact.question().replace(PAREN, BLANK));
        List<String> options = options(fact, answer, wrong);
        return Optional.of(question(QuestionType.FILL_BLANK, s, fact, prompt, options,
                List.of(options.indexOf(answer)), "原文：" + marked(s, fact.start(), fact.end())));
    }

    /** One item of an enumeration blanked, the options that item and wrong items. */
    private Optional<Question> enumerationBlank(AnalyzedSentence s, Fact fact) {
        Enumeration e = fact.enumeration();
        int index = random.nextInt(e.items().size());
        int start = itemStart(s.text(), e, index);
        String item = e.items().get(index);
        List<String> wrong = wrong(s, fact, start, start + item.length(), 3);
        if (wrong.size() < 3) {
            return Optional.empty();
        }
        String prompt = "选择正确的词语填入横线处：\n" + source(s) + stem(s, start, start + item.length(), BLANK, STEM);
        List<String> options = new ArrayList<>(wrong);
        options.add(item);
        Collections.shuffle(options, random);
        return Optional.of(question(QuestionType.FILL_BLANK, s, fact, prompt, options,
                List.of(options.indexOf(item)), "原文：" + marked(s, start, start + item.length())));
    }

    private Optional<Question> trueFalse(AnalyzedSentence s, Fact fact) {
        int start = fact.start();
        int end = fact.end();
        List<String> wrong;
        if (fact.isEnumeration()) {
            // One item swapped: the crossed halves line up with the items (经济承载和【辐射带动】 → 经济承载和转化).
            Enumeration e = fact.enumeration();
            int index = random.nextInt(e.items().size());
            start = itemStart(s.text(), e, index);
            end = start + e.items().get(index).length();
            wrong = wrong(s, fact, start, end, fact.wrong().size());
            String sameStart = e.items().get(index).substring(0, Math.min(2, e.items().get(index).length()));
            wrong = new ArrayList<>(wrong);
            wrong.sort(Comparator.comparing(w -> !w.startsWith(sameStart)));
        } else {
            wrong = wrong(s, fact, start, end, 3);
        }
        if (!NEAR_BY_KIND.contains(fact.kind())) {
            // A swapped-in term the documents use elsewhere could make a statement that is true somewhere else.
            wrong = wrong.stream().filter(w -> w.length() < FactFinder.DISTINCTIVE || !corpus.contains(w)).toList();
        }
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        String answer = s.text().substring(start, end);
        // Two in five statements are true: the false version teaches more, it names what was changed. A true
        // statement only where a member could doubt the fact (which 发力, which place, which number), never a
        // bare restatement of a term (…推动成渝地区双城经济圈建设的重要要求。正确).
        boolean doubtful = fact.kind() != FactKind.TERM && fact.kind() != FactKind.QUOTED
                && fact.kind() != FactKind.DOCUMENT;
        boolean truth = doubtful && trueStatements < TRUE_SHARE * (statements + 1);
        statements++;
        if (truth) {
            trueStatements++;
        }
        String prompt;
        String explanation;
        if (truth) {
            String statement = stem(s, start, end, answer, STEM);
            prompt = "判断正误：" + source(s) + statement;
            explanation = "正确，与原文一致：【" + cut(statement, Question.MAX_EXPLANATION - 12) + "】";
        } else {
            String swapped = wrong.get(fact.isEnumeration() ? 0 : random.nextInt(wrong.size()));
            // A term the sentence says twice is swapped in both places (推动【成渝地区双城经济圈】建设…，坚持把
            // 【成渝地区双城经济圈】建设作为总牵引), so the statement keeps its context and does not contradict itself.
            String whole = stem(s, start, end, answer, STEM);
            prompt = "判断正误：" + source(s) + (fact.isEnumeration() || answer.length() < FactFinder.DISTINCTIVE
                    ? stem(s, start, end, swapped, STEM) : whole.replace(answer, swapped));
            String verdict = "错误：“" + swapped + "”应为“" + answer + "”。原文：";
            explanation = verdict + marked(s, start, end, EXPLAINED);
        }
        return Optional.of(question(QuestionType.TRUE_FALSE, s, fact, prompt, List.of(TRUE, FALSE),
                List.of(truth ? 0 : 1), explanation));
    }

    private Optional<Question> multipleChoice(AnalyzedSentence s, Fact fact) {
        Enumeration e = fact.enumeration();
        int wanted = Math.min(3, Question.MAX_OPTIONS - e.items().size());
        Predicate<String> notListed = c -> e.items().stream()
                .noneMatch(item -> corpus.contains(item + "、" + c) || corpus.contains(c + "、" + item));
        List<String> wrong = fact.wrong().stream().filter(notListed).limit(wanted).toList();
        if (wrong.size() < 2) {
            return Optional.empty();
        }
        String prompt = "多选题：" + source(s) + stem(s, e.start(), e.end(), PAREN, LONG_STEM);
        List<String> options = new ArrayList<>(wrong);
        options.addAll(e.items());
        Collections.shuffle(options, random);
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (e.items().contains(options.get(i))) {
                answers.add(i);
            }
        }
        return Optional.of(question(QuestionType.MULTIPLE_CHOICE, s, fact, prompt, options, answers,
                "原文：" + marked(s, e.start(), e.end())));
    }

    /** The fact's wrong options that would not read as the documents' text in place of {@code [start, end)}. */
    private List<String> wrong(AnalyzedSentence s, Fact fact, int start, int end, int count) {
        String text = s.text();
        String left = text.substring(Math.max(0, start - 3), start);
        String right = text.substring(end, Math.min(text.length(), end + 3));
        String longLeft = text.substring(Math.max(0, start - 5), start);
        // A parallel term is at home in its siblings' frames (…上同时发力的重要要求): only what it is said of counts.
        boolean parallel = fact.kind() == FactKind.PARALLEL;
        List<String> candidates = new ArrayList<>(fact.wrong());
        if (SHUFFLED.contains(fact.kind())) {
            Collections.shuffle(candidates, random); // a category's members are equally plausible: vary them
        }
        List<String> out = new ArrayList<>();
        for (String c : candidates) {
            if (out.size() == count) {
                break;
            }
            boolean reads = parallel ? corpus.contains(longLeft + c)
                    : corpus.contains(left + c + right) || left.length() >= 2 && corpus.contains(left + c)
                    || right.length() >= 2 && corpus.contains(c + right);
            if (!reads && !text.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Options in order for numbers and dates (as organisers list them), shuffled otherwise. */
    private List<String> options(Fact fact, String answer, List<String> wrong) {
        List<String> options = new ArrayList<>(wrong);
        options.add(answer);
        if (fact.kind() == FactKind.NUMBER || fact.kind() == FactKind.DATE) {
            options.sort(Comparator.comparingInt(QuestionWriter::numericValue).thenComparing(o -> o));
        } else {
            Collections.shuffle(options, random);
        }
        return options;
    }

    /** A sortable value of a number option: its numerals read in order (十二届三次 → 1203, 7月29日 → 729). */
    private static int numericValue(String option) {
        int value = 0;
        StringBuilder run = new StringBuilder();
        for (char c : (option + " ").toCharArray()) {
            if ("一二两三四五六七八九十".indexOf(c) >= 0) {
                run.append(c);
            } else if (Character.isDigit(c)) {
                value = value * 10 + (c - '0');
            } else {
                if (!run.isEmpty()) {
                    value = value * 100 + Numerals.parse(run.toString()).orElse(0);
                    run.setLength(0);
                } else if (value > 0 && (c == '月')) {
                    value *= 100;
                }
            }
        }
        return value;
    }

    /**
     * The sentence around {@code [start, end)} with {@code replacement} in its place: whole clauses that fit in
     * {@code max} characters, with who says it and who it is about when the clauses leave them out, closed with 。
     */
    private static String stem(AnalyzedSentence s, int start, int end, String replacement, int max) {
        // A stem that shows the answer elsewhere (…关于推动（ ）建设…，坚持把成渝地区双城经济圈建设…) gives it
        // away: fewer clauses, down to the answer's own.
        String answer = s.text().substring(start, end);
        for (int room = max; room > 0; room -= 16) {
            String stem = stem(s, start, end, replacement, room, false);
            // A true statement may show its fact twice; a blank or a swap must not leave it in sight.
            boolean enough = stem.length() - replacement.length() >= MIN_CONTEXT;
            if (enough && (!stem.contains(answer) || replacement.equals(answer))) {
                return stem;
            }
        }
        String clause = stem(s, start, end, replacement, max, true);
        // A clause too short to say what it is about (加快发展____。) is no question: the rules turn the long one down.
        return clause.length() - replacement.length() >= MIN_CONTEXT ? clause : stem(s, start, end, replacement, max, false);
    }

    private static String stem(AnalyzedSentence s, int start, int end, String replacement, int max,
                               boolean clauseOnly) {
        String text = s.text();
        Snippet clause = new Snippet(text, FactFinder.clauseStart(text, start), Math.min(text.length(),
                FactFinder.clauseEnd(text, end) + 1));
        Snippet snippet = clauseOnly ? clause : Snippet.around(text, start, end, max);
        if (snippet.from() > clause.from() || snippet.to() < clause.to()) {
            snippet = clause; // a long clause whole rather than cut mid-word
        }
        // A subject set off by a comma (中国共产党第二十次全国代表大会，是…) is no statement without its predicate.
        int to = snippet.to();
        boolean oneClause = FactFinder.clauseEnd(text, snippet.from()) >= to - 1;
        if (oneClause && to < text.length() && PREDICATE_OPENERS.stream().anyMatch(o -> text.startsWith(o, to))) {
            snippet = new Snippet(text, snippet.from(), Math.min(text.length(), FactFinder.clauseEnd(text, to) + 1));
        }
        // A last clause that only opens what follows (…，对于我们深入贯彻党的二十大精神，…) is left out.
        while (snippet.to() < text.length() && snippet.to() > clause.to()) {
            int lastStart = FactFinder.clauseStart(text, snippet.to() - 1);
            if (DANGLING.stream().noneMatch(d -> text.startsWith(d, lastStart))) {
                break;
            }
            snippet = new Snippet(text, snippet.from(), lastStart);
        }
        String body = text.substring(snippet.from(), start) + replacement + text.substring(end, snippet.to());
        boolean midClause = snippet.from() > 0 && "，；：。！？".indexOf(text.charAt(snippet.from() - 1)) < 0;
        StringBuilder out = new StringBuilder();
        if (midClause) {
            out.append("…");
        } else {
            if (!s.speaker().isEmpty() && !body.startsWith(s.speaker())) {
                out.append(s.speaker()).append("，");
            }
            if (snippet.from() > 0 && !s.subject().isEmpty() && !body.startsWith(s.subject())
                    && opensWithoutSubject(body)) {
                out.append(s.subject());
            }
        }
        out.append(body);
        if (snippet.to() < text.length()) {
            char last = out.charAt(out.length() - 1);
            if ("，；：".indexOf(last) >= 0) {
                out.setCharAt(out.length() - 1, '。');
            } else {
                out.append("…");
            }
        }
        return out.toString();
    }

    /** Whether a clause starts with a preposition or verb, not with who or what it is about. */
    private static boolean opensWithoutSubject(String clause) {
        return clause.startsWith("在") || clause.startsWith("对") || clause.startsWith("深入")
                || clause.startsWith("专门") || clause.startsWith("提出") || clause.startsWith("多次")
                || clause.startsWith("分别") || clause.startsWith("一直") || clause.startsWith("是")
                || clause.startsWith("来") || clause.startsWith("作出");
    }

    private static String marked(AnalyzedSentence s, int start, int end) {
        return marked(s, start, end, EXPLAINED);
    }

    private static String marked(AnalyzedSentence s, int start, int end, int max) {
        Snippet snippet = Snippet.around(s.text(), start, end, max - 2);
        return snippet.with(start, end, "【" + s.text().substring(start, end) + "】");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static int itemStart(String text, Enumeration e, int index) {
        int at = e.start();
        for (int i = 0; i < index; i++) {
            at += e.items().get(i).length() + 1;
        }
        return at;
    }

    private static Question question(QuestionType type, AnalyzedSentence s, Fact fact, String prompt,
                                     List<String> options, List<Integer> answers, String explanation) {
        return new Question(id(type, s, fact), type, prompt, options, answers, explanation,
                new QuestionSource(s.docId(), s.paragraph(), s.text()));
    }

    /** The id of the question of that type on the fact: stable while the sentence and the fact are. */
    static String id(QuestionType type, AnalyzedSentence s, Fact fact) {
        return id(type.code() + "|" + s.docId() + "|" + s.paragraph() + "|" + s.text() + "|" + fact.key());
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
