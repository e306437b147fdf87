package org.scalelab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.stats.SeedStats;
import org.scalelab.domain.study.StudyOutcome;
import org.scalelab.domain.study.StudyPart;
import org.scalelab.domain.study.StudyPoint;
import org.scalelab.ui.charts.ChartStyle;
import org.scalelab.ui.charts.RulePalette;

/**
 * The study's charts in the workbench's look (its plot style and rule colours): test accuracy (%) against MACs (a
 * linear axis, as the paper's figures), each point the mean over seeds with a ± 1 sd bar, lines through a series in order of cost, hollow
 * points for upsampled inputs, each point labelled with its multiplier. Rendered to PNG and SVG without a screen.
 */
final class StudyCharts {
    static final int WIDTH = 1000;
    static final int HEIGHT = 600;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font ITEM = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Shape DOT = new Ellipse2D.Double(-5, -5, 10, 10);
    /** Figure 4's four lines: blues from light to dark (all width scaling), so the eye reads "more d and r". */
    private static final String[] BLUES = {"#56B4E9", "#0072B2", "#2B4C8C", "#14213D"};

    private StudyCharts() {
    }

    /** Table 3: one series per rule through its φ points. */
    static JFreeChart table3(StudyOutcome outcome) {
        Map<String, List<StudyPoint>> series = series(outcome, StudyPart.TABLE3);
        Map<String, Color> colours = new LinkedHashMap<>();
        series.keySet().forEach(s -> colours.put(s, RulePalette.awt(ScalingRule.parse(s))));
        // φ labels on compound only: the matched single-dimension points sit beside them, and four labels collide.
        XYPlot plot = plot(outcome, series, colours, p -> p.series().equals(ScalingRule.COMPOUND.id())
                ? "φ=" + StudyReport.format(p.parameter()) : null, true);
        return chart("Compound against single dimensions at matched MACs (Table 3)", outcome, plot, colours,
                labels(series.keySet(), s -> ScalingRule.parse(s).label()));
    }

    /** Figure 3: three panels sharing the accuracy axis, one per dimension. */
    static JFreeChart figure3(StudyOutcome outcome) {
        Map<String, List<StudyPoint>> series = series(outcome, StudyPart.FIGURE3);
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(accuracyAxis());
        combined.setGap(14);
        Map<String, Color> colours = new LinkedHashMap<>();
        for (Map.Entry<String, List<StudyPoint>> e : series.entrySet()) {
            ScalingRule rule = ScalingRule.parse(e.getKey());
            colours.put(e.getKey(), RulePalette.awt(rule));
            String letter = rule == ScalingRule.WIDTH ? "w" : rule == ScalingRule.DEPTH ? "d" : "r";
            XYPlot panel = plot(outcome, Map.of(e.getKey(), e.getValue()), Map.of(e.getKey(), colours.get(e.getKey())),
                    p -> letter + "=" + StudyReport.format(p.parameter()), false);
            panel.getDomainAxis().setLabel("MACs, " + rule.label().toLowerCase(Locale.ROOT));
            combined.add(panel, 1);
        }
        return chart("Scaling one dimension (Figure 3)", outcome, combined, colours,
                labels(series.keySet(), s -> ScalingRule.parse(s).label()));
    }

    /** Figure 4: width scaling from each (d, r) baseline. */
    static JFreeChart figure4(StudyOutcome outcome) {
        Map<String, List<StudyPoint>> series = series(outcome, StudyPart.FIGURE4);
        Map<String, Color> colours = new LinkedHashMap<>();
        int i = 0;
        for (String s : series.keySet()) {
            colours.put(s, Color.decode(BLUES[Math.min(i++, BLUES.length - 1)]));
        }
        XYPlot plot = plot(outcome, series, colours, p -> "w=" + StudyReport.format(p.parameter()), true);
        return chart("Width scaling from other depths and resolutions (Figure 4)", outcome, plot, colours,
                labels(series.keySet(), s -> s));
    }

    /** The part's points grouped by series (plan order), each series sorted by MACs. */
    static Map<String, List<StudyPoint>> series(StudyOutcome outcome, StudyPart part) {
        Map<String, List<StudyPoint>> out = new LinkedHashMap<>();
        for (StudyPoint p : outcome.plan().points(part)) {
            out.computeIfAbsent(p.series(), k -> new ArrayList<>()).add(p);
        }
        out.values().forEach(l -> l.sort(Comparator.comparingLong(p -> p.variant().cost().macs())));
        return out;
    }

    private static Map<String, String> labels(Iterable<String> series, java.util.function.Function<String, String> f) {
        Map<String, String> out = new LinkedHashMap<>();
        series.forEach(s -> out.put(s, f.apply(s)));
        return out;
    }

    private static NumberAxis accuracyAxis() {
        NumberAxis axis = new NumberAxis("test accuracy (%)");
        axis.setAutoRangeIncludesZero(false);
        axis.setNumberFormatOverride(new DecimalFormat("0.0"));
        style(axis);
        return axis;
    }

    private static void style(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(new Color(0x333333));
    }

