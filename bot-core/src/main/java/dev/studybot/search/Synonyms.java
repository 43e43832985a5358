package dev.studybot.search;

import com.hankcs.hanlp.corpus.synonym.Synonym;
import com.hankcs.hanlp.dictionary.CoreSynonymDictionary;
import com.hankcs.hanlp.dictionary.common.CommonSynonymDictionary;
import java.util.ArrayList;
import java.util.List;

/**
 * Words of the same meaning as a question's word, from HanLP's core synonym dictionary (an extended 同义词词林):
 * only classes of true synonyms ("="), only words of two or more characters. They let a colloquial question meet the
 * documents' formal words: 年轻人 meets 青年, 看病 meets 医疗, 外地 meets 异地.
 */
public final class Synonyms {

    /** Classes larger than this are too loose to stand for one meaning. */
    static final int MAX_CLASS = 16;

    /** The synonyms of a word (without the word itself), empty when it has none. */
    public List<String> of(String word) {
        if (word.codePointCount(0, word.length()) < 2) {
            return List.of();
        }
        CommonSynonymDictionary.SynonymItem item = CoreSynonymDictionary.get(word);
        if (item == null || item.type != Synonym.Type.EQUAL || item.synonymList == null
                || item.synonymList.size() > MAX_CLASS) {
            return List.of();
        }
        List<String> synonyms = new ArrayList<>();
        for (Synonym synonym : item.synonymList) {
            String other = synonym.realWord;
            if (!other.equals(word) && other.codePointCount(0, other.length()) >= 2 && !synonyms.contains(other)) {
                synonyms.add(other);
            }
        }
        return List.copyOf(synonyms);
    }
}
