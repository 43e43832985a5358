package dev.studybot.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every supported format reads into the same document model; files it cannot read are skipped, not fatal. */
class DocumentFormatsTest {

    @TempDir
    Path folder;

    private final LibraryLoader loader = new LibraryLoader();

    @Test
    void readsAWordDocumentWithItsParagraphsAndDropsBookmarks() throws IOException {
        Path file = folder.resolve("Branch Meeting 2024.docx");
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            docx.createParagraph().createRun().setText("支部学习会议纪要");
            docx.createParagraph().createRun().setText("[bookmark: _GoBack]会议强调，要建设更高水平的“天府粮仓”。");
            docx.createParagraph().createRun().setText("会议要求，树牢底线思维。");
            docx.write(out);
        }
        Document document = loader.file(file);
        assertEquals("branch-meeting-2024", document.id());
        assertEquals("支部学习会议纪要", document.title());
        assertEquals(List.of("会议强调，要建设更高水平的“天府粮仓”。", "会议要求，树牢底线思维。"),
                document.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void readsAPdf() throws IOException {
        Path file = folder.resolve("notes.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Study notes");
                content.newLineAtOffset(0, -40);
                content.showText("The meeting stressed food security.");
                content.endText();
            }
            pdf.save(file.toFile());
        }
        Document document = loader.file(file);
        assertEquals("Study notes", document.title());
        assertTrue(document.paragraphs().stream().anyMatch(p -> p.text().contains("food security")),
                document.paragraphs().toString());
    }

    @Test
    void markdownHeadingsLoseTheirHashes() throws IOException {
        Path file = folder.resolve("guide.md");
        Files.writeString(file, "# 学习指南\n\n## 第一部分\n\n要深入学习。\n", StandardCharsets.UTF_8);
        Document document = loader.file(file);
        assertEquals("学习指南", document.title());
        assertEquals("第一部分", document.paragraph(1).text());
    }

    @Test
    void aBrokenFileIsSkippedAndTheRestOfTheFolderLoads() throws IOException {
        Files.writeString(folder.resolve("broken.docx"), "not a zip", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("fine.txt"), "标题\n\n正文。\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("ignored.xlsx"), "x", StandardCharsets.UTF_8);
        List<Document> documents = loader.folder(folder);
        assertEquals(List.of("fine"), documents.stream().map(Document::id).toList());
        assertThrows(IOException.class, () -> new DocumentReader().read("a.xlsx", java.io.InputStream.nullInputStream()));
    }
}
