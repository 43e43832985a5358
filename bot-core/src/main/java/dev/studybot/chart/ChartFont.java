package dev.studybot.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The font charts are drawn in: WenQuanYi Micro Hei, bundled as a class-path resource (Latin letters, digits and
 * the CJK ideographs in one font, so no text depends on the machine's fonts or on AWT's fallback).
 *
 * @param font the font at size 1 (derive the sizes from it)
 */
public record ChartFont(Font font) {

    /** Where the font is bundled. */
    static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    /** The face used (the collection also holds a monospaced one). */
    public static final String FAMILY = "WenQuanYi Micro Hei";

    /** Loads the bundled font. */
    public static ChartFont bundled() {
        try (InputStream in = ChartFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the chart font is missing from the class path: " + RESOURCE);
            }
            Font[] faces = Font.createFonts(in);
            Font face = Arrays.stream(faces).filter(f -> f.getFamily(java.util.Locale.ROOT).equals(FAMILY))
                    .findFirst().orElse(faces[0]);
            return new ChartFont(face);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the chart font", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled chart font is not a font", e);
        }
    }

    /** The font at a size, plain or bold. */
    public Font sized(float size, boolean bold) {
        return font.deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
    }

    /** Whether every character of the text has a glyph in the font. */
    public boolean draws(String text) {
        return font.canDisplayUpTo(text) < 0;
    }
}
