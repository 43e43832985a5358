package dev.studybot.quiz;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the hint of a quiz question (查看提示, as the Xuexi app has it): the sentence the question comes from, cut to
 * the clauses around what it asks, with the answer blanked, so that it helps without giving the answer away.
 *
 * <ul>
 *   <li>填空 and 单选: the answer the explanation marks 【…】 (and the right option) is blanked wherever the piece
 *       says it.</li>
 *   <li>多选: every right item is blanked, the 、 between them kept.</li>
 *   <li>判断: the statement's key terms are blanked: the term a false statement's explanation marks (the one it
 *       swapped), and every term the other questions of the pool ask about in that sentence when the statement
 *       says it. A true statement's explanation marks the whole statement, not a term, so its key terms come from
 *       those other questions alone; when none is in the statement, its most specific word (a number or time, then
 *       a name, then the longest content word, by HanLP) is blanked. Either way the hint of a true statement looks
 *       like that of a false one: what it shows agrees with the statement, and what could differ is blank.</li>
 * </ul>
 */
public final class HintWriter {

    /**
     * Longest hint, in characters (as long as an explanation's quote of the source): with its heading it fits a
     * phone's screen and Telegram's 200-character alert.
     */
    public static final int MAX_SOURCE = 110;
    /** What stands for a blanked term. */
    static final String BLANK = QuestionWriter.BLANK;

    /** Parts of speech of the most specific words, in the order a fallback prefers them. */
    private static final List<List<String>> SPECIFIC = List.of(List.of("m", "t"), List.of("nr", "ns", "nt", "nz"));
    private static final String ELLIPSIS = "…";
    private static final char ITEM_SEPARATOR = '、';
    /** How much shorter each try at a piece that fits is. */
    private static final int ROOM_STEP = 10;

    private final TermExtractor words;

    /** @param words HanLP's words, for the fallback of a statement whose key term no question marks */
    public HintWriter(TermExtractor words) {
        this.words = words;
    }

