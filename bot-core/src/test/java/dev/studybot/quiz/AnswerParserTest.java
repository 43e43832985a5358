package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Typed answers: letters or numbers; anything else, however long, is ordinary chat. */
class AnswerParserTest {

    @Test
    void lettersAndNumbersBecomeChoices() {
        assertEquals(Optional.of(List.of(0, 2)), AnswerParser.parse(" a，C "));
        assertEquals(Optional.of(List.of(1)), AnswerParser.parse("Ｂ"));
        assertEquals(Optional.of(List.of(0, 2)), AnswerParser.parse("1 3"));
    }

    @Test
    void otherTextIsNotAnAnswerEvenWhenVeryLong() {
        assertTrue(AnswerParser.parse("天府粮仓").isEmpty());
        assertTrue(AnswerParser.parse("a".repeat(5000)).isEmpty(), "no stack overflow, and not an answer");
        assertTrue(AnswerParser.parse("a ".repeat(3000)).isEmpty());
        assertTrue(AnswerParser.parse("K").isEmpty());
    }
}
