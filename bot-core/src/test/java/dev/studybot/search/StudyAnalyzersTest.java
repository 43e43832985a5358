package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pins the word tokens of a few Chinese sentences (as Anserini pins its analyzers' output). */
class StudyAnalyzersTest {

    private final StudyAnalyzers analyzers = new StudyAnalyzers(List.of("一极一源", "两中心两地", "两个确立"),
            StudyAnalyzers.WordSegmenter.HANLP);
    private final ChineseNormalizer normalizer = new ChineseNormalizer();

    private List<String> words(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzers.words().tokenStream(StudyAnalyzers.WORDS, normalizer.normalize(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    @Test
    void segmentsPlainSentenceDroppingFunctionWordsAndPunctuation() throws IOException {
        assertEquals(List.of("坚持", "房子", "用来", "住", "不是", "用来", "炒", "定位"),
                words("坚持房子是用来住的、不是用来炒的定位。"));
    }

    @Test
    void keepsTheDocumentsKeyTermsWhole() throws IOException {
        assertEquals(List.of("构建", "一极一源", "两中心两地", "发展", "格局"), words("构建一极一源、两中心两地的发展格局"));
        assertEquals(List.of("深刻", "领悟", "两个确立", "决定性", "意义"), words("深刻领悟两个确立的决定性意义"));
    }

    @Test
    void aCategoryNounAskedForAndColloquialWeAreNoContent() {
        List<String> words = QueryTerms.of("咱们省要争取成为什么样的地方", analyzers).words();
        assertTrue(!words.contains("地方") && !words.contains("咱们"), words::toString);
        assertTrue(words.contains("争取"), words::toString);
        assertTrue(QueryTerms.of("四川有哪些情况", analyzers).words().contains("四川"));
        assertFalse(QueryTerms.of("大运会在哪个城市办的啊", analyzers).words().contains("城市"), "the place asked for");
        assertTrue(!QueryTerms.of("四川有哪些情况", analyzers).words().contains("情况"));
        assertEquals(List.of("地方"), QueryTerms.of("什么地方", analyzers).words(), "nothing else to search for");
        assertTrue(QueryTerms.of("地方政府债务", analyzers).words().contains("地方"), "not asked for");
    }

    @Test
    void aSpokenTrailingParticleIsNoContent() {
        List<String> words = QueryTerms.of("会是谁主持的来着？", analyzers).words();
        assertTrue(!words.contains("来着") && words.contains("主持"), words::toString);
        assertEquals(List.of("开", "生活会"), QueryTerms.of("还要开啥生活会不", analyzers).words(),
                "不 ends a spoken yes-or-no question as 吗 does");
    }

    @Test
    void anIndefiniteOneIsNoContent() {
        List<String> words = QueryTerms.of("四川要把自己建成一个什么样的地方", analyzers).words();
        assertTrue(!words.contains("一个") && words.contains("建成"), words::toString);
    }

    @Test
    void theCutPiecesOfAnAskingWordAreNoContent() {
        // HanLP cuts 多大的事 as 多/大/的/事: the two pieces make the asking word 多大 again.
        assertEquals(List.of("这次", "视察", "算", "事"), QueryTerms.of("这次视察算多大的事", analyzers).words());
    }

    @Test
    void aSeparableVerbSplitByAParticleIsOneWord() {
        assertTrue(QueryTerms.of("啥时候开的会", analyzers).words().contains("开会"));
        assertTrue(QueryTerms.of("会上谁讲了话", analyzers).words().contains("讲话"));
    }

    @Test
    void askingForADayAYearOrAPersonIsNoContent() {
        assertEquals(List.of("会议", "开"), QueryTerms.of("会议是哪天开的", analyzers).words());
        List<String> words = QueryTerms.of("主持这次会议的是哪位领导", analyzers).words();
        assertTrue(!words.contains("哪位") && words.contains("领导"), words::toString);
        assertTrue(!QueryTerms.of("大运会那段说的啥", analyzers).words().contains("那段"), "a part of the document asked");
    }

    @Test
    void foldsTraditionalAndDropsQuestionWords() throws IOException {
        assertEquals(List.of("全过程", "人民", "民主"), words("請問全過程人民民主是什麼？"));
        assertEquals(List.of("全过程", "人民", "民主"),
                QueryTerms.of(normalizer.normalize("請問全過程人民民主是什麼？"), analyzers).words());
    }

    @Test
    void withoutTheKeyTermsTheSegmenterCutsThem() throws IOException {
        StudyAnalyzers plain = new StudyAnalyzers(List.of(), StudyAnalyzers.WordSegmenter.HANLP);
        List<String> words = QueryTerms.of("两个确立", plain).words();
        assertEquals(false, words.contains("两个确立"));
    }

    @Test
    void joinsOneCharacterWordsWhereTheSegmenterDidNotKnowTheWord() {
        QueryTerms terms = QueryTerms.of("企业之间搞内卷怎么办", analyzers);
        assertEquals(List.of("企业", "之间", "搞", "内", "卷"), terms.words());
        assertEquals(List.of("搞内", "内卷"), terms.joined());
        QueryTerms kept = terms.withJoined(gram -> gram.equals("内卷"));
        assertEquals(true, kept.grams().contains("内卷"));
        assertEquals(false, kept.grams().contains("搞内"), "a joined gram no passage holds is left out");
    }

    @Test
    void aDifferentDictionaryHasADifferentFingerprintTheSameOneTheSame() {
        StudyAnalyzers one = new StudyAnalyzers(List.of("两个确立", "新就业形态"), StudyAnalyzers.WordSegmenter.HANLP);
        StudyAnalyzers same = new StudyAnalyzers(List.of("新就业形态", "两个确立"), StudyAnalyzers.WordSegmenter.HANLP);
        StudyAnalyzers other = new StudyAnalyzers(List.of("两个确立"), StudyAnalyzers.WordSegmenter.HANLP);
        assertEquals(one.dictionaryFingerprint(), same.dictionaryFingerprint());
        assertNotEquals(one.dictionaryFingerprint(), other.dictionaryFingerprint());
    }

    @Test
    void thePhrasesOfTheEverydayWordsStayWhole() {
        List<String> phrases = new Synonyms().documentPhrases();
        assertTrue(phrases.contains("新就业形态"), () -> phrases.toString());
        StudyAnalyzers analyzers = new StudyAnalyzers(phrases, StudyAnalyzers.WordSegmenter.HANLP);
        assertTrue(QueryTerms.of("加强灵活就业和新就业形态劳动者权益保障", analyzers).words().contains("新就业形态"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"全过程人民民主", "住", "2035", "gdp", "5g网络", "2035年", "数字中国2030"})
    void aQuestionWordsGramsAreTheTokensTheIndexHoldsForIt(String word) throws IOException {
        List<String> indexed = new ArrayList<>();
        try (TokenStream stream = analyzers.grams().tokenStream(StudyAnalyzers.GRAMS, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                indexed.add(term.toString());
            }
            stream.end();
        }
        assertEquals(indexed, QueryTerms.bigrams(word));
    }
}