    /**
     * The hint of a question.
     *
     * @param question the question
     * @param pool     the questions of its scope: those on the same sentence name its key facts
     * @return the hint; empty when nothing in the sentence can be blanked (a hint would show the answer)
     */
    public Optional<String> hint(Question question, List<Question> pool) {
        String sentence = question.source() == null ? "" : question.source().text();
        if (sentence == null || sentence.isBlank()) {
            return Optional.empty();
        }
        boolean[] blanked = new boolean[sentence.length()];
        Optional<Span> marked = statesTheTruth(question) ? Optional.empty() : marked(question);
        Set<String> terms = new LinkedHashSet<>(answerTerms(question));
        if (question.type() == QuestionType.TRUE_FALSE) {
            pool.stream().filter(other -> other != question && question.source().equals(other.source()))
                    .flatMap(other -> answerTerms(other).stream())
                    .filter(term -> question.prompt().contains(term))
                    .forEach(terms::add);
        }
        terms.forEach(term -> blankEvery(sentence, term, blanked));
        marked.ifPresent(span -> blankSpan(sentence, span,
                question.type() == QuestionType.MULTIPLE_CHOICE, blanked));
        if (!any(blanked)) {
            specificWord(question.prompt(), sentence).ifPresent(word -> blankEvery(sentence, word, blanked));
        }
        if (!any(blanked)) {
            return Optional.empty();
        }
        Span focus = marked.orElseGet(() -> focus(sentence, blanked, question.prompt()));
        // A blank can be longer than the term it hides: the piece shrinks until the hint fits.
        for (int room = MAX_SOURCE; room > 0; room -= ROOM_STEP) {
            String hint = render(sentence, Snippet.around(sentence, focus.start(), focus.end(), room), blanked);
            if (hint.length() <= MAX_SOURCE) {
                return hint.contains(BLANK) ? Optional.of(hint) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The terms a question's answer is: the marked term and the right options of a 填空 or 单选, the right items of a
     * 多选, the swapped term of a false statement; none for a true statement (it marks the whole statement).
     */
    static List<String> answerTerms(Question q) {
        List<String> terms = new ArrayList<>();
        switch (q.type()) {
            case FILL_BLANK, SINGLE_CHOICE -> {
                marked(q).ifPresent(span -> terms.add(span.text()));
                q.answers().forEach(i -> terms.add(q.options().get(i)));
            }
            case MULTIPLE_CHOICE -> q.answers().forEach(i -> terms.add(q.options().get(i)));
            case TRUE_FALSE -> {
                if (!statesTheTruth(q)) {
                    marked(q).ifPresent(span -> terms.add(span.text()));
                }
            }
        }
        return terms.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** Whether the question is a true statement (its right option is 正确). */
    static boolean statesTheTruth(Question q) {
        return q.type() == QuestionType.TRUE_FALSE && q.answers().size() == 1
                && QuestionWriter.TRUE.equals(q.options().get(q.answers().getFirst()));
    }

    /**
     * Where in the source sentence the explanation's 【…】 is: its quote ({@code 原文：…前文【答案】后文…}) is a piece of
     * the sentence, which places the term even when the sentence says it more than once.
     */
    static Optional<Span> marked(Question q) {
        String sentence = q.source().text();
        String explanation = q.explanation() == null ? "" : q.explanation();
        int quoteAt = explanation.lastIndexOf("原文：");
        String quote = quoteAt < 0 ? explanation : explanation.substring(quoteAt + "原文：".length());
        int open = quote.indexOf('【');
        int close = quote.indexOf('】', open + 1);
        if (open < 0 || close < 0) {
            return Optional.empty();
        }
        String term = quote.substring(open + 1, close);
        if (term.isBlank()) {
            return Optional.empty();
        }
        int lead = 0;
        while (quote.startsWith(ELLIPSIS, lead)) {
            lead += ELLIPSIS.length();
        }
        String context = quote.substring(lead, open) + term + quote.substring(close + 1);
        while (context.endsWith(ELLIPSIS)) {
            context = context.substring(0, context.length() - ELLIPSIS.length());
        }
        int at = sentence.indexOf(context);
        int start = at >= 0 ? at + open - lead : sentence.indexOf(term);
        if (start < 0 || !sentence.startsWith(term, start)) {
            return Optional.empty();
        }
        return Optional.of(new Span(start, start + term.length(), term));
    }

    /** The statement's most specific word that the sentence says: a number or time, a name, the longest word. */
    private Optional<String> specificWord(String prompt, String sentence) {
        List<Term> candidates = words.words(prompt).stream()
                .filter(t -> Words.acceptable(t.word) && t.word.codePoints().allMatch(Character::isLetterOrDigit)
                        && sentence.contains(t.word))
                .toList();
        for (List<String> natures : SPECIFIC) {
            Optional<Term> found = candidates.stream()
                    .filter(t -> natures.stream().anyMatch(n -> String.valueOf(t.nature).startsWith(n)))
                    .max(Comparator.comparingInt(t -> t.word.length()));
            if (found.isPresent()) {
                return Optional.of(found.get().word);
            }
        }
        return candidates.stream().max(Comparator.comparingInt(t -> t.word.length())).map(t -> t.word);
    }

    /**
     * The blank to centre the piece on when the explanation marks none (a true statement): the first whose
     * surroundings the statement quotes, so the piece shows the part of a long sentence the statement is about.
     */
    private static Span focus(String sentence, boolean[] blanked, String prompt) {
        Span first = null;
        for (int i = 0; i < blanked.length; i++) {
            if (!blanked[i] || (i > 0 && blanked[i - 1])) {
                continue;
            }
            int end = i;
            while (end < blanked.length && blanked[end]) {
                end++;
            }
            Span run = new Span(i, end, sentence.substring(i, end));
            if (first == null) {
                first = run;
            }
            String around = sentence.substring(Math.max(0, i - 4), Math.min(sentence.length(), end + 4));
            if (prompt.contains(around)) {
                return run;
            }
        }
        return first;
    }

    private static void blankEvery(String sentence, String term, boolean[] blanked) {
        for (int at = sentence.indexOf(term); at >= 0; at = sentence.indexOf(term, at + 1)) {
            for (int i = at; i < at + term.length(); i++) {
                blanked[i] = true;
            }
        }
    }

    /** Blanks a marked span: all of it, or for a 多选's enumeration everything but the 、 between its items. */
    private static void blankSpan(String sentence, Span span, boolean keepSeparators, boolean[] blanked) {
        for (int i = span.start(); i < span.end(); i++) {
            blanked[i] |= !(keepSeparators && sentence.charAt(i) == ITEM_SEPARATOR);
        }
    }

    private static boolean any(boolean[] flags) {
        for (boolean flag : flags) {
            if (flag) {
                return true;
            }
        }
        return false;
    }

    /** The piece with each run of blanked characters as one blank, and … where the sentence was cut. */
    private static String render(String sentence, Snippet piece, boolean[] blanked) {
        StringBuilder out = new StringBuilder();
        if (piece.from() > 0) {
            out.append(ELLIPSIS);
        }
        for (int i = piece.from(); i < piece.to(); i++) {
            if (!blanked[i]) {
                out.append(sentence.charAt(i));
            } else if (i == piece.from() || !blanked[i - 1]) {
                out.append(BLANK);
            }
        }
        if (piece.to() < sentence.length()) {
            out.append(ELLIPSIS);
        }
        return out.toString();
    }

    /**
     * A span of the source sentence.
     *
     * @param start its first character
     * @param end   just after its last
     * @param text  what it says
     */
    record Span(int start, int end, String text) {
    }
}
