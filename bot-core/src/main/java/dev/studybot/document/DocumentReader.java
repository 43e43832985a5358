package dev.studybot.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the text of a document file by its format: {@code .txt} and {@code .md} as UTF-8, or GB18030 when they
 * are not valid UTF-8 ({@link TextDecoder}); {@code .docx} with Apache POI, {@code .doc} (Word 97-2003) with
 * POI's HWPF; {@code .pdf} with Apache PDFBox.
 */
public final class DocumentReader {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentReader.class);
    /** The formats, as users are told them. */
    public static final String FORMATS = ".txt, .md, .docx, .doc, .pdf";

    private final TextDecoder decoder = new TextDecoder();

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
            case TEXT -> {
                TextDecoder.Decoded decoded = decoder.decode(in.readAllBytes());
                if (!decoded.charset().equals(StandardCharsets.UTF_8)) {
                    LOG.info("{} is not UTF-8: read as {}", fileName, decoded.charset().name());
                }
                yield decoded.text();
            }
            case DOCX -> {
                try (XWPFDocument docx = new XWPFDocument(in);
                     XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
                    yield extractor.getText();
                }
            }
            case DOC -> {
                try (HWPFDocument doc = new HWPFDocument(in); WordExtractor extractor = new WordExtractor(doc)) {
                    // One string per paragraph; Word's own field and cell marks stripped.
                    yield String.join("\n", extractor.getParagraphText()).replaceAll("[\\r\\u0007]", "\n");
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
        TEXT, DOCX, DOC, PDF;

        static DocumentFormat of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".txt") || name.endsWith(".md")) {
                return TEXT;
            }
            if (name.endsWith(".docx")) {
                return DOCX;
            }
            if (name.endsWith(".doc")) {
                return DOC;
            }
            if (name.endsWith(".pdf")) {
                return PDF;
            }
            return null;
        }
    }
}
