package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IOUtil;
import com.hankcs.hanlp.corpus.synonym.Synonym;
import com.hankcs.hanlp.dictionary.CoreSynonymDictionary;
import com.hankcs.hanlp.dictionary.common.CommonSynonymDictionary;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The synonym dictionary read into a map answers every word as HanLP's own synonym dictionary does. */
class SynonymClassesTest {

    @Test
    void everyWordHasHanlpsClass() throws Exception {
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = IOUtil.newInputStream(HanLP.Config.CoreSynonymDictionaryDictionaryPath);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.split(" ");
                words.addAll(List.of(parts).subList(1, parts.length));
            }
        }
        assertTrue(words.size() > 50_000, "the whole dictionary: " + words.size());
        SynonymClasses classes = SynonymClasses.bundled();
        int differences = 0;
        List<String> examples = new ArrayList<>();
        for (String word : words) {
            CommonSynonymDictionary.SynonymItem hanlp = CoreSynonymDictionary.get(word);
            SynonymClasses.SynonymClass ours = classes.of(word).orElseThrow();
            List<String> hanlpWords = hanlp.synonymList.stream().map(s -> s.realWord).toList();
            boolean sameRelation = (hanlp.type == Synonym.Type.EQUAL) == (ours.relation() == '=');
            if (!sameRelation || !hanlpWords.equals(ours.words())) {
                differences++;
                if (examples.size() < 5) {
                    examples.add(word + ": " + hanlp.type + hanlpWords + " vs " + ours);
                }
            }
        }
        assertEquals(0, differences, examples.toString());
    }

    @Test
    void aWordInSeveralClassesBelongsToTheLast() throws Exception {
        String dictionary = "Aa01A01= 青年 年轻人\nAa01A02# 青年 后生\nAa01A03@ 孤零零\n";
        SynonymClasses classes = SynonymClasses.read(
                new ByteArrayInputStream(dictionary.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new SynonymClasses.SynonymClass('#', List.of("青年", "后生")), classes.of("青年").orElseThrow());
        assertEquals(new SynonymClasses.SynonymClass('=', List.of("青年", "年轻人")), classes.of("年轻人").orElseThrow());
        assertEquals('@', classes.of("孤零零").orElseThrow().relation());
        assertTrue(classes.of("老人").isEmpty());
    }
}
