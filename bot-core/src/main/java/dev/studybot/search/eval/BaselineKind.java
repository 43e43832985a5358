package dev.studybot.search.eval;

import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The plain Lucene analyzers the system is compared with, each with its default settings. */
public enum BaselineKind {
    /** StandardAnalyzer: one token per Chinese character. */
    STANDARD("lucene-standard", StandardAnalyzer::new),
    /** SmartChineseAnalyzer (smartcn): HMM word segmentation with its default stop words. */
    SMARTCN("lucene-smartcn", SmartChineseAnalyzer::new),
    /** CJKAnalyzer: overlapping character bigrams. */
    CJK("lucene-cjk", CJKAnalyzer::new);

    private final String label;
    private final Supplier<Analyzer> analyzer;

    BaselineKind(String label, Supplier<Analyzer> analyzer) {
        this.label = label;
        this.analyzer = analyzer;
    }

    /** The name reports use. */
    public String label() {
        return label;
    }

    /** A new analyzer of this kind. */
    public Analyzer newAnalyzer() {
        return analyzer.get();
    }
}
