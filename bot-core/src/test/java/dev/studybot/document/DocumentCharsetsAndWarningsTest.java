package dev.studybot.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Text in the charsets Chinese offices save it in, and a warning that names every file left out. */
class DocumentCharsetsAndWarningsTest {

    private static final String TEXT = "支部学习会议纪要\n\n会议强调，要建设更高水平的“天府粮仓”。\n";

    @TempDir
    Path folder;

    private final LibraryLoader loader = new LibraryLoader();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger loaderLog = (Logger) LoggerFactory.getLogger(LibraryLoader.class);

    @BeforeEach
    void listen() {
        logged.start();
        loaderLog.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        loaderLog.detachAppender(logged);
    }

    @Test
    void textSavedAsGbkOrGb18030IsReadRight() throws IOException {
        for (String charset : List.of("GBK", "GB18030", "GB2312")) {
            Path file = folder.resolve("notes-" + charset + ".txt");
            Files.write(file, TEXT.getBytes(Charset.forName(charset)));
            Document document = loader.file(file);
            assertEquals("支部学习会议纪要", document.title(), charset);
            assertEquals("会议强调，要建设更高水平的“天府粮仓”。", document.paragraph(1).text(), charset);
        }
    }

    @Test
    void utf8WithOrWithoutAByteOrderMarkStaysUtf8() throws IOException {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Files.write(folder.resolve("plain.txt"), utf8);
        Files.write(folder.resolve("bom.txt"), withBom);
        assertEquals("支部学习会议纪要", loader.file(folder.resolve("plain.txt")).title());
        assertEquals("支部学习会议纪要", loader.file(folder.resolve("bom.txt")).title());
    }

    @Test
    void readsAWord97Document() throws IOException {
        // Made with LibreOffice ("MS Word 97" filter) from three lines of text.
        Path file = folder.resolve("branch-meeting-word97.doc");
        try (var in = getClass().getResourceAsStream("/fixtures/branch-meeting-word97.doc")) {
            Files.copy(in, file);
        }
        List<Document> documents = loader.folder(folder);
        assertEquals(1, documents.size());
        Document document = documents.get(0);
        assertEquals("branch-meeting-word97", document.id());
        assertEquals("党支部学习会议纪要", document.title());
        assertEquals(List.of("会议强调，要建设更高水平的“天府粮仓”。", "会议要求，树牢底线思维，守住安全底线。"),
                document.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void everyFileLeftOutIsNamedInAWarning() throws IOException {
        Files.writeString(folder.resolve("fine.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("table.xlsx"), "x", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("broken.docx"), "not a zip", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("broken.doc"), "not an OLE2 file", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("empty.txt"), "  \n\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(".DS_Store"), "x", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("README.md"), "# about this folder", StandardCharsets.UTF_8);

        List<Document> documents = loader.folder(folder);

        assertEquals(List.of("fine"), documents.stream().map(Document::id).toList());
        List<String> warnings = logged.list.stream().filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
        for (String name : List.of("table.xlsx", "broken.docx", "broken.doc", "empty.txt")) {
            assertTrue(warnings.stream().anyMatch(w -> w.contains(name)), name + " not named in " + warnings);
        }
        assertEquals(4, warnings.size(), "hidden files and the README are not documents: " + warnings);
    }
}
