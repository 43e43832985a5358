package dev.studybot.quiz;

import dev.studybot.document.Document;
import dev.studybot.document.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits documents into analysed sentences (key terms, enumerations) and remembers the result per document
 * content, since HanLP's work is the slow part of generating questions.
 */
public final class DocumentAnalyzer {

    /** Sentences shorter than this (headings, fragments) are not asked about. */
    static final int MIN_SENTENCE = 14;

    private final TermExtractor extractor;
    private final EnumerationFinder enumerations;
    private final Map<String, List<AnalyzedSentence>> cache = new ConcurrentHashMap<>();

    public DocumentAnalyzer(TermExtractor extractor) {
        this.extractor = extractor;
        this.enumerations = new EnumerationFinder(extractor);
    }

    /** The analysed sentences of a document, in order. */
    public List<AnalyzedSentence> analyze(Document document) {
        return cache.computeIfAbsent(document.id() + "@" + document.contentHash(), key -> compute(document));
    }

    private List<AnalyzedSentence> compute(Document document) {
        List<AnalyzedSentence> sentences = new ArrayList<>();
        for (Paragraph paragraph : document.paragraphs()) {
            Set<String> keywords = extractor.keywords(paragraph.text());
            for (String raw : paragraph.sentences()) {
                String sentence = raw.strip();
                if (Words.length(sentence) < MIN_SENTENCE) {
                    continue;
                }
                sentences.add(new AnalyzedSentence(document.id(), document.title(), paragraph.number(), sentence,
                        extractor.terms(sentence, keywords), enumerations.find(sentence)));
            }
        }
        return List.copyOf(sentences);
    }
}
