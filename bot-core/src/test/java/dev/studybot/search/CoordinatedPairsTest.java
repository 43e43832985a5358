package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documents' words for a member of a question's coordinated pair, read off the documents' own pairs. */
class CoordinatedPairsTest {

    private static final List<String> REPORT = List.of("要加强督促检查，确保落地落实。",
            "把总书记的勉励和鞭策转化为担当作为、干事创业的强大动力。");

    /** Whether the report uses a text (a stand-in for its words). */
    private static boolean inReport(String word) {
        return String.join("", REPORT).contains(word);
    }

    private static QueryTerms terms(List<String> words, Map<String, List<String>> synonyms) {
        return new QueryTerms(words, List.of(), List.of(), synonyms);
    }

    @Test
    void findsThePairsTheQuestionJoins() {
        assertEquals(List.of(new CoordinatedPairs.Pair("表扬", "督促")),
                CoordinatedPairs.in("总书记的表扬和督促要变成什么", List.of("总书记", "表扬", "督促", "变成")));
        assertEquals(List.of(), CoordinatedPairs.in("总书记表扬了四川", List.of("总书记", "表扬", "四川")));
    }

    @Test
    void thePartnerOfASynonymInTheDocumentsPairStandsForTheOtherMember() {
        QueryTerms question = terms(List.of("总书记", "表扬", "督促"), Map.of("表扬", List.of("勉励")));
        assertEquals(Map.of("督促", List.of("鞭策")),
                CoordinatedPairs.partners("总书记的表扬和督促", question, () -> REPORT, CoordinatedPairsTest::inReport));
    }

    @Test
    void aSynonymOfTheSecondMemberGivesAPartnerForTheFirst() {
        QueryTerms question = terms(List.of("督促", "表扬"), Map.of("表扬", List.of("鞭策")));
        assertEquals(Map.of("督促", List.of("勉励")),
                CoordinatedPairs.partners("督促和表扬", question, () -> REPORT, CoordinatedPairsTest::inReport));
    }

    @Test
    void aPairContractedToTheFirstCharactersOfItsMembersOrTheirSynonymsIsTheDocumentsWord() {
        QueryTerms question = terms(List.of("城市", "农村", "互动"), Map.of("农村", List.of("乡村")));
        assertEquals(List.of("城农", "城乡"),
                CoordinatedPairs.contractions(new CoordinatedPairs.Pair("城市", "农村"), question));
        assertEquals(Map.of("城市", List.of("城乡"), "农村", List.of("城乡")),
                CoordinatedPairs.partners("城市和农村之间要形成怎样的互动格局", question,
                        () -> List.of("加快构建以城带乡、以工促农的新型城乡关系。"), "新型城乡关系"::contains));
    }

    @Test
    void theQuestionsOwnWordWithAnotherPartnerIsAnotherPair() {
        QueryTerms question = terms(List.of("经济", "社会"), Map.of());
        assertEquals(Map.of(), CoordinatedPairs.partners("经济和社会", question,
                () -> List.of("推动经济和文化发展。"), word -> "推动经济和文化发展。".contains(word)));
    }

    @Test
    void aPartnerTheDocumentsDoNotUseAsAWordIsLeftOut() {
        QueryTerms question = terms(List.of("表扬", "督促"), Map.of("表扬", List.of("勉励")));
        assertEquals(Map.of(), CoordinatedPairs.partners("表扬和督促", question, () -> REPORT, word -> false));
    }

    @Test
    void tooManyPassagesAreNotRead() {
        QueryTerms question = terms(List.of("表扬", "督促"), Map.of("表扬", List.of("勉励")));
        List<String> library = Collections.nCopies(CoordinatedPairs.MAX_PASSAGES + 1, REPORT.get(1));
        assertEquals(Map.of(), CoordinatedPairs.partners("表扬和督促", question, () -> library, word -> true));
    }
}
