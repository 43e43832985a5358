package dev.studybot.quiz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Puts a fact as a question of a given type, the way a study-group organiser writes one: the stem is the
 * sentence's own whole clauses ({@link Stems}), with no type label (the platform's controls say the type); a 单选
 * blanks the fact with （ ） or asks a real question (…的时间是（ ）); a 填空 blanks it with ____; a 多选 blanks a whole
 * enumeration of two to four items among four to six options, two or more of them wrong, right ones not mostly at A
 * and the lengths telling nothing; a 判断 states the clause that holds the fact ({@link Claims}), as written where a
 * member could doubt it, or with it swapped for a sibling, and says which fact it states or what was changed. Wrong options are the fact's own, never ones the text
 * would make right, and a stem that shows what only the answer has is no question ({@link Giveaway}). Explanations
 * quote the original's whole clauses with the answer marked 【…】.
 */
final class QuestionWriter {

    static final String BLANK = "____";
    static final String PAREN = "（ ）";
    /** Between the two terms of a pairing's option, in the order of the stem's blanks (翠云廊；三星堆). */
    static final String PAIR = "；";
    static final String TRUE = "正确";
    static final String FALSE = "错误";
    /** Most options of a multiple-choice question: more do not read on a phone. */
    /** The most an explanation quotes of its sentence (the clauses around the answer). */
    static final int EXPLANATION_QUOTE = 60;

    static final int MAX_CHOICES = 6;
    /** Fewest options of a multiple choice. */
    static final int MIN_CHOICES = 4;
    /** Fewest wrong options of a multiple choice: with one, ticking all but the odd one out is the whole question. */
    static final int MIN_WRONG_CHOICES = 2;
    /** Most right options of a multiple choice: more, and ticking all but the odd ones out is the question. */
    static final int MAX_RIGHT_CHOICES = 4;
    /** Most options of a multiple choice whose options are all short words (a catalogue of disasters). */
    static final int MAX_SHORT_CHOICES = 7;
    /** Longest word of such a catalogue. */
    static final int SHORT_WORD = 4;
    /** What a question on a catalogue asks after the sentence, its list left out. */
    static final String UNLISTED = "下列各项中，原文没有列举的是（ ）。";
    private static final int UNLISTED_ATTEMPTS = 4;

    /** Kinds whose wrong options are a category's members, all equally plausible. */
    private static final Set<FactKind> SHUFFLED = EnumSet.of(FactKind.PLACE, FactKind.TERM, FactKind.QUOTED);
    /** Kinds whose swapped-in value is wrong by being near or a sibling (第三次, 持续发力), wherever else it occurs. */
    private static final Set<FactKind> NEAR_BY_KIND = EnumSet.of(FactKind.NUMBER, FactKind.DATE,
            FactKind.PARALLEL, FactKind.SWAP);
    /**
     * Kinds a true statement may state: a member could doubt which 发力 goes with which task, which place, which
     * number. A true statement of a term (各地各部门要切实加强组织领导) or of a list (持续用力解决形式主义、官僚主义突出问题;
     * 贯彻新发展理念、服务和融入新发展格局、促进共同富裕) reads as a formulation anyone judges true.
     */
    private static final Set<FactKind> DOUBTFUL = EnumSet.of(FactKind.PARALLEL, FactKind.NUMBER, FactKind.DATE,
            FactKind.PLACE, FactKind.SWAP);
    /** Share of true statements among the true/false questions. */
    private static final double TRUE_SHARE = 0.5;

    private final String corpus;
    private final Random random;
    private final boolean nameThem;
    private final Lexicon cues;
    private int statements;
    private int trueStatements;
    /** How often the right option of a four-option question has stood at A, B, C and D so far. */
    private final int[] rightAt = new int[4];
    /** Largest share of multiple choices with a right option at A. */
    private static final double RIGHT_AT_A = 0.4;
    /** Fewest items of a list stated as written: two (形式主义、官僚主义) are a pair every member completes. */
    private static final int TRUE_LIST = 3;
    /** Multiple choices written so far, and how many of them have a right option at A. */
    private int multipleChoices;
    private int rightAtA;

    /**
     * @param corpus the text of the documents in scope: a wrong option that would read as their text is dropped
     * @param random the source of every choice
     */
    QuestionWriter(String corpus, Random random) {
        this(corpus, random, false, new Lexicon());
    }

