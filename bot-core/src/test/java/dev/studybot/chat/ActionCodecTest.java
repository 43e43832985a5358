package dev.studybot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.QuestionRef.QuizQuestion;
import dev.studybot.chat.QuestionRef.ReviewQuestion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one wire format of actions: every action survives the trip, and the longest fits Telegram's 64 bytes. */
class ActionCodecTest {

    static final String LONGEST_ID = "q".repeat(ActionCodec.MAX_ID);
    static final List<Integer> ALL_OPTIONS = IntStream.range(0, ActionCodec.MAX_OPTIONS).boxed().toList();

    /** The longest action of each kind. */
    static List<Action> longest() {
        return List.of(new Action.More(),
                new Action.Answer(new QuizQuestion(LONGEST_ID, ActionCodec.MAX_NUMBER), ALL_OPTIONS),
                new Action.Answer(new ReviewQuestion(LONGEST_ID), ALL_OPTIONS),
                new Action.Answer(new QuestionRef.DailyQuestion(java.time.LocalDate.of(2026, 12, 31)), ALL_OPTIONS),
                new Action.Hint(new QuizQuestion(LONGEST_ID, ActionCodec.MAX_NUMBER)));
    }

    @Test
    void everyKindComesBackAsItWasAndFitsEveryPlatform() {
        for (Action action : longest()) {
            String payload = ActionCodec.encode(action);
            assertEquals(Optional.of(action), ActionCodec.decode(payload), payload);
            assertTrue(payload.getBytes(StandardCharsets.UTF_8).length <= ActionCodec.MAX_BYTES, payload);
        }
    }

    @Test
    void theFormatIsTheOneButtonsHaveAlwaysCarried() {
        assertEquals("more", ActionCodec.encode(new Action.More()));
        assertEquals("quiz:q7:1:0,2", ActionCodec.encode(new Action.Answer(new QuizQuestion("q7", 1), List.of(2, 0))));
        assertEquals("quiz:q7:3:", ActionCodec.encode(new Action.Answer(new QuizQuestion("q7", 3), List.of())),
                "a select menu's answer before the selection");
        assertEquals("review:r5x:1", ActionCodec.encode(new Action.Answer(new ReviewQuestion("r5x"), List.of(1))));
        assertEquals("daily:20261207:2", ActionCodec.encode(new Action.Answer(
                new QuestionRef.DailyQuestion(java.time.LocalDate.of(2026, 12, 7)), List.of(2))));
    }

    @Test
    void payloadsThisVersionDoesNotMakeAreNotUnderstood() {
        for (String payload : List.of("", "mor", "more ", "quiz:q1:0:1", "quiz:q1:1:1,", "quiz:q:1:a", "quiz:q1:1:12",
                "quiz:q-1:1:1", "review::1", "hint:q1", "quiz:" + "q".repeat(13) + ":1:1", "quiz:q1:1000:1",
                "quiz:q1:1:0,1,2,3,4,5,6,7,8,9,0", "daily:20261332:1", "daily:2026127:1", "daily:20261207")) {
            assertEquals(Optional.empty(), ActionCodec.decode(payload), payload);
        }
        assertEquals(Optional.empty(), ActionCodec.decode(null));
    }

    @Test
    void anActionNoControlCanCarryIsRefusedWhenTheControlIsMade() {
        assertThrows(IllegalArgumentException.class,
                () -> new Button("x", new Action.Answer(new QuizQuestion("q:1", 1), List.of(0))));
        assertThrows(IllegalArgumentException.class,
                () -> ActionCodec.encode(new Action.Answer(new QuizQuestion("q1", 1), List.of(10))));
        assertThrows(IllegalArgumentException.class,
                () -> ActionCodec.encode(new Action.Hint(new QuizQuestion("q1", 0))));
    }
}
