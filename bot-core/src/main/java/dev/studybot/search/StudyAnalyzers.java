package dev.studybot.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the passage index. Both fields see text already folded by {@link ChineseNormalizer}:
 * {@value #WORDS} holds HanLP words (function and question words removed), {@value #GRAMS} holds character
 * bigrams, which catch words the segmenter cuts differently in the question and in the passage.
 */
public final class StudyAnalyzers {

    /** The field of HanLP words. */
    public static final String WORDS = "words";
    /** The field of character bigrams. */
    public static final String GRAMS = "grams";

    /** Words that say how a question is asked, not what it is about: they never drive the ranking. */
    public static final Set<String> QUESTION_WORDS = Set.of(
            "什么", "哪些", "哪个", "哪里", "哪儿", "哪", "如何", "怎么", "怎样", "怎么样", "怎么办", "为什么", "为何",
            "吗", "呢", "吧", "啊", "呀", "嘛", "么", "请问", "请", "问", "报告", "报告中", "文件", "文中", "文件中",
            "提到", "谈到", "讲到", "说", "讲", "咋", "咋说", "啥", "多少", "几", "是", "的", "了", "在", "有", "和",
            "与", "及", "对", "把", "被", "都", "也", "就", "还", "又", "而", "之", "其", "这", "那", "这个", "那个",
            "我们", "咱们", "咱", "我", "你", "他", "它", "要", "会", "能", "可以", "应该", "一下", "一些", "一个", "方面", "哪些方面",
            "内容", "是否", "对于", "哪方面", "什么样", "怎么样的", "怎样才能", "才能", "多久", "得", "地", "着", "过",
            "一下子", "谁", "怎么做", "怎么说", "会不会", "咋办", "干啥", "做什么", "哪一", "哪几", "几个", "几点", "多大",
            "多长", "如何才能", "能否", "需要", "看待", "怎么看", "有没有", "是不是", "到底", "究竟", "关于", "中", "里", "上",
            "下", "时",
            "咋整", "咋弄", "咋样", "咋回事", "咋搞", "啥样", "有啥", "没", "这么", "那么", "打算", "呗", "啦", "来着",
            // a spoken yes-or-no question ends in 不 (还要开啥生活会不) as a written one ends in 吗
            "不", "还要", "哈", "喽", "意思", "啥意思", "哪天", "哪一天", "哪年", "哪一年", "哪位", "哪几位",
            "这段", "那段", "这一段", "那一段", "这部分", "那部分", "这块", "那块",
            "the", "a", "an", "of", "what", "how", "is", "are");

    /** Which segmenter makes the words field: HanLP (the default) or Lucene's smartcn, kept to compare. */
    public enum WordSegmenter { HANLP, SMARTCN }

    private final Segment segment;
    private final Segment indexSegment;
    private final WordSegmenter wordSegmenter;
    private final String dictionaryFingerprint;

    /** Analyzers with HanLP's own dictionaries only. */
    public StudyAnalyzers() {
        this(List.of());
    }

    /**
     * Analyzers whose segmenter also knows the documents' key terms ({@link KeyTerms}): those HanLP's shared custom
     * dictionary lacks are kept in a dictionary of this instance only, those it holds are marked in it until the next
     * analyzers are made ({@link SharedDictionaryTerms}).
     */
    public StudyAnalyzers(Collection<String> keyTerms) {
        this(keyTerms, WordSegmenter.valueOf(System.getProperty("studybot.words", "HANLP").toUpperCase(java.util.Locale.ROOT)));
    }

    /** Analyzers with the chosen word segmenter (smartcn ignores the key terms: it has no user dictionary). */
    public StudyAnalyzers(Collection<String> keyTerms, WordSegmenter wordSegmenter) {
        this.wordSegmenter = wordSegmenter;
        this.dictionaryFingerprint = fingerprint(keyTerms, wordSegmenter);
        DynamicCustomDictionary dictionary = SharedDictionaryTerms.withKeyTerms(keyTerms);
        // Person-name recognition (on by default) costs about 40% of segmentation time and only matters for
        // names, which policy documents rarely carry; the key-term dictionary keeps their own terms whole.
        this.segment = HanLP.newSegment().enableOffset(true).enableCustomDictionary(dictionary)
                .enablePlaceRecognize(false).enableOrganizationRecognize(false)
                .enableNameRecognize(false).enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false);
        // The index side cuts with HanLP's dictionary segmenter (longest match over the same core and custom
        // dictionaries, key terms included): a sixth of the standard segmenter's time on a large library, and
        // measured equal on our question sets, because the bigram field catches the words it cuts differently.
        // Questions keep the standard segmenter, which separates question words and particles reliably.
        this.indexSegment = HanLP.newSegment("dat").enableOffset(true).enableCustomDictionary(dictionary);
    }

    /**
     * A digest of what this instance adds to the segmenter's dictionary (and which segmenter it is): an index cut
     * with another dictionary must be rebuilt, even from the same documents.
     */
    public String dictionaryFingerprint() {
        return dictionaryFingerprint;
    }

    private static String fingerprint(Collection<String> keyTerms, WordSegmenter wordSegmenter) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(wordSegmenter.name().getBytes(StandardCharsets.UTF_8));
            for (String term : new TreeSet<>(keyTerms)) {
                digest.update((term + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The HanLP segmenter of questions (standard segmentation, never index mode). */
    public Segment segment() {
        return segment;
    }

    /** The words of a folded text, in order, punctuation dropped (question words kept: the caller filters). */
    public List<String> wordsOf(String folded) {
        List<String> words = new java.util.ArrayList<>();
        if (wordSegmenter == WordSegmenter.HANLP) {
            for (com.hankcs.hanlp.seg.common.Term term : segment.seg(folded)) {
                words.add(term.word);
            }
            return words;
        }
        try (TokenStream stream = newTokenizerAnalyzer().tokenStream(WORDS, folded)) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return words;
    }

    private Analyzer newTokenizerAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = newTokenizer();
                return new TokenStreamComponents(tokenizer);
            }
        };
    }

    private Tokenizer newTokenizer() {
        return wordSegmenter == WordSegmenter.HANLP ? new HanlpTokenizer(indexSegment)
                : new org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer();
    }

    /** Words of a passage (index side) without question words. */
    public Analyzer words() {
        return words(this::newTokenizer);
    }

    /**
     * The index side's HanLP segmentation, as a function of a text's characters, when HanLP makes the words field
     * (empty with smartcn).
     */
    Optional<Function<char[], List<com.hankcs.hanlp.seg.common.Term>>> indexSegmenter() {
        return wordSegmenter == WordSegmenter.HANLP ? Optional.of(indexSegment::seg) : Optional.empty();
    }

    /**
     * Words of a passage (index side) without question words, cut by the given function ({@link #indexSegmenter()}
     * or words cut on another thread from it).
     */
    Analyzer words(Function<char[], List<com.hankcs.hanlp.seg.common.Term>> segmenter) {
        return words(() -> new HanlpTokenizer(segmenter));
    }

    private Analyzer words(Supplier<Tokenizer> tokenizers) {
        CharArraySet stops = new CharArraySet(QUESTION_WORDS, false);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = tokenizers.get();
                TokenStream stream = new StopFilter(tokenizer, stops);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /**
     * Character bigrams: the tokens of {@link CJKAnalyzer} without its width, lower-case and (empty) stop filters,
     * which text already folded by {@link ChineseNormalizer} does not need (lower-casing alone was a tenth of
     * indexing).
     */
    public Analyzer grams() {
        return bigrams();
    }

    /**
     * The analyzer of {@link #grams()}, which needs no dictionary: the bigrams part of an index is written while the
     * words' dictionary is still being made ({@link PassageIndexer}).
     */
    static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new CJKBigramFilter(tokenizer));
            }
        };
    }
}
