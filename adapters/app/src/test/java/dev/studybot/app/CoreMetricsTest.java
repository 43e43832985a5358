package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.IncomingMessage;
import dev.studybot.chat.Origin;
import dev.studybot.document.LibraryLoader;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import dev.studybot.model.Member;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the core does shows in /metrics: questions answered and abstained, their latency, quizzes, answers. */
@Tag("slow") // a core over the bundled report
class CoreMetricsTest {

    @TempDir
    Path data;

    @Test
    void questionsAndQuizzesAreCounted() throws Exception {
        Config config = Config.from(Map.of("STUDYBOT_DATA", data.toString(), "STUDYBOT_DENSE", "off"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);
        try (CoreAssembly core = CoreAssembly.build(config, new LibraryLoader().load(List.of()), clock)) {
            Origin origin = new Origin(new ChatId("test", "private-1"), ChatType.PRIVATE, new Member("1", "Ada"),
                    clock.instant(), null, () -> true);
            core.dispatcher().onMessage(new IncomingMessage(origin, "会议由谁主持？"));
            core.dispatcher().onMessage(new IncomingMessage(origin, "怎么做红烧肉？"));

            String scraped = core.meters().scrape();
            assertTrue(scraped.contains("studybot_questions_total{outcome=\"answered\"} 1.0"), scraped);
            assertTrue(scraped.contains("studybot_questions_total{outcome=\"abstained\"} 1.0"), scraped);
            assertTrue(scraped.contains("studybot_answer_latency_seconds_count 2"), scraped);
            assertTrue(scraped.contains("studybot_answer_latency_seconds_bucket{le="), "a histogram: " + scraped);
            assertTrue(scraped.contains("studybot_quizzes_running 0.0"), scraped);
            assertTrue(scraped.contains("studybot_quiz_answers_total 0.0"), scraped);
            assertTrue(scraped.contains("studybot_daily_excerpts_total 0.0"), scraped);
            assertTrue(scraped.contains("jvm_memory_used_bytes"), scraped);
        }
    }
}