    /**
     * @param corpus    the text of the documents in scope: a wrong option that would read as their text is dropped
     * @param random    the source of every choice
     * @param nameThem  whether stems say which document they quote (根据《二十大报告》，…): the chat studies several
     * @param cues      the word lists whose cue words point to an answer from its stem (the analyzer's)
     */
    QuestionWriter(String corpus, Random random, boolean nameThem, Lexicon cues) {
        this.corpus = corpus;
        this.random = random;
        this.nameThem = nameThem;
        this.cues = cues;
    }

    /** 根据《short title》，before a stem when the chat studies several documents, else nothing. */
    private String source(AnalyzedSentence s) {
        return nameThem ? "根据《" + ShortTitle.of(s.docTitle()) + "》，" : "";
    }

    /** The question of that type about the fact, if the fact can be asked that way. */
    Optional<Question> write(QuestionType type, AnalyzedSentence s, Fact fact) {
        boolean swap = fact.kind() == FactKind.SWAP;
        return switch (type) {
            case SINGLE_CHOICE -> fact.isEnumeration() ? unlisted(s, fact) : swap ? pairing(s, fact)
                    : choice(s, fact, PAREN);
            case FILL_BLANK -> swap || run(fact) ? Optional.empty()
                    : fact.isEnumeration() ? enumerationBlank(s, fact) : choice(s, fact, BLANK);
            case TRUE_FALSE -> swap || run(fact) ? Optional.empty() : trueFalse(s, fact);
            case MULTIPLE_CHOICE -> fact.isEnumeration() ? multipleChoice(s, fact) : Optional.empty();
        };
    }

    /** A 单选 or 填空: the fact blanked with {@code blank}, or the fact's own question. */
    private Optional<Question> choice(AnalyzedSentence s, Fact fact, String blank) {
        List<String> wrong = choiceWrong(s, fact);
        if (wrong.size() < 3) {
            return Optional.empty();
        }
        String answer = fact.answer(s.text());
        Optional<String> stem = !fact.question().isEmpty() ? Optional.of(fact.question().replace(PAREN, blank))
                : dateQuestion(s, fact).map(q -> q.replace(PAREN, blank)).or(() -> untelling(s, fact,
                List.of(new Stems.Change(fact.start(), fact.end(), blank)), Stems.STEM, answer, wrong)
                .map(Stems.Stem::text));
        if (stem.isEmpty() || Giveaway.givesAway(stem.get(), answer, wrong)) {
            return Optional.empty();
        }
        List<String> options = options(fact, answer, wrong);
        QuestionType type = blank.equals(PAREN) ? QuestionType.SINGLE_CHOICE : QuestionType.FILL_BLANK;
        return Optional.of(question(type, s, fact, source(s) + stem.get(), options,
                List.of(options.indexOf(answer)), explained("原文：", s, mark(fact.start(), fact.end(), s), fact)));
    }

    /**
     * A 单选 on which of two terms goes with which clause (总书记在（ ）对保护自然遗产…殷殷嘱托，在（ ）对坚定文化自信…念兹在兹。
     * A 翠云廊；三星堆 B 九寨沟；三星堆 C 翠云廊；金沙遗址 D 九寨沟；金沙遗址): a sibling of each in its place, so that every
     * term stands in two options and neither counting them nor the order of the text gives it.
     */
    private Optional<Question> pairing(AnalyzedSentence s, Fact fact) {
        Fact.Span partner = fact.partner();
        if (partner == null || fact.wrong().size() != 1 + 2 * FactFinder.SWAP_SIBLINGS) {
            return Optional.empty();
        }
        String first = fact.answer(s.text());
        String second = s.text().substring(partner.start(), partner.end());
        boolean answerFirst = fact.start() < partner.start();
        String a = answerFirst ? first : second;
        String b = answerFirst ? second : first;
        List<String> ofA = answerFirst ? fact.wrong().subList(1, 3) : fact.wrong().subList(3, 5);
        List<String> ofB = answerFirst ? fact.wrong().subList(3, 5) : fact.wrong().subList(1, 3);
        String answer = a + PAIR + b;
        // A sibling of each, each in its own place (九寨沟；三星堆, 翠云廊；金沙遗址, 九寨沟；金沙遗址): every term stands in
        // two options, so counting them tells nothing (a round-6 reader), and no option puts a site of the one kind
        // where the other is said (the reverse, 三星堆 for 保护自然遗产, two round-7 readers called absurd).
        String x = ofA.get(random.nextInt(2));
        String y = ofB.stream().filter(w -> !w.equals(x)).findFirst().orElseThrow();
        List<String> options = new ArrayList<>(List.of(x + PAIR + b, a + PAIR + y, x + PAIR + y));
        options.add(answer);
        Collections.shuffle(options, random);
        spread(options, answer);
        List<Stems.Change> blanks = List.of(new Stems.Change(Math.min(fact.start(), partner.start()),
                Math.min(fact.end(), partner.end()), PAREN), new Stems.Change(Math.max(fact.start(), partner.start()),
                Math.max(fact.end(), partner.end()), PAREN));
        // The two clauses alone where they fit a short stem: a clause after them (…专门安排时间听取汇报) reads as
        // said at the second place.
        Optional<Stems.Stem> stem = Stems.stem(s, blanks, Stems.STEM, List.of(a, b), others(s, fact))
                .or(() -> Stems.stem(s, blanks, Stems.LONG_STEM, List.of(a, b), others(s, fact)));
        if (stem.isEmpty() || Giveaway.givesAway(stem.get().text(), answer, options)) {
            return Optional.empty();
        }
        List<Stems.Change> marks = List.of(
                new Stems.Change(blanks.get(0).start(), blanks.get(0).end(), "【" + a + "】"),
                new Stems.Change(blanks.get(1).start(), blanks.get(1).end(), "【" + b + "】"));
        return Optional.of(question(QuestionType.SINGLE_CHOICE, s, fact, source(s) + stem.get().text(), options,
                List.of(options.indexOf(answer)), explained("原文：", s, marks, fact)));
    }

