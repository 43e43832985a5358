package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Analyzers leave HanLP's shared custom dictionary as reading it again from disk and marking their own key terms did,
 * without reading it again.
 */
class SharedDictionaryTermsTest {

    @Test
    void aKeyTermTheSharedDictionaryHoldsIsMarkedUntilTheNextAnalyzersPutItBack() {
        new StudyAnalyzers(List.of(), StudyAnalyzers.WordSegmenter.HANLP);
        CoreDictionary.Attribute original = CustomDictionary.DEFAULT.dat.get("大变革");
        assertNotNull(original, "a word of HanLP's custom dictionary");
        new StudyAnalyzers(List.of("大变革", "两个确立"), StudyAnalyzers.WordSegmenter.HANLP);
        assertEquals("nz 1024 ", CustomDictionary.DEFAULT.dat.get("大变革").toString());
        new StudyAnalyzers(List.of("两个确立"), StudyAnalyzers.WordSegmenter.HANLP);
        assertEquals(original.toString(), CustomDictionary.DEFAULT.dat.get("大变革").toString(), "as on disk");
    }

    @Test
    void newAnalyzersDoNotReadTheSharedDictionaryAgain() {
        new StudyAnalyzers(List.of(), StudyAnalyzers.WordSegmenter.HANLP);
        CoreDictionary.Attribute before = CustomDictionary.DEFAULT.dat.get("艰苦奋斗");
        new StudyAnalyzers(List.of("两个确立"), StudyAnalyzers.WordSegmenter.HANLP);
        assertSame(before, CustomDictionary.DEFAULT.dat.get("艰苦奋斗"), "read again, it would be a new entry");
    }

    @Test
    void keyTermsTheSharedDictionaryLacksStayInTheAnalyzersOwnDictionary() {
        DynamicCustomDictionary dictionary = SharedDictionaryTerms.withKeyTerms(List.of("一极一源两中心"));
        assertTrue(dictionary.contains("一极一源两中心"));
        assertEquals(null, CustomDictionary.DEFAULT.dat.get("一极一源两中心"));
        SharedDictionaryTerms.withKeyTerms(List.of());
        assertTrue(dictionary.contains("一极一源两中心"), "another dictionary leaves it be");
    }
}
