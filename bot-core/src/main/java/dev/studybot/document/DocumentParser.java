package dev.studybot.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Turns raw text into a {@link Document}: cleans it, takes the first line as title, splits the rest. */
public final class DocumentParser {

    private final TextCleaner cleaner = new TextCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Parses raw text; the id comes from the file name without its extension. */
    public Document parse(String fileName, String raw) {
        List<String> lines = cleaner.lines(raw);
        String id = idOf(fileName);
        String title = lines.isEmpty() ? id : markdownHeading(lines.get(0));
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String text = markdownHeading(line);
            paragraphs.add(new Paragraph(paragraphs.size() + 1, text, splitter.split(text)));
        }
        return new Document(id, title, paragraphs, sha256(String.join("\n", lines)));
    }

    /** {@code Sichuan Committee 2023.txt} becomes {@code sichuan-committee-2023}. */
    public static String idOf(String fileName) {
        String base = fileName.replaceFirst("\\.[A-Za-z0-9]+$", "");
        String id = base.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return id.isEmpty() ? "document" : id;
    }

    private static String markdownHeading(String line) {
        return line.replaceFirst("^#+\\s*", "");
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
