package org.scalelab.ui.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * Enlarges a built chart for lecture mode: fonts, markers, lines, error bars and legend symbols by one factor, so a
 * chart reads from the back of a room. Works on any chart of the package after it is built, and again after parts
 * are replaced (an axis made logarithmic, a new legend): what it already enlarged it remembers and leaves alone.
 * FX thread, like the charts.
 */
public final class ChartScale {
    /** Series indices looked at per renderer: every rule, with room to spare. */
    private static final int SERIES = 16;

    private final double factor;
    private final double legendFactor;
    private final Set<Object> done = Collections.newSetFromMap(new IdentityHashMap<>());

    /** @param legendFactor the legend's own factor: its many entries would otherwise crowd the plot out */
    public ChartScale(double factor, double legendFactor) {
        this.factor = factor;
        this.legendFactor = legendFactor;
    }

    public double factor() {
        return factor;
    }

    /** Enlarges whatever of the chart is not enlarged yet. */
    public void apply(JFreeChart chart) {
        boolean notify = chart.isNotify();
        chart.setNotify(false);
        try {
            if (chart.getTitle() != null) {
                chart.getTitle().setFont(font(chart.getTitle().getFont()));
            }
            for (int i = 0; i < chart.getSubtitleCount(); i++) {
                Title t = chart.getSubtitle(i);
                if (t instanceof TextTitle text) {
                    text.setFont(font(text.getFont()));
                } else if (t instanceof LegendTitle legend) {
                    legend.setItemFont(font(legend.getItemFont(), legendFactor));
                }
            }
            plot(chart.getPlot());
        } finally {
            chart.setNotify(notify);
        }
    }

    private void plot(Plot plot) {
        if (plot instanceof CombinedDomainXYPlot combined) {
            axis(combined.getDomainAxis());
            combined.getSubplots().forEach(this::plot);
            legend(combined);
        } else if (plot instanceof CombinedRangeXYPlot combined) {
            axis(combined.getRangeAxis());
            combined.getSubplots().forEach(this::plot);
        } else if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
            xy.setNoDataMessageFont(font(xy.getNoDataMessageFont()));
            for (int i = 0; i < xy.getRendererCount(); i++) {
                renderer(xy.getRenderer(i));
            }
            xy.getAnnotations().forEach(a -> {
                if (a instanceof org.jfree.chart.annotations.XYTitleAnnotation t && t.getTitle() instanceof TextTitle text) {
                    text.setFont(font(text.getFont()));
                }
            });
        }
    }

    private void axis(Axis axis) {
        if (axis == null || !done.add(axis)) {
            return;
        }
        axis.setLabelFont(font(axis.getLabelFont()));
        axis.setTickLabelFont(font(axis.getTickLabelFont()));
        axis.setTickMarkOutsideLength((float) (axis.getTickMarkOutsideLength() * factor));
        axis.setAxisLineStroke(stroke(axis.getAxisLineStroke()));
    }

    private void renderer(XYItemRenderer r) {
        if (r == null || !done.add(r)) {
            return;
        }
        for (int s = 0; s < SERIES; s++) {
            Shape shape = r.getSeriesShape(s);
            if (shape != null) {
                r.setSeriesShape(s, shape(shape), false);
            }
            Stroke stroke = r.getSeriesStroke(s);
            if (stroke != null) {
                r.setSeriesStroke(s, stroke(stroke), false);
            }
            Stroke outline = r.getSeriesOutlineStroke(s);
            if (outline != null) {
                r.setSeriesOutlineStroke(s, stroke(outline), false);
            }
            Font label = r.getSeriesItemLabelFont(s);
            if (label != null) {
                r.setSeriesItemLabelFont(s, font(label));
            }
        }
        if (r.getDefaultShape() != null) {
            r.setDefaultShape(shape(r.getDefaultShape()), false);
        }
        r.setDefaultStroke(stroke(r.getDefaultStroke()), false);
        r.setDefaultOutlineStroke(stroke(r.getDefaultOutlineStroke()), false);
        if (r.getDefaultItemLabelFont() != null) {
            r.setDefaultItemLabelFont(font(r.getDefaultItemLabelFont()));
        }
        if (r instanceof XYErrorRenderer bars) {
            bars.setCapLength(bars.getCapLength() * factor);
            if (bars.getErrorStroke() != null) {
                bars.setErrorStroke(stroke(bars.getErrorStroke()));
            }
        }
        if (r instanceof XYLineAndShapeRenderer lines) {
            lines.setLegendLine(shape(lines.getLegendLine()));
        }
    }

    /** A plot's fixed legend (the local charts' own): each item's symbol, line and text. */
    private void legend(XYPlot plot) {
        LegendItemCollection items = plot.getFixedLegendItems();
        if (items == null || !done.add(items)) {
            return;
        }
        LegendItemCollection out = new LegendItemCollection();
        for (Iterator<?> it = items.iterator(); it.hasNext(); ) {
            LegendItem item = (LegendItem) it.next();
            if (item.getShape() != null) {
                item.setShape(shape(item.getShape(), legendFactor));
            }
            if (item.getLine() != null) {
                item.setLine(shape(item.getLine(), legendFactor));
            }
            item.setLineStroke(stroke(item.getLineStroke()));
            item.setOutlineStroke(stroke(item.getOutlineStroke()));
            if (item.getLabelFont() != null) {
                item.setLabelFont(font(item.getLabelFont(), legendFactor));
            }
            out.add(item);
        }
        done.add(out);
        plot.setFixedLegendItems(out);
    }

    private Font font(Font f) {
        return font(f, factor);
    }

    private Font font(Font f, double k) {
        if (f == null || done.contains(f)) {
            return f;
        }
        Font big = f.deriveFont((float) (f.getSize2D() * k));
        done.add(big);
        return big;
    }

    private Shape shape(Shape s) {
        return shape(s, factor);
    }

    private Shape shape(Shape s, double k) {
        if (s == null || done.contains(s)) {
            return s;
        }
        Shape big = AffineTransform.getScaleInstance(k, k).createTransformedShape(s);
        done.add(big);
        return big;
    }

    private Stroke stroke(Stroke s) {
        if (!(s instanceof BasicStroke b) || done.contains(s)) {
            return s;
        }
        float[] dash = b.getDashArray();
        if (dash != null) {
            dash = dash.clone();
            for (int i = 0; i < dash.length; i++) {
                dash[i] *= (float) factor;
            }
        }
        BasicStroke big = new BasicStroke((float) (b.getLineWidth() * factor), b.getEndCap(), b.getLineJoin(),
                b.getMiterLimit(), dash, (float) (b.getDashPhase() * factor));
        done.add(big);
        return big;
    }
}
