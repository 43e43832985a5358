package dev.studybot.quiz;

import dev.studybot.document.Document;
import dev.studybot.document.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits documents into sentences with their key facts ({@link FactFinder}) and remembers the result per document
 * content, since HanLP's work is the slow part of generating questions.
 */
public final class DocumentAnalyzer {

    /** Sentences shorter than this (headings, fragments) are not asked about. */
    static final int MIN_SENTENCE = 14;
    private static final String SENTENCE_END = "。！？；…”";

    private final FactFinder finder;
    private final SentenceRuns runs;
    private final Lexicon lexicon;
    private final Map<String, List<AnalyzedSentence>> cache = new ConcurrentHashMap<>();

    public DocumentAnalyzer(TermExtractor extractor) {
        this(extractor, new Lexicon(), new WordSense());
    }

    DocumentAnalyzer(TermExtractor extractor, Lexicon lexicon, WordSense senses) {
        this.finder = new FactFinder(extractor, lexicon, senses);
        this.lexicon = lexicon;
        this.runs = new SentenceRuns(lexicon);
    }

    /** The word lists the facts were found with. */
    Lexicon lexicon() {
        return lexicon;
    }

    /** The analysed sentences of a document, in order. */
    public List<AnalyzedSentence> analyze(Document document) {
        return cache.computeIfAbsent(document.id() + "@" + document.contentHash(), key -> compute(document));
    }

    private static char last(String text) {
        return text.charAt(text.length() - 1);
    }

    private List<AnalyzedSentence> compute(Document document) {
        List<FactFinder.Raw> raw = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Paragraph paragraph : document.paragraphs()) {
            text.append(paragraph.text()).append('\n');
            String speaker = FactFinder.speaker(paragraph.text());
            for (String sentence : paragraph.sentences()) {
                String stripped = sentence.strip();
                // A heading or a subtitle (——在…大会上的报告) ends without a sentence mark: nothing to ask.
                if (Words.length(stripped) >= MIN_SENTENCE && SENTENCE_END.indexOf(last(stripped)) >= 0) {
                    raw.add(new FactFinder.Raw(paragraph.number(), stripped, speaker));
                }
            }
        }
        List<FactFinder.Found> found = finder.find(raw, text.toString());
        List<SentenceRuns.Run> tasks = runs.find(raw, text.toString());
        List<AnalyzedSentence> sentences = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            FactFinder.Raw r = raw.get(i);
            FactFinder.Found f = found.get(i);
            String antecedent = i > 0 && raw.get(i - 1).paragraph() == r.paragraph()
                    ? Antecedents.openingSubject(raw.get(i - 1).text(), r.speaker()) : "";
            sentences.add(new AnalyzedSentence(document.id(), document.title(), r.paragraph(), r.text(), r.speaker(),
                    f.subject(), f.subjectless(), f.persons(), f.facts(), antecedent));
            for (SentenceRuns.Run run : tasks) {
                if (run.first() == i) {
                    // The tasks a paragraph lays out one sentence each, asked together, their sentences the source.
                    sentences.add(new AnalyzedSentence(document.id(), document.title(), run.paragraph(), run.text(),
                            r.speaker(), "", Set.of(), Map.of(), List.of(run.fact())));
                }
            }
        }
        return List.copyOf(sentences);
    }
}
