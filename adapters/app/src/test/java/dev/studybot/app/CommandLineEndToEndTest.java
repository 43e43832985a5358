package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as people and the evaluation use it: piped input, output on stdout, data in a temp folder. */
@Tag("slow") // end to end: the whole command line
class CommandLineEndToEndTest {

    @TempDir
    Path data;

    private final ObjectMapper json = new ObjectMapper();

    private Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                Map.of("STUDYBOT_DATA", data.toString(), "STUDYBOT_DENSE", "off"), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @Test
    void aCountedQuizExportAsksNoFactTwiceAndSaysWhenTheReportGivesFewerThanAsked() throws Exception {
        Run ten = run("", "quiz", "--export", "--json", "--count", "10", "--seed", "83");
        assertEquals(0, ten.exit(), ten.err());
        assertEquals(10, ten.lines().size());
        assertFalse(ten.err().contains("exported"), ten.err());

        Run forty = run("", "quiz", "--export", "--json", "--count", "40", "--seed", "83");
        assertEquals(0, forty.exit(), forty.err());
        int exported = forty.lines().size();
        assertTrue(exported >= 23 && exported < 40, "the report gives about 25: " + exported);
        assertTrue(forty.err().contains("exported " + exported + " of the 40 asked for"), forty.err());
        for (String line : forty.lines()) {
            JsonNode q = json.readTree(line);
            assertTrue(q.has("id") && q.has("type") && q.has("prompt") && q.has("options") && q.has("answers")
                    && q.has("explanation") && q.get("source").has("doc"), line);
        }
    }

    @Test
    void dailyPreviewShowsThePassOfEachDayItsRecallExerciseOrPromptAndItsQuestion() throws Exception {
        Run run = run("", "daily", "--preview", "--days", "10", "--json", "--start", "2026-12-07");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.lines();
        assertEquals(10, lines.size(), run.out());
        JsonNode first = json.readTree(lines.get(0));
        assertEquals("2026-12-07", first.get("date").asText());
        assertEquals(1, first.get("pass").asInt());
        assertEquals("read", first.get("mode").asText());
        assertEquals("1/9", first.get("part").asText());
        assertTrue(first.get("reflection").asText().endsWith("？"), first.toString());
        assertFalse(first.has("recall"));
        JsonNode question = first.get("question");
        assertTrue(question.get("options").size() >= 2 && question.get("answers").size() >= 1, first.toString());
        JsonNode review = json.readTree(lines.get(9));
        assertEquals(2, review.get("pass").asInt(), "the tenth day starts the second pass over the 9 parts");
        assertEquals("recall", review.get("mode").asText());
        assertEquals("1/9", review.get("part").asText());
        assertTrue(review.get("recall").get("text").asText().contains("（1）＿＿＿＿"), review.toString());
        assertFalse(review.get("recall").get("answers").isEmpty());
        assertTrue(review.get("reflection").asText().endsWith("？"), "a recall day has a short prompt: " + review);
        assertFalse(review.get("question").get("prompt").asText().equals(question.get("prompt").asText()),
                "another question of the day on the second pass");
    }

    @Test
    void askJsonAnswersEveryLineAndAbstainsOffTopic() throws Exception {
        Run run = run("会议由谁主持？\n\n怎么做红烧肉？\n", "ask", "--json", "--top", "2");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.lines();
        assertEquals(2, lines.size(), run.out());
        JsonNode first = json.readTree(lines.get(0));
        assertEquals("会议由谁主持？", first.get("question").asText());
        assertTrue(first.get("answered").asBoolean());
        assertEquals(2, first.get("passages").size());
        JsonNode passage = first.get("passages").get(0);
        assertEquals("sichuan-committee-2023-07-29", passage.get("doc").asText());
        assertTrue(passage.get("text").asText().contains("省委书记王晓晖主持会议"), passage.toString());
        assertEquals(1, passage.get("paragraph").asInt());
        assertTrue(passage.get("score").asDouble() > 0);
        JsonNode offTopic = json.readTree(lines.get(1));
        assertFalse(offTopic.get("answered").asBoolean());
        assertTrue(Files.exists(data.resolve("index")), "the index lives in the data folder");
    }

    @Test
    void docsJsonListsTheBundledReport() throws Exception {
        Run run = run("", "docs", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode doc = json.readTree(run.lines().get(0));
        assertEquals(1, run.lines().size(), "the report is the one bundled document");
        assertEquals("sichuan-committee-2023-07-29", doc.get("id").asText());
        assertEquals("省委常委会召开（扩大）会议专题传达学习习近平总书记来川视察重要指示精神", doc.get("title").asText());
        assertEquals("始终铭记关怀不负重托感恩奋进 以新担当新作为奋力谱写中国式现代化四川新篇章", doc.get("subtitle").asText());
        assertEquals(6, doc.get("paragraphs").asInt());
        assertTrue(doc.get("characters").asInt() > 2_400);
    }

    @Test
    void anUnknownDocumentIsAClearError() {
        Run run = run("问题\n", "ask", "--json", "--doc", "no-such-doc");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no document with id no-such-doc"), run.err());
    }

    @Test
    void aPipedChatSessionAnswersEveryLine() {
        String session = String.join("\n", "/help", "/ask 会议由谁主持？", "天府粮仓是什么？", "/more", "/docs",
                "怎么做红烧肉？", "/lang en", "/help", "");
        Run run = run(session, "chat");
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.contains("StudyBot 学习助手"), out);
        assertTrue(out.contains("省委书记王晓晖[主持会议]"), "who chaired, the asked word in brackets: " + out);
        assertTrue(out.contains("[天府粮仓]"), "matched words in brackets: " + out);
        assertTrue(out.contains("—— 《省委常委会召开（扩大）会议专题传达学习习近平总书记来川视察重要指示精神——"
                + "始终铭记关怀不负重托感恩奋进 以新担当新作为奋力谱写中国式现代化四川新篇章》第 4 段"),
                "天府粮仓 is in the paragraph on rural revitalisation (乡村振兴), the fourth: " + out);
        assertTrue(out.contains("要深刻领会把握总书记关于在推进乡村振兴上全面发力的重要要求"), out);
        assertTrue(out.contains("sichuan-committee-2023-07-29"), out);
        assertTrue(out.contains("文件中没有找到"), out);
        assertTrue(out.contains("StudyBot, your study assistant"), out);
    }

    @Test
    void theBareCommandOpensTheConsoleChatWithoutTokens() {
        Run run = run("/docs\n");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("sichuan-committee-2023-07-29"), run.out());
    }
}
