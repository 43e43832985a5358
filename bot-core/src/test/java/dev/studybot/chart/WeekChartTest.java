package dev.studybot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** The weekly picture renders headless, at its size, with every text in the bundled CJK font (no boxes). */
class WeekChartTest {

    private static final ChartFont FONT = ChartFont.bundled();

    static WeekChartData week() {
        List<WeekChartData.Day> days = new ArrayList<>();
        String[] labels = {"12/1 周一", "12/2 周二", "12/3 周三", "12/4 周四", "12/5 周五", "12/6 周六", "12/7 周日"};
        int[] members = {3, 5, 4, 0, 6, 2, 5};
        double[] accuracy = {66.7, 80, 75, 0, 83.3, 50, 100};
        for (int i = 0; i < labels.length; i++) {
            days.add(new WeekChartData.Day(labels[i], members[i],
                    members[i] == 0 ? Optional.empty() : Optional.of(accuracy[i])));
        }
        return new WeekChartData("本周学习 12月1日—12月7日", "读了 7 篇 · 作答 25 人次 · 正确率 80%",
                "连续学习最长：张三 7 天、李四 5 天、王五 3 天", "作答人数", "正确率（%）", days);
    }

    @Test
    void itRendersAPngOfItsSizeWithoutADisplay() throws IOException {
        assertTrue(GraphicsEnvironment.isHeadless(), "the tests run headless, as the bot does on a server");
        byte[] png = new WeekChart(FONT).png(week());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(WeekChart.WIDTH, image.getWidth());
        assertEquals(WeekChart.HEIGHT, image.getHeight());
        assertTrue(png.length > 20_000, "a chart with text, bars and a line: " + png.length + " bytes");
        Path out = Path.of("target", "week-chart-test.png");
        Files.createDirectories(out.getParent());
        Files.write(out, png); // kept for a person to look at
    }

    @Test
    void everyTextIsDrawnInTheBundledCjkFont() {
        JFreeChart chart = new WeekChart(FONT).chart(week());
        for (Font font : WeekChart.fontsOf(chart)) {
            assertEquals(ChartFont.FAMILY, font.getFamily(java.util.Locale.ROOT), font.toString());
        }
        for (String text : week().texts()) {
            assertEquals(-1, FONT.font().canDisplayUpTo(text), "a glyph for every character of " + text);
        }
    }

    @Test
    void theFontDrawsRealGlyphsNotBoxes() {
        // A missing glyph is drawn as one and the same box: distinct characters must give distinct pictures,
        // and none may look like the box the font draws for a character it lacks (a private-use one).
        Font font = FONT.sized(40, false);
        assertTrue(font.canDisplay('学') && !font.canDisplay('\uE000'));
        BufferedImage box = glyph(font, "\uE000");
        List<String> characters = List.of("学", "习", "本", "周", "正", "确");
        List<int[]> seen = new ArrayList<>();
        for (String c : characters) {
            BufferedImage image = glyph(font, c);
            int[] pixels = image.getRGB(0, 0, 60, 60, null, 0, 60);
            assertTrue(Arrays.stream(pixels).filter(p -> (p & 0xFF) < 128).count() > 40, c + " has ink");
            assertNotEquals(Arrays.toString(box.getRGB(0, 0, 60, 60, null, 0, 60)), Arrays.toString(pixels),
                    c + " is not the missing-glyph box");
            for (int[] other : seen) {
                assertTrue(!Arrays.equals(other, pixels), c + " differs from the characters before it");
            }
            seen.add(pixels);
        }
    }

    private static BufferedImage glyph(Font font, String text) {
        BufferedImage image = new BufferedImage(60, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 60, 60);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setFont(font);
            g.drawString(text, 8, 46);
        } finally {
            g.dispose();
        }
        return image;
    }
}
