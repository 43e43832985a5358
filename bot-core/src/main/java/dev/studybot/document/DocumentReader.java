package dev.studybot.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads the text of a document file by its format: {@code .txt} and {@code .md} as UTF-8, {@code .docx} with
 * Apache POI, {@code .pdf} with Apache PDFBox.
 */
public final class DocumentReader {

    /** Whether a file name has a format this reader knows. */
    public static boolean supports(String fileName) {
        return DocumentFormat.of(fileName) != null;
    }

    /** The raw text of the file; the caller cleans it. */
    public String read(String fileName, InputStream in) throws IOException {
        DocumentFormat format = DocumentFormat.of(fileName);
        if (format == null) {
            throw new IOException("unsupported document format: " + fileName);
        }
        return switch (format) {
            case TEXT -> new String(in.readAllBytes(), StandardCharsets.UTF_8);
            case DOCX -> {
                try (XWPFDocument docx = new XWPFDocument(in);
                     XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
                    yield extractor.getText();
                }
            }
            case PDF -> {
                try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setParagraphStart("\n");
                    yield stripper.getText(pdf);
                }
            }
        };
    }

    /** The formats StudyBot reads. */
    enum DocumentFormat {
        TEXT, DOCX, PDF;

        static DocumentFormat of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".txt") || name.endsWith(".md")) {
                return TEXT;
            }
            if (name.endsWith(".docx")) {
                return DOCX;
            }
            if (name.endsWith(".pdf")) {
                return PDF;
            }
            return null;
        }
    }
}
