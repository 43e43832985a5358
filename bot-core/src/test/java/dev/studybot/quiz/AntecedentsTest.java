package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A 其 out of its paragraph is said by the noun phrase the sentence before opens with, and by nothing else. */
class AntecedentsTest {

    @Test
    void theSubjectASentenceOpensWithIsItsNextSentencesAntecedent() {
        assertEquals("习近平总书记这次来川视察作出的重要指示", Antecedents.openingSubject(
                "会议指出，习近平总书记这次来川视察作出的重要指示，视野宏阔、思想深邃、重点突出，是…科学指引。", "会议指出"));
    }

    @Test
    void aClauseThatStatesOrActsIsNoAntecedent() {
        assertEquals("", Antecedents.openingSubject("习近平总书记一直对四川工作高度重视，对四川人民亲切关怀。", ""));
        assertEquals("", Antecedents.openingSubject("要深刻领会把握总书记对四川工作的勉励肯定，把…强大动力。", ""));
        assertEquals("", Antecedents.openingSubject("会议审议了文件。", ""));
    }

    @Test
    void onlyAPronounIsReplaced() {
        assertEquals("准确把握这份指示的丰富内涵", Antecedents.resolved("准确把握其丰富内涵", "这份指示"));
        assertEquals("其中尤其重要", Antecedents.resolved("其中尤其重要", "这份指示"));
        assertEquals("准确把握其丰富内涵", Antecedents.resolved("准确把握其丰富内涵", ""));
    }
}
