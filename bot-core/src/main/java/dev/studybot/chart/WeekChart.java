package dev.studybot.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws the weekly picture as a PNG: bars of the members who answered each day, the day's accuracy as a line on a
 * second axis (0–100%), the week's figures under the title and the longest streaks at the bottom. Every text is in
 * the {@link ChartFont}; nothing needs a display.
 */
public final class WeekChart {

    /** The picture's size in pixels. */
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 640;

    private static final Color BARS = new Color(0xC0392B);
    private static final Color LINE = new Color(0x2C3E50);
    private static final Color BACKGROUND = new Color(0xFFFBF5);

    private final Supplier<ChartFont> fontSource;
    private volatile ChartFont font;

    public WeekChart(ChartFont font) {
        this(() -> font);
    }

    /**
     * A chart whose font is read the first time a chart is drawn: the bundled font is 5 MB, and a bot that starts
     * has better things to do first than load it for a picture it draws once a week.
     */
    public WeekChart(Supplier<ChartFont> font) {
        this.fontSource = font;
    }

    /** The font the chart draws with. */
    public ChartFont font() {
        ChartFont loaded = font;
        if (loaded == null) {
            synchronized (this) {
                if (font == null) {
                    font = fontSource.get();
                }
                loaded = font;
            }
        }
        return loaded;
    }

    /** The picture as PNG bytes. */
    public byte[] png(WeekChartData data) {
        JFreeChart chart = chart(data);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a chart is written to memory", e);
        }
    }

    /** The chart, its fonts set (for tests that look at what it draws with). */
    JFreeChart chart(WeekChartData data) {
        DefaultCategoryDataset members = new DefaultCategoryDataset();
        DefaultCategoryDataset accuracy = new DefaultCategoryDataset();
        for (WeekChartData.Day day : data.days()) {
            members.addValue(day.members(), data.barsLabel(), day.label());
            accuracy.addValue(day.accuracy().orElse(null), data.lineLabel(), day.label());
        }
        NumberAxis countAxis = new NumberAxis(data.barsLabel());
        countAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        int most = data.days().stream().mapToInt(WeekChartData.Day::members).max().orElse(0);
        countAxis.setRange(new Range(0, Math.max(5, most + 1)));
        BarRenderer bars = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(members, new CategoryAxis(null), countAxis, bars);

        NumberAxis percentAxis = new NumberAxis(data.lineLabel());
        percentAxis.setRange(new Range(0, 105));
        percentAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        plot.setDataset(1, accuracy);
        plot.setRangeAxis(1, percentAxis);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart chart = new JFreeChart(data.title(), font().sized(26, true), plot, true);
        // The theme first: it sets every font and resets the renderers' paints, which are set after it.
        theme().apply(chart);
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BARS);
        bars.setMaximumBarWidth(0.08);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(font().sized(15, true));
        line.setSeriesPaint(0, LINE);
        line.setSeriesStroke(0, new BasicStroke(3f));
        line.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
        chart.getTitle().setFont(font().sized(26, true));
        TextTitle subtitle = new TextTitle(data.subtitle(), font().sized(17, false));
        subtitle.setPaint(Color.DARK_GRAY);
        subtitle.setMargin(new RectangleInsets(4, 0, 10, 0));
        chart.addSubtitle(0, subtitle);
        TextTitle footer = new TextTitle(data.footer(), font().sized(16, false));
        footer.setPosition(RectangleEdge.BOTTOM);
        footer.setHorizontalAlignment(HorizontalAlignment.CENTER);
        footer.setMargin(new RectangleInsets(8, 0, 4, 0));
        chart.addSubtitle(footer);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(font().sized(14, false));
        legend.setPosition(RectangleEdge.TOP);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        chart.setBackgroundPaint(BACKGROUND);
        chart.setPadding(new RectangleInsets(12, 16, 8, 16));
        return chart;
    }

    /** JFreeChart's standard theme with every font the CJK one. */
    private StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("StudyBot");
        theme.setExtraLargeFont(font().sized(26, true));
        theme.setLargeFont(font().sized(17, true));
        theme.setRegularFont(font().sized(15, false));
        theme.setSmallFont(font().sized(13, false));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }

    /** Every font the chart was set up with (title, subtitles, legend, axes, item labels). */
    static java.util.List<Font> fontsOf(JFreeChart chart) {
        java.util.List<Font> fonts = new java.util.ArrayList<>();
        fonts.add(chart.getTitle().getFont());
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                fonts.add(t.getFont());
            } else if (chart.getSubtitle(i) instanceof LegendTitle l) {
                fonts.add(l.getItemFont());
            }
        }
        CategoryPlot plot = chart.getCategoryPlot();
        fonts.add(plot.getDomainAxis().getTickLabelFont());
        fonts.add(plot.getRangeAxis(0).getLabelFont());
        fonts.add(plot.getRangeAxis(0).getTickLabelFont());
        fonts.add(plot.getRangeAxis(1).getLabelFont());
        fonts.add(plot.getRenderer(0).getDefaultItemLabelFont());
        return fonts;
    }
}