    /**
     * A choice's three wrong options ({@link #evenLengths}); more candidates are asked for only when the first three
     * leave one apart by its length, since each is checked against the documents' whole text (a library's is long).
     */
    private List<String> choiceWrong(AnalyzedSentence s, Fact fact) {
        List<String> first = wrong(s, fact, fact.start(), fact.end(), 3);
        if (first.size() < 3 || !lengthApart(fact.answer(s.text()), first)) {
            return first;
        }
        List<String> even = evenLengths(fact.answer(s.text()), wrong(s, fact, fact.start(), fact.end(), MAX_CHOICES));
        return longOnesTell(fact.answer(s.text()), even) ? List.of() : even;
    }

    /**
     * Whether the longest wrong option, or the two longest, stand two characters or more above the rest: pairs joined
     * from two members (高端产业引领和开放枢纽门户功能 beside 经济承载和辐射带动功能), ruled out at a glance (seed 307's
     * reader), so no choice is made of them. A shorter one (信息化 beside 新型城镇化) is a real member and stays.
     */
    static boolean longOnesTell(String answer, List<String> wrong) {
        List<Integer> lengths = new ArrayList<>(wrong.stream().map(Words::length).toList());
        lengths.add(Words.length(answer));
        lengths.sort(Comparator.reverseOrder());
        int longestRight = Words.length(answer);
        for (int top = 1; top <= 2 && top < lengths.size(); top++) {
            if (lengths.get(top - 1) > longestRight && lengths.get(top - 1) - lengths.get(top) >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Three of the wrong options, the most plausible first, chosen so that no option's length sets it apart (找差距
     * beside four of five characters; 全球资源配置和科技创新策源功能 beside 创新资源集聚和转化功能: a member rules out,
     * or picks, the odd one by its length alone); the first three when every choice leaves one apart.
     */
    static List<String> evenLengths(String answer, List<String> wrong) {
        List<String> first = wrong.subList(0, Math.min(3, wrong.size()));
        if (wrong.size() <= 3 || !lengthApart(answer, first)) {
            return List.copyOf(first);
        }
        for (int i = 0; i < wrong.size(); i++) {
            for (int j = i + 1; j < wrong.size(); j++) {
                for (int k = j + 1; k < wrong.size(); k++) {
                    List<String> trial = List.of(wrong.get(i), wrong.get(j), wrong.get(k));
                    if (!lengthApart(answer, trial)) {
                        return trial;
                    }
                }
            }
        }
        return List.copyOf(first);
    }

    /** Whether one of the answer and the wrong options is two or more characters shorter or longer than all others. */
    static boolean lengthApart(String answer, List<String> wrong) {
        List<Integer> lengths = new ArrayList<>(wrong.stream().map(Words::length).toList());
        lengths.add(Words.length(answer));
        lengths.sort(null);
        int n = lengths.size();
        return n >= 4 && (lengths.get(1) - lengths.get(0) >= 2 || lengths.get(n - 1) - lengths.get(n - 2) >= 2);
    }

    /** 7月29日下午，省委常委会召开（扩大）会议，… → 省委常委会召开（扩大）会议…的时间是（ ）。 */
    private static Optional<String> dateQuestion(AnalyzedSentence s, Fact fact) {
        String text = s.text();
        if (fact.kind() != FactKind.DATE || fact.start() != 0 || fact.end() >= text.length()
                || text.charAt(fact.end()) != '，') {
            return Optional.empty();
        }
        int end = FactFinder.clauseEnd(text, fact.end() + 1);
        if (end < text.length() && text.charAt(end) == '，'
                && FactFinder.clauseEnd(text, end + 1) - fact.end() < Stems.STEM) {
            end = FactFinder.clauseEnd(text, end + 1);
        }
        return Optional.of(text.substring(fact.end() + 1, end) + "的时间是" + PAREN + "。");
    }

    /** One item of an enumeration blanked, the options that item and wrong items. */
    private Optional<Question> enumerationBlank(AnalyzedSentence s, Fact fact) {
        Enumeration e = fact.enumeration();
        if (e.items().size() > MAX_RIGHT_CHOICES) {
            return Optional.empty(); // a catalogue (地震、水灾、火灾、旱灾、泥石流): one of five blanked tests rote recall
        }
        int index = random.nextInt(e.items().size());
        int start = itemStart(s.text(), e, index);
        String item = e.items().get(index);
        // In a blank between pairs (经济承载和辐射带动功能、____), a single member is told wrong by its form.
        List<String> shaped = wrong(s, fact, start, start + item.length(), fact.wrong().size()).stream()
                .filter(c -> sameShape(e.items(), c)).toList();
        // Nor is one left apart by its length (全球资源配置和科技创新策源功能 beside 经济承载和辐射带动功能: seed 307's
        // reader); the multiple choice asks the list then.
        List<String> wrong = evenLengths(item, shaped);
        if (wrong.size() < 3 || lengthApart(item, wrong) || longOnesTell(item, wrong)) {
            return Optional.empty();
        }
        Optional<Stems.Stem> stem = untelling(s, fact, List.of(new Stems.Change(start, start + item.length(), BLANK)),
                Stems.STEM, item, wrong);
        if (stem.isEmpty() || Giveaway.givesAway(stem.get().text(), item, wrong)) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>(wrong);
        options.add(item);
        Collections.shuffle(options, random);
        spread(options, item);
        return Optional.of(question(QuestionType.FILL_BLANK, s, fact, source(s) + stem.get().text(), options,
                List.of(options.indexOf(item)), explained("原文：", s, mark(start, start + item.length(), s), fact)));
    }

    private Optional<Question> trueFalse(AnalyzedSentence s, Fact fact) {
        int start = fact.start();
        int end = fact.end();
        List<String> wrong;
        if (fact.isEnumeration()) {
            Enumeration e = fact.enumeration();
            if (s.text().startsWith("等", e.end()) || e.items().size() > MAX_RIGHT_CHOICES) {
                return Optional.empty(); // …粮食、蔬菜、油料等: the swapped-in item could be meant by 等
            }
            int index = random.nextInt(e.items().size());
            start = itemStart(s.text(), e, index);
            end = start + e.items().get(index).length();
            wrong = wrong(s, fact, start, end, fact.wrong().size());
        } else {
            wrong = wrong(s, fact, start, end, 3);
        }
        if (!NEAR_BY_KIND.contains(fact.kind())) {
            // A swapped-in term the documents use elsewhere could make a statement that is true somewhere else.
            String written = s.text().substring(start, end);
            wrong = wrong.stream().filter(w -> w.length() < FactFinder.DISTINCTIVE || !corpus.contains(w)
                    || written.contains(w)).toList();
        }
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        String answer = s.text().substring(start, end);
        // Variants that contain each other (山水林田湖草 in 山水林田湖草沙) are each an official wording somewhere: a
        // statement turning on one character missing is arguable. Such a fact is asked as a choice among them.
        if (fact.wrong().stream().anyMatch(w -> answer.contains(w) || w.contains(answer))) {
            return Optional.empty();
        }
        Optional<String> asWritten = Claims.claim(s, start, end, answer, others(s, fact));
        // A true statement only where a member could doubt the fact (which 发力, which place, which number, which of
        // a category's terms), cut like a false one to the clause that holds it, so the two read alike.
        boolean truth = DOUBTFUL.contains(fact.kind()) && asWritten.isPresent()
                && (!fact.isEnumeration() || fact.enumeration().items().size() >= TRUE_LIST)
                && trueStatements < TRUE_SHARE * (statements + 1);
        if (truth) {
            statements++;
            trueStatements++;
            // A list stated as written is judged as a whole: the explanation names the whole list.
            int from = fact.isEnumeration() ? fact.start() : start;
            int to = fact.isEnumeration() ? fact.end() : end;
            return Optional.of(question(QuestionType.TRUE_FALSE, s, fact, source(s) + asWritten.get(),
                    List.of(TRUE, FALSE), List.of(0), explained("正确：原文正是“" + s.text().substring(from, to)
                            + "”。原文：", s, mark(from, to, s), fact)));
        }
        String swapped = wrong.get(fact.isEnumeration() ? 0 : random.nextInt(wrong.size()));
        Optional<String> stem = Claims.claim(s, start, end, swapped, others(s, fact));
        if (stem.isEmpty() || Giveaway.givesAway(stem.get(), answer, List.of(swapped))) {
            return Optional.empty();
        }
        statements++;
        return Optional.of(question(QuestionType.TRUE_FALSE, s, fact, source(s) + stem.get(),
                List.of(TRUE, FALSE), List.of(1),
                explained("错误：“" + swapped + "”应为“" + answer + "”。原文：", s, mark(start, end, s), fact)));
    }

    /** Whether the fact is a run of tasks over several sentences ({@link SentenceRuns}): only a multiple choice. */
    private static boolean run(Fact fact) {
        return fact.isEnumeration() && !fact.question().isEmpty();
    }

    /** 原文：各地各部门要切实【加强组织领导】……要【深化问题研究】……: each item's clause, marked. */
    private static String runExplanation(AnalyzedSentence s, Enumeration e) {
        Clauses clauses = Clauses.of(s.text());
        List<String> pieces = new ArrayList<>();
        int at = 0;
        for (String item : e.items()) {
            int found = s.text().indexOf(item, at);
            Clauses.Clause c = clauses.get(clauses.at(found));
            pieces.add(s.text().substring(c.start(), found) + "【" + item + "】" + s.text().substring(found
                    + item.length(), c.end()));
            at = found + item.length();
        }
        String out = "原文：" + String.join("……", pieces) + "……";
        return Words.length(out) <= Question.MAX_EXPLANATION ? out : out.substring(0, Question.MAX_EXPLANATION);
    }

    private Optional<Question> multipleChoice(AnalyzedSentence s, Fact fact) {
        Enumeration e = fact.enumeration();
        // Two to four right among four to six: five of seven right is ticking all but the odd two out, unless the
        // items are short words of one reviewed kind (地震、水灾、火灾、旱灾、泥石流 beside 台风、风暴潮), where knowing
        // which kinds the report names is the point.
        boolean catalogue = catalogue(e.items());
        // Nor is a catalogue of short words asked (地震、水灾、火灾、旱灾、泥石流 beside 台风、沙尘暴): blind readers
        // rejected it, every wrong option being one any member rules out, and no draw took it.
        if (e.items().size() > MAX_RIGHT_CHOICES || catalogue) {
            return Optional.empty();
        }
        Predicate<String> notListed = c -> e.items().stream()
                .noneMatch(item -> corpus.contains(item + "、" + c) || corpus.contains(c + "、" + item));
        // Single members among pairs (全球资源配置功能 among 经济承载和辐射带动功能…) are as long as the items, so the
        // lengths tell nothing; pairs joined from them would be the two longest.
        List<String> all = fact.wrong().stream().filter(notListed).filter(c -> !corpus.contains(c)).toList();
        List<String> unjoined = all.stream().filter(c -> !joinedFrom(c, all)).toList();
        // Options built like the items where there are enough (经济承载和辐射带动功能: A和B功能 beside A和B功能).
        List<String> shaped = unjoined.stream().filter(c -> sameShape(e.items(), c)).toList();
        List<String> candidates = shaped.size() >= 2 ? shaped : unjoined;
        // How many wrong options, two or three at random among those there is room for: with two every time a member
        // learns to tick all but the two odd ones out; with one or none (every option right) blind readers found
        // ticking them all, or all but one absurd option, too easy.
        int lowest = Math.max(MIN_WRONG_CHOICES, MIN_CHOICES - e.items().size());
        int most = Math.min(Math.min(3, (catalogue ? MAX_SHORT_CHOICES : MAX_CHOICES) - e.items().size()),
                candidates.size());
        Optional<List<String>> wrong = Optional.empty();
        if (most >= lowest) {
            int wanted = lowest + random.nextInt(most - lowest + 1);
            List<Integer> sizes = new ArrayList<>();
            for (int n = wanted; n >= lowest; n--) {
                sizes.add(n);
            }
            for (int n = wanted + 1; n <= most; n++) {
                sizes.add(n);
            }
            for (int n : sizes) {
                wrong = untellingLengths(e.items(), candidates, n).filter(w -> w.size() == n);
                if (wrong.isPresent()) {
                    break;
                }
            }
        }
        if (wrong.isEmpty() && e.items().size() >= MIN_CHOICES - 1) {
            // Three items and a single wrong option of their kind and length (用事实说话、开门抓评估、让群众评价 and
            // 开门搞教育) rather than none: the pool asks the fact (for the daily review), though no draw takes such a
            // question (DrawRules: readers found three right of four a guess).
            wrong = candidates.stream().filter(c -> !lengthsTell(e.items(), List.of(c))).findFirst().map(List::of);
        }
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        // Nor grown by a clause with a cue word of an item (天府粮仓 beside 粮食: seed 349's reader).
        List<String> avoid = new ArrayList<>(others(s, fact));
        e.items().forEach(item -> avoid.addAll(cues.cues(item)));
        Optional<Stems.Stem> stem = run(fact) ? Optional.of(new Stems.Stem(fact.question(), false))
                : Stems.stem(s, List.of(new Stems.Change(e.start(), e.end(), PAREN)), Stems.LONG_STEM, e.items(), avoid);
        if (stem.isEmpty()) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>(wrong.get());
        options.addAll(e.items());
        Collections.shuffle(options, random);
        // A right option at A in fewer than half the questions: a member who always ticks A gains nothing.
        multipleChoices++;
        if (e.items().contains(options.get(0)) && rightAtA + 1 > RIGHT_AT_A * multipleChoices
                && options.size() > e.items().size()) {
            int firstWrong = 0;
            while (e.items().contains(options.get(firstWrong))) {
                firstWrong++;
            }
            Collections.rotate(options, -firstWrong);
        }
        if (e.items().contains(options.get(0))) {
            rightAtA++;
        }
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (e.items().contains(options.get(i))) {
                answers.add(i);
            }
        }
        return Optional.of(question(QuestionType.MULTIPLE_CHOICE, s, fact, source(s) + stem.get().text(), options,
                answers, run(fact) ? runExplanation(s, e) : explained("原文：", s, mark(e.start(), e.end(), s), fact)));
    }

    /**
     * A 单选 on which of four a catalogue does not list (系统提升……等方面防灾减灾救灾能力。原文没有列举的是（ ）。A 地震 B 冰雹
     * C 旱灾 D 泥石流): three of its items and a member of their kind it leaves out, one true of a province in general
     * (冰雹, 雪灾) first, so that only the list itself tells. Every reader asks for such a list, and rejected its
     * multiple choice, whose wrong options (台风, 沙尘暴) any member rules out for an inland province.
     */
    private Optional<Question> unlisted(AnalyzedSentence s, Fact fact) {
        Enumeration e = fact.enumeration();
        if (run(fact) || !catalogue(e.items())) {
            return Optional.empty();
        }
        List<String> left = new ArrayList<>(cues.siblings(e.items().get(0)));
        e.items().forEach(item -> left.removeAll(cues.close(item)));
        left.removeIf(c -> corpus.contains(c) || c.length() > SHORT_WORD);
        // Members true of some province in general first: a member half remembering the list could pick them; and
        // of those, the ones named like most items (雪灾 beside 水灾、火灾、旱灾), since 冰雹 read as a lesser kind
        // to a round-8 reader.
        char ending = Words.mostCommonLast(e.items());
        left.sort(Comparator.comparing((String c) -> !cues.trueSomewhere(c))
                .thenComparing(c -> c.charAt(c.length() - 1) != ending));
        Optional<Stems.Stem> stem = Stems.stem(s, List.of(new Stems.Change(e.start(), e.end(), "……")), Stems.STEM,
                e.items(), others(s, fact));
        if (left.isEmpty() || stem.isEmpty()) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt < UNLISTED_ATTEMPTS; attempt++) {
            String answer = left.get(random.nextInt(Math.min(2, left.size())));
            List<String> items = new ArrayList<>(e.items());
            Collections.shuffle(items, random);
            List<String> options = new ArrayList<>(items.subList(0, 3));
            options.add(answer);
            Collections.shuffle(options, random);
            spread(options, answer);
            Question q = question(QuestionType.SINGLE_CHOICE, s, fact, source(s) + stem.get().text()
                    + UNLISTED, options, List.of(options.indexOf(answer)), explained("原文列举的没有“" + answer
                    + "”。原文：", s, mark(e.start(), e.end(), s), fact));
            // Three items ending alike beside one that does not (水灾、火灾、旱灾 and 冰雹) tell it at a glance.
            if (!DrawRules.oddOneOut(q)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** Whether a list's five items are all short words (地震、水灾、火灾、旱灾、泥石流): a catalogue, asked whole. */
    static boolean catalogue(List<String> items) {
        return items.size() == MAX_RIGHT_CHOICES + 1 && items.stream().allMatch(i -> i.length() <= SHORT_WORD);
    }

    /**
     * Whether a candidate joins two others (全球资源配置和科技创新策源功能 of 全球资源配置功能 and 科技创新策源功能): beside
     * them it repeats their words, and it would be the longest option.
     */
    static boolean joinedFrom(String candidate, List<String> candidates) {
        return candidate.contains("和") && candidates.stream().anyMatch(d -> !d.equals(candidate) && d.length() >= 4
                && candidate.startsWith(d.substring(0, 4)));
    }

    /**
     * The first {@code count} of the candidates, in their order of plausibility, that do not let the options'
     * lengths tell the right ones: the longest (or shortest) two options standing out and being both right or both
     * wrong.
     */
    static Optional<List<String>> untellingLengths(List<String> items, List<String> candidates, int count) {
        if (count < MIN_WRONG_CHOICES) {
            return Optional.empty();
        }
        for (int size = count; size >= MIN_WRONG_CHOICES; size--) {
            Optional<List<String>> found = combination(items, candidates, size, 0, new ArrayList<>());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> combination(List<String> items, List<String> candidates, int size, int from,
                                                      List<String> chosen) {
        if (chosen.size() == size) {
            return lengthsTell(items, chosen) ? Optional.empty() : Optional.of(List.copyOf(chosen));
        }
        for (int i = from; i < candidates.size(); i++) {
            chosen.add(candidates.get(i));
            Optional<List<String>> found = combination(items, candidates, size, i + 1, chosen);
            chosen.remove(chosen.size() - 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the options' lengths tell right from wrong: the two longest (or shortest) stand apart from the rest
     * and are both right or both wrong.
     */
    static boolean lengthsTell(List<String> items, List<String> wrong) {
        return extremesAlike(items, wrong, true) || extremesAlike(items, wrong, false) || wrongApart(items, wrong);
    }

    /** Whether a wrong option is two or more characters shorter, or longer, than every other option (找差距). */
    static boolean wrongApart(List<String> items, List<String> wrong) {
        List<String> all = new ArrayList<>(items);
        all.addAll(wrong);
        if (all.size() < 4) {
            return false;
        }
        for (int i = items.size(); i < all.size(); i++) {
            int length = Words.length(all.get(i));
            boolean shortest = true;
            boolean longest = true;
            for (int j = 0; j < all.size(); j++) {
                if (j != i) {
                    shortest &= Words.length(all.get(j)) - length >= 2;
                    longest &= length - Words.length(all.get(j)) >= 2;
                }
            }
            if (shortest || longest) {
                return true;
            }
        }
        return false;
    }

    private static boolean extremesAlike(List<String> items, List<String> wrong, boolean longest) {
        List<String> all = new ArrayList<>(items);
        all.addAll(wrong);
        Comparator<String> byLength = Comparator.comparingInt(Words::length);
        all.sort(longest ? byLength.reversed() : byLength);
        if (all.size() < 4) {
            return false;
        }
        int second = Words.length(all.get(1));
        int third = Words.length(all.get(2));
        boolean apart = longest ? second > third : second < third;
        boolean bothRight = items.contains(all.get(0)) && items.contains(all.get(1));
        boolean bothWrong = !items.contains(all.get(0)) && !items.contains(all.get(1));
        return apart && (bothRight || bothWrong);
    }

    /**
     * Whether a wrong item is built like the right ones: where every item joins two things with 和 (经济承载和辐射带动
     * 功能), a single one (全球资源配置功能) stands out as wrong by its form alone.
     */
    static boolean sameShape(List<String> items, String candidate) {
        return !items.stream().allMatch(i -> i.contains("和")) || candidate.contains("和");
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
            // A shorter variant inside the answer (山水林田湖草 in 山水林田湖草沙) is in the text only as part of it.
            boolean inside = text.substring(start, end).contains(c);
            boolean reads = parallel ? corpus.contains(longLeft + c)
                    : corpus.contains(left + c + right) || !inside && (left.length() >= 2 && corpus.contains(left + c)
                    || right.length() >= 2 && corpus.contains(c + right));
            if (!reads && (inside || !text.contains(c))) {
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
            spread(options, answer);
        }
        return options;
    }

    /**
     * Moves the right option of four to the place it has stood least often so far (ties at random), so the right
     * answers of a quiz spread over A–D and a member learns nothing from where they stand.
     */
    void spread(List<String> options, String answer) {
        if (options.size() != rightAt.length) {
            return;
        }
        int least = Integer.MAX_VALUE;
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < rightAt.length; i++) {
            if (rightAt[i] < least) {
                least = rightAt[i];
                places.clear();
            }
            if (rightAt[i] == least) {
                places.add(i);
            }
        }
        int to = places.get(random.nextInt(places.size()));
        Collections.swap(options, options.indexOf(answer), to);
        rightAt[to]++;
    }

    /** A sortable value of a number option: its numerals read in order (十二届三次 → 1203, 7月29日 → 729). */
    static int numericValue(String option) {
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
     * The stem of the changes, and where it shows what only the answer has (一手抓科技创新 beside 科教大省), the stem
     * grown without the clauses that show it, if one is left.
     */
    private Optional<Stems.Stem> untelling(AnalyzedSentence s, Fact fact, List<Stems.Change> changes, int max,
                                           String answer, List<String> wrong) {
        Optional<Stems.Stem> stem = Stems.stem(s, changes, max, List.of(answer), others(s, fact));
        List<String> telling = new ArrayList<>(stem.map(t -> Giveaway.telling(t.text(), answer, wrong))
                .orElse(List.of()));
        // A cue word of the answer (以城带乡 beside 新型城镇化) in a clause the stem could do without: the stem
        // without that clause, rather than no question.
        stem.ifPresent(t -> cues.cues(answer).stream().filter(t.text()::contains).forEach(telling::add));
        if (telling.isEmpty()) {
            return stem;
        }
        List<String> avoid = new ArrayList<>(others(s, fact));
        avoid.addAll(telling);
        return Stems.stem(s, changes, max, List.of(answer), avoid);
    }

    /** The answers of the sentence's other facts: a stem that shows them gives other questions away. */
    private static List<String> others(AnalyzedSentence s, Fact fact) {
        List<String> out = new ArrayList<>();
        for (Fact other : s.facts()) {
            if (other != fact && (other.to() <= fact.from() || other.from() >= fact.to())) {
                out.addAll(other.isEnumeration() ? other.enumeration().items() : List.of(other.answer(s.text())));
            }
        }
        return out;
    }

    private static List<Stems.Change> mark(int start, int end, AnalyzedSentence s) {
        return List.of(new Stems.Change(start, end, "【" + s.text().substring(start, end) + "】"));
    }

    /** The explanation: {@code verdict} and the original's whole clauses with the marks, within the length limit. */
    private static String explained(String verdict, AnalyzedSentence s, List<Stems.Change> marks, Fact fact) {
        // The explanation is shown as soon as the question closes: the whole sentence would give away the answers of
        // the quiz's other questions on it, so it quotes the clauses around this question's answer only, and none
        // that shows another fact's answer.
        return verdict + Stems.quote(s, marks, Math.min(EXPLANATION_QUOTE, Question.MAX_EXPLANATION - verdict.length()),
                others(s, fact));
    }

    private static int itemStart(String text, Enumeration e, int index) {
        int at = e.start();
        for (int i = 0; i < index; i++) {
            at = text.indexOf(e.items().get(i + 1), at + e.items().get(i).length());
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

    /** The stable id of a question on {@code subject} (its type, sentence and what it asks). */
    static String idOf(String subject) {
        return id(subject);
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
