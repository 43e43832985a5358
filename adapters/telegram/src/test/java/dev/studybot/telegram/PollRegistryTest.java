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

/**
 * A vote that arrives while its poll's send is still under way waits for it instead of being dropped; a poll written to
 * the database is found after a restart.
 */
class PollRegistryTest {

    private static final ChatId CHAT = new ChatId("telegram", "7");
    private static final QuizQuestionReply QUESTION = new QuizQuestionReply(new QuestionRef.QuizQuestion("q", 1), 1,
            1, "问题", List.of("甲", "乙"), List.of(0), false, Duration.ofSeconds(10), "解析");

    @Test
    void aVoteDuringTheSendWaitsForThePollToBeRegistered() throws Exception {
        PollRegistry polls = new PollRegistry(new dev.studybot.store.InMemoryPostedPolls(), java.time.Clock.systemUTC());
        polls.sendStarted();
        CompletableFuture<Optional<PollRegistry.SentPoll>> vote = CompletableFuture.supplyAsync(() -> polls.find("p1"));
        polls.remember("p1", CHAT, QUESTION.answer(List.of()), Optional.empty());
        polls.sendEnded();
        assertEquals(CHAT, vote.get(5, TimeUnit.SECONDS).orElseThrow().chat());
    }

    @Test
    void anUnknownPollWithNoSendUnderWayIsUnknownAtOnce() {
        PollRegistry polls = new PollRegistry(new dev.studybot.store.InMemoryPostedPolls(), java.time.Clock.systemUTC());
        assertTrue(polls.find("nope").isEmpty());
        polls.sendStarted();
        polls.sendEnded();
        assertTrue(polls.find("nope").isEmpty());
    }

    @Test
    void aPollWrittenToTheStoreIsFoundAfterARestart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var database = dev.studybot.store.jdbc.Database.sqlite(dir.resolve("db.sqlite"));
        var store = new dev.studybot.store.jdbc.JdbcPostedPolls(database);
        QuizQuestionReply daily = new QuizQuestionReply(
                new QuestionRef.DailyQuestion(java.time.LocalDate.of(2026, 12, 2)), "今日一题", "问题",
                List.of("甲", "乙"), List.of(0), false, Duration.ofHours(20), "解析", List.of(),
                dev.studybot.chat.Audience.CHAT);
        new PollRegistry(store, java.time.Clock.systemUTC())
                .remember("p7", CHAT, daily.answer(List.of()), Optional.of(41));

        PollRegistry afterRestart = new PollRegistry(store, java.time.Clock.systemUTC());
        PollRegistry.SentPoll found = afterRestart.find("p7").orElseThrow();
        assertEquals(CHAT, found.chat());
        assertEquals(daily.answer(List.of(1)), found.answer().withChoices(List.of(1)));
        assertEquals(Optional.of(41), afterRestart.latestFor(CHAT, daily.question()).orElseThrow().messageId());
    }
}
