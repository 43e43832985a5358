package dev.studybot.search;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-scores the candidates BM25 found with what BM25 does not see: how much of the question's rarer content the
 * passage holds (idf-weighted bigram coverage), the longest stretch of the question it repeats verbatim, a
 * definition for a "X是什么" question ("X是…"), and whether it comes from a document the question names.
 */
final class PassageScorer {

    /** How a question asking for a definition looks: X是什么, X指什么, X是啥, X是什么样的Y. */
    private static final Pattern DEFINITION = Pattern.compile(
            "^(.{2,16}?)(?:是指什么|指的是什么|是什么意思|是啥意思|什么意思|啥意思|是什么样的.{0,8}|是什么|指什么|是啥)\\W*$");
    /** The other way to ask for one: 如何界定X, 怎样理解X, 怎么看待X. */
    private static final Pattern HOW_TO_SEE = Pattern.compile(
            "^(?:如何|怎样|怎么|怎么样|应该如何|应当如何)(?:界定|定义|理解|看待|认识|定位)(.{2,16}?)[\\p{P}\\s]*$");
    /** Words before the subject that are not part of it. */
    private static final List<String> SUBJECT_PREFIXES = List.of("请问", "报告中", "报告里", "报告", "文件中", "所谓", "党的",
            "讲的", "说的", "提出的", "提到的", "所说的", "中的", "里的", "对", "的");
    /** How a sentence defines its subject: X是…, X，是…, X即…, X就是…, X是指…. */
    private static final List<String> DEFINING = List.of("是", "，是", "即", "就是", "是指");
    /** A question that asks how many or how much. */
    private static final Pattern QUANTITY_QUESTION = Pattern.compile(
            "多少|几[个次年项倍名岁万亿天月]|多大|多高|多长|多久|百分之几|什么比例|什么水平|增长了?几");
    /** A number with a unit: 134.9万亿元, 5%, 九千六百多万名, 一千二百万人, 百分之六十四点七. */
    private static final Pattern QUANTITY = Pattern.compile(
            "[0-9][0-9.,]*\\s*(?:%|‰|万|亿|元|人|名|个|倍|吨|公里|平方|千|百)"
            + "|[一二三四五六七八九十百千万亿两零〇点]{2,}多?(?:万|亿|元|人|名|个|倍|吨|公里|项|岁)"
            + "|百分之[一二三四五六七八九十零〇点]+");

    /** How a sentence or clause ends; a passage ending otherwise is a heading or a title. */
    private static final String SENTENCE_ENDS = "。！？!?；;…”\"）)";

    private final Weights weights;

    /**
     * The weights of the features.
     *
     * @param bm25      the BM25 score relative to the best candidate's
     * @param coverage  idf-weighted share of the question's bigrams in the passage
     * @param phrase    longest verbatim stretch of the question in the passage, relative to the question's content
     * @param definition a "X是…" sentence for a "X是什么" question
     * @param namedDocument the passage's document is named in the question
     * @param heading   the passage is a heading or a title (negative: it answers nothing)
     * @param quantity  the question asks for a quantity and the passage states one
     * @param cosine    the passage's cosine similarity to the question, when known
     * @param recency   how recent the passage's document is among the searched ones
     */
    record Weights(double bm25, double coverage, double phrase, double definition, double namedDocument,
                   double heading, double quantity, double cosine, double recency) {
        static final Weights DEFAULT = new Weights(1.0, 1.0, 0.5, 0.5, 1.0, -HEADING_PENALTY, QUANTITY_BONUS,
                COSINE_WEIGHT, RECENCY_WEIGHT);
    }

    /**
     * What the newest of the searched documents gains for a question that names none, halving with every year
     * before it: on the library's tuning sets (88 documents from 1921 to 2025), with a half-life of a year, 0.5
     * lifted library_qa's R@1 from 0.714 to 0.821 and the paraphrase set's from 0.154 to 0.385 and cost none. 1.0 put
     * two more in the top 3 and one more at rank 1 on the paraphrases, but outweighs a definition ("就业是什么" was
     * answered by this year's targets before an older report's 就业是最基本的民生): not taken (docs/evaluation.md).
     */
    static final double RECENCY_WEIGHT = 0.5;

    /**
     * Weight of the cosine similarity beside the lexical features, when every passage of the searched documents has
     * one: R@1 rose on the report's tuning questions from 0.87 (words) to 0.94 and on the 20th Congress report's from
     * 0.77 to 0.85, with a plateau from 6 to 8.
     */
    static final double COSINE_WEIGHT = 6.0;

    /** What a passage that states a quantity gains for a question that asks for one. */
    static final double QUANTITY_BONUS = 1.0;

    /** The share of a gram's weight that a synonym of its word earns in its place. */
    static final double SYNONYM_CREDIT = 1.0;

    /** What a heading loses against a sentence. */
    static final double HEADING_PENALTY = 0.8;

