package dev.studybot.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Turns raw text into a {@link Document}: cleans it, takes the first line as title and the headline lines under
 * it as subtitle, splits the rest.
 */
public final class DocumentParser {

    /** The longest line that can be a lead into the next one. */
    static final int LEAD_MAX_CHARS = 60;
    /** The longest salutation ("各位代表：", "同志们："). */
    static final int SALUTATION_MAX_CHARS = 6;

    private final TextCleaner cleaner = new TextCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Parses raw text; the id comes from the file name without its extension. */
    public Document parse(String fileName, String raw) {
        TextCleaner.Cleaned cleaned = cleaner.clean(raw);
        String id = idOf(fileName);
        String title = cleaned.title() == null ? id : markdownHeading(cleaned.title());
        List<String> subtitle = cleaned.subtitle().stream().map(DocumentParser::markdownHeading).toList();
        List<Paragraph> paragraphs = new ArrayList<>();
        String lead = "";
        for (String line : cleaned.body()) {
            String text = lead + markdownHeading(line);
            if (isLead(text)) {
                lead = text;
                continue;
            }
            lead = "";
            paragraphs.add(new Paragraph(paragraphs.size() + 1, text, splitter.split(text)));
        }
        if (!lead.isEmpty()) {
            paragraphs.add(new Paragraph(paragraphs.size() + 1, lead, splitter.split(lead)));
        }
        return new Document(id, title, subtitle, paragraphs, sha256(String.join("\n", cleaned.lines())));
    }

    /**
     * Whether a line only leads into the next one ("大会的主题是：", "今年发展的主要预期目标是："): alone it answers
     * nothing and makes a poor excerpt, so it is joined to the paragraph it introduces. A salutation ("同志们：",
     * "各位代表：") is not a lead: it stays a paragraph of its own, which excerpts and answers pass over.
     */
    static boolean isLead(String line) {
        return line.length() > SALUTATION_MAX_CHARS && line.length() <= LEAD_MAX_CHARS
                && (line.endsWith("：") || line.endsWith(":"));
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
