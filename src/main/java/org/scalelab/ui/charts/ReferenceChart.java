package org.scalelab.ui.charts;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.scalelab.domain.scaling.ScalingRule;

/**
 * The reference view's chart: published ImageNet top-1 against FLOPs, on axes of its own. Left, the models of
 * the EfficientNet paper's Tables 2 and 3; right, its experiments scaling one baseline by a single dimension or
 * by the compound rule. Static data: built once.
 */
final class ReferenceChart {
    static final String FLOPS_LABEL = "FLOPs, billions of multiply-adds";
    static final String TOP1_LABEL = "ImageNet top-1 (%), published";
    private static final Set<String> LABELLED = Set.of("ResNet-50", "ResNet-152", "MobileNetV2", "Inception-v3",
            "NASNet-A", "MobileNetV1");
    private static final List<String> METHODS = List.of("baseline", "width", "depth", "resolution", "compound");

    private ReferenceChart() {
    }

    static JFreeChart build(ReferenceData ref) {
        Map<XYSeries, List<String>> tips = new IdentityHashMap<>();
        Map<XYSeries, List<String>> labels = new IdentityHashMap<>();

        XYSeries effnet = new XYSeries("EfficientNet B0–B7", false, true);
        XYSeries others = new XYSeries("other published models", false, true);
        for (ReferenceData.Model m : ref.models()) {
            if (Double.isNaN(m.flopsB()) || Double.isNaN(m.top1())) {
                continue;
            }
            boolean e = m.family().equals("EfficientNet");
            XYSeries s = e ? effnet : others;
            s.add(m.flopsB(), m.top1());
            tips.computeIfAbsent(s, k -> new ArrayList<>()).add(String.format(Locale.ROOT,
                    "%s (%s)%n%.1f M params, %s B FLOPs%nImageNet top-1 %.1f %%%nsource: %s", m.name(), m.family(),
                    m.paramsM(), num(m.flopsB()), m.top1(), m.source()));
            labels.computeIfAbsent(s, k -> new ArrayList<>()).add(e ? m.name().replace("EfficientNet-", "")
                    : LABELLED.contains(m.name()) ? m.name() : null);
        }
        XYSeriesCollection models = new XYSeriesCollection();
        models.addSeries(effnet);
        models.addSeries(others);

        XYSeriesCollection experiments = new XYSeriesCollection();
        for (String method : METHODS) {
            XYSeries s = new XYSeries(method, false, true);
            experiments.addSeries(s);
            for (ReferenceData.Experiment x : ref.experiments()) {
                if (!x.method().equals(method) || Double.isNaN(x.flopsB()) || Double.isNaN(x.top1())) {
                    continue;
                }
                s.add(x.flopsB(), x.top1());
                String dwr = Double.isNaN(x.depth()) ? "multipliers not given"
                        : "d = " + num(x.depth()) + ", w = " + num(x.width()) + ", r = " + num(x.resolution());
                tips.computeIfAbsent(s, k -> new ArrayList<>()).add(String.format(Locale.ROOT,
                        "%s, %s%n%s%n%s B FLOPs, ImageNet top-1 %.1f %%%nsource: %s", x.baseline(),
                        method.equals("baseline") ? "unscaled" : "scaled by " + method, dwr, num(x.flopsB()), x.top1(),
                        x.source()));
                labels.computeIfAbsent(s, k -> new ArrayList<>()).add(method.equals("baseline") ? x.baseline() : null);
            }
        }

        XYPlot left = plot(models, "Published models");
        XYLineAndShapeRenderer lr = renderer(tips, labels);
        lr.setSeriesPaint(0, RulePalette.awt(ScalingRule.COMPOUND));
        lr.setSeriesLinesVisible(0, true);
        lr.setSeriesPaint(1, RulePalette.awt(RulePalette.NEUTRAL_HEX));
        lr.setSeriesShape(1, diamond());
        left.setRenderer(lr);

        // Short panel names: a long one was cut off at a narrow plot's edge; the subtitle says more.
        XYPlot right = plot(experiments, "Scaling experiments");
        Map<String, double[]> baselines = new java.util.HashMap<>();
        for (ReferenceData.Experiment x : ref.experiments()) {
            if (x.method().equals("baseline")) {
                baselines.put(x.baseline(), new double[] {x.flopsB(), x.top1()});
            }
        }
        for (ReferenceData.Experiment x : ref.experiments()) {
            double[] b = baselines.get(x.baseline());
            if (b != null && !x.method().equals("baseline") && !Double.isNaN(x.flopsB())) {
                right.addAnnotation(new org.jfree.chart.annotations.XYLineAnnotation(b[0], b[1], x.flopsB(), x.top1(),
                        new java.awt.BasicStroke(1f), new Color(0xBBBBBB)));
            }
        }
        XYLineAndShapeRenderer rr = renderer(tips, labels);
        for (int i = 0; i < METHODS.size(); i++) {
            rr.setSeriesPaint(i, colour(METHODS.get(i)));
        }
        right.setRenderer(rr);

        NumberAxis top1 = new NumberAxis(TOP1_LABEL);
        top1.setAutoRangeIncludesZero(false);
        // Room above the best models for the panels' names.
        top1.setUpperMargin(0.14);
        ChartStyle.axis(top1);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(top1);
        plot.setGap(16);
        plot.add(left, 1);
        plot.add(right, 1);
        plot.setFixedLegendItems(legend());

        JFreeChart chart = new JFreeChart(ChartsViewModel.REFERENCE_TITLE, ChartStyle.TITLE, plot, true);
        ChartStyle.chart(chart, "Left: published models. Right: the paper's scaling experiments, lines joining a "
                + "baseline to its scaled copies. ImageNet top-1 as published (Tan & Le, EfficientNet paper v5, Tables "
                + "2, 3, 7; a few models from their own papers). Hover a point for its source.");
        return chart;
    }