    PassageScorer(Weights weights) {
        this.weights = weights;
    }

    /** The weight of {@link #phrase}: the most a candidate's score can still gain from it. */
    double phraseWeight() {
        return weights.phrase();
    }

    /** The subject of a definition question ("全过程人民民主" of "全过程人民民主是什么？"), or null. */
    static String definitionSubject(String foldedQuestion) {
        String question = withoutPrefixes(foldedQuestion.replaceAll("\\s+", ""));
        Matcher m = DEFINITION.matcher(question);
        if (!m.matches()) {
            m = HOW_TO_SEE.matcher(question);
            if (!m.matches()) {
                return null;
            }
        }
        String subject = withoutPrefixes(m.group(1).replaceAll("[\\p{P}\\s]", ""));
        return subject.length() >= 2 ? subject : null;
    }

    /** The text without any of {@link #SUBJECT_PREFIXES} in front, however many there are ("党的的主题" → "主题"). */
    private static String withoutPrefixes(String text) {
        String rest = text;
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String prefix : SUBJECT_PREFIXES) {
                if (rest.startsWith(prefix) && rest.length() > prefix.length()) {
                    rest = rest.substring(prefix.length());
                    cut = true;
                }
            }
        }
        return rest;
    }

    /** Whether a folded question asks for a quantity (多少, 几个, 多大, 什么比例). */
    static boolean asksQuantity(String foldedQuestion) {
        return QUANTITY_QUESTION.matcher(foldedQuestion).find();
    }

    /** Whether a passage states a quantity: a number with a unit, in digits or Chinese numerals. */
    static boolean statesQuantity(String foldedPassage) {
        return QUANTITY.matcher(foldedPassage).find();
    }

    /** Whether a folded passage defines the subject (see {@link #DEFINING}). */
    static boolean defines(String foldedPassage, String subject) {
        for (String link : DEFINING) {
            if (foldedPassage.contains(subject + link)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a passage is a heading or a title rather than a sentence ("六、发展全过程人民民主", "（一）实行党政分开"):
     * it repeats the words of many questions in few characters, and answers none of them.
     */
    static boolean heading(String passage) {
        String text = passage.strip();
        return !text.isEmpty() && SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /**
     * The share of the question's bigrams (weighted by idf) that the folded passage contains; single characters
     * count only when the question has nothing else.
     *
     * @param idf the inverse document frequency of a gram
     */
    static double coverage(QueryTerms terms, String foldedPassage, ToDoubleFunction<String> idf) {
        return coverage(terms, foldedPassage, idf, terms::alternatives);
    }

    /**
     * {@link #coverage(QueryTerms, String, ToDoubleFunction)} with each gram's alternatives looked up once per
     * question by the caller rather than once per passage.
     */
    static double coverage(QueryTerms terms, String foldedPassage, ToDoubleFunction<String> idf,
                           Function<String, List<String>> alternatives) {
        double total = 0;
        double found = 0;
        boolean anyBigram = terms.grams().stream().anyMatch(g -> g.codePointCount(0, g.length()) > 1);
        for (String gram : terms.grams()) {
            if (anyBigram && gram.codePointCount(0, gram.length()) < 2 && !terms.synonyms().containsKey(gram)) {
                // A lone character is in almost every passage as a substring: it says nothing about relevance, unless
                // it is an everyday word bridged to the documents' words (仗 to 保卫战).
                continue;
            }
            double weight = idf.applyAsDouble(gram);
            total += weight;
            if (foldedPassage.contains(gram)) {
                found += weight;
            } else {
                for (String alternative : alternatives.apply(gram)) {
                    if (foldedPassage.contains(alternative)) {
                        found += SYNONYM_CREDIT * weight;
                        break;
                    }
                }
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /** Length of the longest piece of {@code content} that the passage contains, over the content's length. */
    static double phrase(String content, String foldedPassage) {
        if (content.isEmpty()) {
            return 0;
        }
        // Each step either finds a piece one longer than the best so far (starting at i) or moves i on: at most
        // twice the content's length of indexOf calls, which the JDK runs as vectorised scans.
        int best = 0;
        for (int i = 0; i + best < content.length(); ) {
            if (foldedPassage.indexOf(content.substring(i, i + best + 1)) >= 0) {
                best++;
            } else {
                i++;
            }
        }
        return (double) best / content.length();
    }

    /** The final score of a candidate. */
    double score(PassageFeatures f) {
        return weights.bm25() * f.relativeBm25() + weights.coverage() * f.coverage() + weights.phrase() * f.phrase()
                + (f.definesSubject() ? weights.definition() : 0) + (f.namedDocument() ? weights.namedDocument() : 0)
                + (f.heading() ? weights.heading() : 0) + (f.statesQuantity() ? weights.quantity() : 0)
                + weights.cosine() * f.cosine().orElse(0) + weights.recency() * f.recency();
    }
}
