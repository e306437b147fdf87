package org.scalelab.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.scalelab.domain.scaling.ScalingRule;

/** Fonts, strokes, shapes and axes shared by every chart of the package (all text at least 13 px). */
public final class ChartStyle {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font ITEM_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Color GRID = new Color(0xDDDDDD);
    static final Shape DOT = new Ellipse2D.Double(-5, -5, 10, 10);
    static final Shape RING = new Ellipse2D.Double(-10, -10, 20, 20);
    static final Shape LEGEND_LINE = new Line2D.Double(-9, 0, 9, 0);
    static final BasicStroke LINE = new BasicStroke(2f);
    static final BasicStroke OUTLINE = new BasicStroke(2f);
    static final BasicStroke RING_STROKE = new BasicStroke(3f);
    static final BasicStroke FRONTIER = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
            new float[] {8f, 5f}, 0f);
    static final BasicStroke FIT = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {6f, 4f}, 0f);
    static final BasicStroke ERROR_BAR = new BasicStroke(1.6f);

    private ChartStyle() {
    }

    /** A diamond of half-diagonal {@code r} around the origin, for marks that must differ from the round points. */
    public static Shape diamond(double r) {
        java.awt.geom.Path2D.Double d = new java.awt.geom.Path2D.Double();
        d.moveTo(0, -r);
        d.lineTo(r, 0);
        d.lineTo(0, r);
        d.lineTo(-r, 0);
        d.closePath();
        return d;
    }

    /** The workbench's plot look (white, light grid, framed); the search window's chart shares it. */
    public static void plot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlinePaint(new Color(0xBBBBBB));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        plot.setNoDataMessageFont(SUBTITLE);
        plot.setNoDataMessagePaint(new Color(0x444444));
    }

    static void axis(Axis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(new Color(0x333333));
    }

    static void chart(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE);
        chart.getTitle().setPadding(new RectangleInsets(8, 4, 2, 4));
        if (subtitle != null) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(new Color(0x444444));
            sub.setPadding(new RectangleInsets(0, 4, 6, 4));
            chart.addSubtitle(sub);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        }
    }

    /** A cost axis (MACs or params, or billions of them), linear or logarithmic, with K/M/G tick labels. */
    static ValueAxis costAxis(String label, boolean log, NumberFormat format) {
        ValueAxis axis;
        if (log) {
            LogAxis a = new LogAxis(label + " (log scale)");
            a.setBase(10);
            a.setSmallestValue(1e-3);
            a.setNumberFormatOverride(format);
            a.setMinorTickMarksVisible(true);
            axis = a;
        } else {
            NumberAxis a = new NumberAxis(label);
            a.setAutoRangeIncludesZero(false);
            a.setNumberFormatOverride(format);
            axis = a;
        }
        axis(axis);
        return axis;
    }

    static LegendItem ruleItem(ScalingRule rule) {
        Color c = RulePalette.awt(rule);
        return new LegendItem(rule.label(), null, null, null, true, DOT, true, c, false, c, OUTLINE, true,
                LEGEND_LINE, LINE, c);
    }

    /**
     * The legend of a local chart: the shown rules, then the meaning of hollow points, error bars (when any is drawn),
     * fitted curves (with fits on), frontier and ring.
     */
    static LegendItemCollection localLegend(List<ScalingRule> rules, CostMetric metric, boolean spread, boolean fits) {
        LegendItemCollection items = new LegendItemCollection();
        for (ScalingRule r : rules) {
            items.add(ruleItem(r));
        }
        Color grey = RulePalette.awt(RulePalette.NEUTRAL_HEX);
        items.add(new LegendItem("hollow: not trained yet", null, null, null, true, DOT, true, Color.WHITE, true, grey,
                OUTLINE, false, LEGEND_LINE, LINE, grey));
        if (spread) {
            items.add(new LegendItem("point: mean over seeds, bar: ± 1 std", null, null, null, false, DOT, false, grey,
                    false, grey, OUTLINE, true, new Line2D.Double(0, -7, 0, 7), ERROR_BAR, grey));
        }
        if (fits) {
            String text = metric == CostMetric.MACS ? "fitted curve (band: selected rule, 95% for one run)"
                    : "fitted curves: on the MACs chart";
            items.add(new LegendItem(text, null, null, null, true, new Rectangle2D.Double(-9, -5, 18, 10), true,
                    new Color(grey.getRed(), grey.getGreen(), grey.getBlue(), 60), false, grey, OUTLINE, true,
                    LEGEND_LINE, FIT, grey));
        }
        Color f = RulePalette.awt(RulePalette.FRONTIER_HEX);
        items.add(new LegendItem("Pareto frontier (trained)", null, null, null, false, DOT, false, f, false, f,
                OUTLINE, true, new Rectangle2D.Double(-12, 0, 24, 0.1), FRONTIER, f));
        items.add(new LegendItem("selected", null, null, null, true, RING, false, Color.BLACK, true, Color.BLACK,
                RING_STROKE, false, LEGEND_LINE, LINE, Color.BLACK));
        return items;
    }
}
