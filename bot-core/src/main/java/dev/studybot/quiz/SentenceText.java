package dev.studybot.quiz;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Map;

/**
 * A sentence being searched for facts, with HanLP's words and the document around it.
 *
 * @param text         the sentence
 * @param words        its words, with offsets and parts of speech
 * @param document     the whole document's text
 * @param formulations the numbered formulations the document quotes (“两个确立”, “四个全面”)
 * @param said         how often the document says each member of the word lists (where its category allows it)
 */
record SentenceText(String text, List<Term> words, String document, List<String> formulations,
                    Map<String, Integer> said) {

    boolean wordStart(int offset) {
        return words.stream().anyMatch(w -> w.offset == offset);
    }

    boolean wordEnd(int offset) {
        return words.stream().anyMatch(w -> w.offset + w.word.length() == offset);
    }

    /** Whether HanLP reads a place name starting there. */
    boolean place(int offset) {
        return words.stream().anyMatch(w -> w.offset == offset && w.nature != null
                && w.nature.toString().startsWith("ns"));
    }

    /** How often the document has the text. */
    int inDocument(String term) {
        return QuestionGenerator.occurrences(document, term);
    }

    /** How often the document says a member of the word lists. */
    int said(String member) {
        return said.getOrDefault(member, 0);
    }

    boolean quotedOrTitled(int start, int end) {
        return start > 0 && end < text.length() && text.charAt(start - 1) == '“' && text.charAt(end) == '”'
                || inside(start, '《', '》');
    }

    boolean inside(int offset, char open, char close) {
        int o = text.lastIndexOf(open, offset);
        return o >= 0 && text.lastIndexOf(close, offset - 1) < o && text.indexOf(close, offset) >= 0;
    }

    /** Whether the clause holding the offset speaks of a moment that passes (最后一个多月, 目前). */
    boolean timeBound(int offset) {
        int from = FactFinder.clauseStart(text, offset);
        String clause = text.substring(from, FactFinder.clauseEnd(text, offset));
        return clause.contains("最后") || clause.contains("目前") || clause.contains("截至");
    }
}
