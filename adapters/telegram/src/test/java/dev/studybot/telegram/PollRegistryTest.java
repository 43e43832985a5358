package dev.studybot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.model.ChatId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A vote that arrives while its poll's send is still under way waits for it instead of being dropped. */
class PollRegistryTest {

    private static final ChatId CHAT = new ChatId("telegram", "7");
    private static final QuizQuestionReply QUESTION = new QuizQuestionReply(new QuestionRef.QuizQuestion("q", 1), 1,
            1, "问题", List.of("甲", "乙"), List.of(0), false, Duration.ofSeconds(10), "解析");

    @Test
    void aVoteDuringTheSendWaitsForThePollToBeRegistered() throws Exception {
        PollRegistry polls = new PollRegistry(new dev.studybot.store.InMemoryPollStore(), java.time.Clock.systemUTC());
        polls.sendStarted();
        CompletableFuture<Optional<PollRegistry.SentPoll>> vote = CompletableFuture.supplyAsync(() -> polls.find("p1"));
        polls.remember("p1", CHAT, QUESTION);
        polls.sendEnded();
        assertEquals(CHAT, vote.get(5, TimeUnit.SECONDS).orElseThrow().chat());
    }

    @Test
    void anUnknownPollWithNoSendUnderWayIsUnknownAtOnce() {
        PollRegistry polls = new PollRegistry(new dev.studybot.store.InMemoryPollStore(), java.time.Clock.systemUTC());
        assertTrue(polls.find("nope").isEmpty());
        polls.sendStarted();
        polls.sendEnded();
        assertTrue(polls.find("nope").isEmpty());
    }
}