    /** One plot: a dataset per series, so each gets its own colour, hollow marks and labels. */
    private static XYPlot plot(StudyOutcome outcome, Map<String, List<StudyPoint>> series, Map<String, Color> colours,
                               java.util.function.Function<StudyPoint, String> label, boolean withAccuracyAxis) {
        NumberAxis macs = new NumberAxis("MACs");
        macs.setAutoRangeIncludesZero(false);
        macs.setNumberFormatOverride(new SiFormat());
        style(macs);
        XYPlot plot = new XYPlot(null, macs, withAccuracyAxis ? accuracyAxis() : null, null);
        ChartStyle.plot(plot);
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        int index = 0;
        for (Map.Entry<String, List<StudyPoint>> e : series.entrySet()) {
            YIntervalSeries s = new YIntervalSeries(e.getKey(), false, true);
            List<StudyPoint> shown = new ArrayList<>();
            List<Boolean> upsampled = new ArrayList<>();
            for (StudyPoint p : e.getValue()) {
                Optional<SeedStats> stats = outcome.stats(p);
                if (stats.isEmpty()) {
                    continue;
                }
                double mean = 100 * stats.get().mean();
                double sd = stats.get().hasSpread() ? 100 * stats.get().std() : 0;
                double x = p.variant().cost().macs();
                s.add(x, mean, mean - sd, mean + sd);
                shown.add(p);
                upsampled.add(outcome.plan().nativeResolution().upsamples(p.variant().spec().input().resolution()));
                low = Math.min(low, x);
                high = Math.max(high, x);
            }
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            data.addSeries(s);
            plot.setDataset(index, data);
            plot.setRenderer(index, renderer(colours.get(e.getKey()), shown, upsampled, label));
            index++;
        }
        long limit = outcome.plan().limits().maxMacs();
        if (limit > 0) {
            ValueMarker line = new ValueMarker(limit, new Color(0xAA0000), new BasicStroke(2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
            line.setLabel("MACs limit");
            line.setLabelFont(ITEM);
            line.setLabelPaint(new Color(0xAA0000));
            line.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
            line.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(line);
            high = Math.max(high, limit);
        }
        if (high > 0) {
            double span = Math.max(high - low, high * 0.1);
            macs.setRange(Math.max(0, low - 0.06 * span), high + 0.1 * span);
        }
        return plot;
    }

    private static XYErrorRenderer renderer(Color colour, List<StudyPoint> shown, List<Boolean> upsampled,
                                            java.util.function.Function<StudyPoint, String> label) {
        XYErrorRenderer r = new XYErrorRenderer() {
            @Override
            public boolean getItemShapeFilled(int series, int item) {
                return !upsampled.get(item);
            }
        };
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setErrorPaint(colour);
        r.setErrorStroke(new BasicStroke(1.6f));
        r.setCapLength(8);
        r.setDefaultLinesVisible(true);
        r.setSeriesLinesVisible(0, true);
        r.setSeriesShapesVisible(0, true);
        r.setSeriesShape(0, DOT);
        r.setSeriesPaint(0, colour);
        r.setSeriesFillPaint(0, Color.WHITE);
        r.setUseFillPaint(false);
        r.setDrawOutlines(true);
        r.setUseOutlinePaint(false);
        r.setSeriesOutlineStroke(0, new BasicStroke(2f));
        r.setSeriesStroke(0, new BasicStroke(2f));
        XYItemLabelGenerator labels = (dataset, series, item) -> label.apply(shown.get(item));
        r.setDefaultItemLabelGenerator(labels);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(ITEM);
        r.setDefaultItemLabelPaint(new Color(0x333333));
        return r;
    }

    private static JFreeChart chart(String title, StudyOutcome outcome, XYPlot plot, Map<String, Color> colours,
                                    Map<String, String> names) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPadding(new RectangleInsets(8, 4, 2, 4));
        TextTitle sub = new TextTitle("mean over seeds, bar ± 1 sd; hollow: input upsampled past the data's native "
                + outcome.plan().nativeResolution().describe(), SUBTITLE);
        sub.setPaint(new Color(0x444444));
        chart.addSubtitle(sub);
        LegendItemCollection items = new LegendItemCollection();
        for (Map.Entry<String, Color> e : colours.entrySet()) {
            Color c = e.getValue();
            items.add(new LegendItem(names.get(e.getKey()), null, null, null, true, DOT, true, c, false, c,
                    new BasicStroke(2f), true, new java.awt.geom.Line2D.Double(-9, 0, 9, 0), new BasicStroke(2f), c));
        }
        plot.setFixedLegendItems(items);
        org.jfree.chart.title.LegendTitle legend = new org.jfree.chart.title.LegendTitle(plot);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addLegend(legend);
        return chart;
    }

    static byte[] png(JFreeChart chart) {
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGDocument();
    }

    /** 3.2M, 640k: MACs the way the tables print them. */
    private static final class SiFormat extends java.text.NumberFormat {
        @Override
        public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(StudyReport.macs(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            return null;
        }
    }
}
