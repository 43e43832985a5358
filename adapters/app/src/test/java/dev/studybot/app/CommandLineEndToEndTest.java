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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as people and the evaluation use it: piped input, output on stdout, data in a temp folder. */
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
    void askJsonAnswersEveryLineAndAbstainsOffTopic() throws Exception {
        Run run = run("什么是中国式现代化？\n\n怎么做红烧肉？\n", "ask", "--json", "--top", "2");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.lines();
        assertEquals(2, lines.size(), run.out());
        JsonNode first = json.readTree(lines.get(0));
        assertEquals("什么是中国式现代化？", first.get("question").asText());
        assertTrue(first.get("answered").asBoolean());
        assertEquals(2, first.get("passages").size());
        JsonNode passage = first.get("passages").get(0);
        assertEquals("cpc-congress-20", passage.get("doc").asText());
        assertTrue(passage.get("text").asText().contains("中国式现代化"));
        assertTrue(passage.get("paragraph").asInt() > 0);
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
        assertEquals("cpc-congress-20", doc.get("id").asText());
        assertTrue(doc.get("title").asText().contains("二十大"));
        assertTrue(doc.get("paragraphs").asInt() > 100);
        assertTrue(doc.get("characters").asInt() > 30_000);
    }

    @Test
    void anUnknownDocumentIsAClearError() {
        Run run = run("问题\n", "ask", "--json", "--doc", "no-such-doc");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no document with id no-such-doc"), run.err());
    }

    @Test
    void aPipedChatSessionAnswersEveryLine() {
        String session = String.join("\n", "/help", "全过程人民民主是什么？", "/more", "/docs", "怎么做红烧肉？",
                "/lang en", "/help", "");
        Run run = run(session, "chat");
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.contains("StudyBot 学习助手"), out);
        assertTrue(out.contains("[全过程人民民主]"), "matched words in brackets: " + out);
        assertTrue(out.contains("—— 《高举中国特色社会主义伟大旗帜"), out);
        assertTrue(out.contains("cpc-congress-20"), out);
        assertTrue(out.contains("文件中没有找到"), out);
        assertTrue(out.contains("StudyBot, your study assistant"), out);
    }

    @Test
    void theBareCommandOpensTheConsoleChatWithoutTokens() {
        Run run = run("/docs\n");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("cpc-congress-20"), run.out());
    }
}