    private static XYPlot plot(XYSeriesCollection data, String title) {
        XYPlot p = new XYPlot();
        p.setDataset(data);
        var flops = ChartStyle.costAxis(FLOPS_LABEL, true, new SiNumberFormat(2, false));
        // Room on the right for the last points' labels (B7, NASNet-A).
        flops.setUpperMargin(0.14);
        p.setDomainAxis(flops);
        ChartStyle.plot(p);
        TextTitle t = new TextTitle(title, ChartStyle.LEGEND.deriveFont(java.awt.Font.BOLD));
        t.setBackgroundPaint(new Color(255, 255, 255, 220));
        p.addAnnotation(new XYTitleAnnotation(0.02, 0.98, t, RectangleAnchor.TOP_LEFT));
        return p;
    }

    private static XYLineAndShapeRenderer renderer(Map<XYSeries, List<String>> tips, Map<XYSeries, List<String>> labels) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setDefaultShape(ChartStyle.DOT);
        for (int i = 0; i < 5; i++) {
            r.setSeriesShape(i, ChartStyle.DOT);
            r.setSeriesStroke(i, ChartStyle.LINE);
        }
        r.setDefaultToolTipGenerator((ds, s, i) -> item(tips, ds, s, i));
        r.setDefaultItemLabelGenerator((ds, s, i) -> item(labels, ds, s, i));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(ChartStyle.ITEM_LABEL);
        r.setDefaultItemLabelPaint(new Color(0x333333));
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        return r;
    }

    private static String item(Map<XYSeries, List<String>> texts, org.jfree.data.xy.XYDataset ds, int s, int i) {
        List<String> t = texts.get(((XYSeriesCollection) ds).getSeries(s));
        return t == null || i >= t.size() ? null : t.get(i);
    }

    private static Color colour(String method) {
        return method.equals("baseline") ? RulePalette.awt(RulePalette.NEUTRAL_HEX)
                : RulePalette.awt(ScalingRule.parse(method));
    }

    private static Shape diamond() {
        java.awt.geom.Path2D.Double d = new java.awt.geom.Path2D.Double();
        d.moveTo(0, -6);
        d.lineTo(6, 0);
        d.lineTo(0, 6);
        d.lineTo(-6, 0);
        d.closePath();
        return d;
    }

    private static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        Color c = RulePalette.awt(ScalingRule.COMPOUND);
        items.add(new LegendItem("EfficientNet B0–B7", null, null, null, true, ChartStyle.DOT, true, c, false, c,
                ChartStyle.OUTLINE, true, ChartStyle.LEGEND_LINE, ChartStyle.LINE, c));
        Color g = RulePalette.awt(RulePalette.NEUTRAL_HEX);
        items.add(new LegendItem("other published models", null, null, null, true, diamond(), true, g, false, g,
                ChartStyle.OUTLINE, false, ChartStyle.LEGEND_LINE, ChartStyle.LINE, g));
        for (String m : METHODS) {
            Color mc = colour(m);
            String label = m.equals("baseline") ? "baseline, unscaled" : "scaled: " + m;
            items.add(new LegendItem(label, null, null, null, true, ChartStyle.DOT, true, mc, false, mc,
                    ChartStyle.OUTLINE, false, new Rectangle2D.Double(), ChartStyle.LINE, mc));
        }
        return items;
    }

    private static String num(double d) {
        return new DecimalFormat("0.##").format(d);
    }
}
