package org.scalelab.ui.charts;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.XYDataset;
import org.scalelab.domain.cost.CostLimits;
import org.scalelab.domain.scaling.ScalingRule;

/**
 * Builds the accuracy-vs-cost chart of one {@link CostMetric} over the ViewModel's datasets: on top, trained
 * variants at (cost, mean test accuracy over their seeds) with ± 1 std error bars, the frontier staircase and,
 * with fits on, each rule's fitted curve (dashed) in a translucent 95% prediction band; below, on the same cost
 * axis, a strip with a row per rule where the variants not trained yet sit, hollow, at their cost. Built once; the
 * datasets change.
 *
 * <p>Datasets of the accuracy plot, drawn from the highest index down (bands underneath, error bars on top):
 * {@value #SPREAD} error bars, {@value #TRAINED} trained variants, {@value #SELECTED} the selected one,
 * {@value #FRONTIER} the frontier, {@value #FITS} the fitted curves.
 */
final class LocalChart {
    static final String ACCURACY_LABEL = "test accuracy";
    static final String STRIP_LABEL = "untrained";
    static final int SPREAD = 0;
    static final int TRAINED = 1;
    static final int SELECTED = 2;
    static final int FRONTIER = 3;
    static final int FITS = 4;
    /** Opacity of a fitted curve's band. */
    static final float BAND_ALPHA = 0.16f;
    /** The fill of the bands not shown. */
    private static final Color TRANSPARENT = new Color(0, 0, 0, 0);
    /** The cost limit's line. */
    private static final Color LIMIT = new Color(0xAA0000);
    private static final java.awt.BasicStroke LIMIT_STROKE = new java.awt.BasicStroke(2f, java.awt.BasicStroke.CAP_BUTT,
            java.awt.BasicStroke.JOIN_MITER, 1f, new float[] {7f, 4f}, 0f);

    private LocalChart() {
    }

    static JFreeChart build(ChartsViewModel vm, CostMetric metric) {
        ChartsViewModel.MetricData d = vm.data(metric);
        XYToolTipGenerator tips = vm::tooltipAt;

        NumberAxis accuracy = new NumberAxis(ACCURACY_LABEL);
        accuracy.setAutoRangeIncludesZero(false);
        accuracy.setNumberFormatOverride(new java.text.DecimalFormat("0.#%"));
        accuracy.setAutoRangeMinimumSize(0.02);
        ChartStyle.axis(accuracy);
        XYPlot top = new XYPlot();
        top.setRangeAxis(accuracy);
        ChartStyle.plot(top);
        top.setNoDataMessage("No trained variant yet: train one and its test accuracy appears here.");

        XYLineAndShapeRenderer frontier = new XYLineAndShapeRenderer(true, false);
        frontier.setSeriesPaint(0, RulePalette.awt(RulePalette.FRONTIER_HEX));
        frontier.setSeriesStroke(0, ChartStyle.FRONTIER);
        top.setDataset(FRONTIER, d.frontier());
        top.setRenderer(FRONTIER, frontier);

        XYLineAndShapeRenderer trained = new MarkedRenderer(vm, TRAINED, true, true);
        XYErrorRenderer bars = new XYErrorRenderer();
        bars.setDrawXError(false);
        bars.setDefaultShapesVisible(false);
        bars.setDefaultLinesVisible(false);
        bars.setCapLength(8);
        bars.setErrorStroke(ChartStyle.ERROR_BAR);
        FitRenderer fits = new FitRenderer();
        for (ScalingRule r : ScalingRule.values()) {
            trained.setSeriesPaint(r.ordinal(), RulePalette.awt(r));
            trained.setSeriesShape(r.ordinal(), ChartStyle.DOT);
            trained.setSeriesStroke(r.ordinal(), ChartStyle.LINE);
            bars.setSeriesPaint(r.ordinal(), RulePalette.awt(r));
            fits.setSeriesPaint(r.ordinal(), RulePalette.awt(r));
            fits.setSeriesStroke(r.ordinal(), ChartStyle.FIT);
        }
        showBand(fits, vm.bandRuleProperty().get());
        trained.setDefaultToolTipGenerator(tips);
        bars.setDefaultToolTipGenerator(tips);
        fits.setDefaultToolTipGenerator(tips);
        top.setDataset(TRAINED, d.trained());
        top.setRenderer(TRAINED, trained);
        top.setDataset(SPREAD, d.spread());
        top.setRenderer(SPREAD, bars);
        top.setDataset(FITS, d.fits());
        top.setRenderer(FITS, fits);

        top.setDataset(SELECTED, d.selectedTrained());
        top.setRenderer(SELECTED, ring(tips));
        top.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);

        XYPlot strip = new XYPlot();
        strip.setRangeAxis(rows(vm.shownRulesProperty().get()));
        ChartStyle.plot(strip);
        strip.setBackgroundPaint(new Color(0xF6F6F6));
        strip.setNoDataMessage("every variant on the grid is trained");

        XYLineAndShapeRenderer hollow = new MarkedRenderer(vm, 0, false, true);
        hollow.setUseFillPaint(true);
        hollow.setDefaultFillPaint(Color.WHITE);
        hollow.setUseOutlinePaint(true);
        hollow.setDrawOutlines(true);
        for (ScalingRule r : ScalingRule.values()) {
            hollow.setSeriesOutlinePaint(r.ordinal(), RulePalette.awt(r));
            hollow.setSeriesPaint(r.ordinal(), RulePalette.awt(r));
            hollow.setSeriesShape(r.ordinal(), ChartStyle.DOT);
            hollow.setSeriesOutlineStroke(r.ordinal(), ChartStyle.OUTLINE);
        }
        hollow.setDefaultToolTipGenerator(tips);
        strip.setDataset(0, d.untrained());
        strip.setRenderer(0, hollow);
        // With nothing untrained the strip says so; rule names beside an empty strip read as if those rules lacked runs.
        Runnable rowNames = () -> strip.getRangeAxis().setTickLabelsVisible(
                !org.jfree.data.general.DatasetUtils.isEmptyOrNull(d.untrained()));
        rowNames.run();
        d.untrained().addChangeListener(e -> rowNames.run());
        strip.setDataset(1, d.selectedUntrained());
        strip.setRenderer(1, ring(tips));
        strip.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(
                ChartStyle.costAxis(metric.axisLabel(), vm.logAxisProperty().get(), format(vm.logAxisProperty().get())));
        plot.setGap(6);
        plot.add(top, 4);
        plot.add(strip, 1);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setFixedLegendItems(legend(vm, metric));
        setFitted(plot, vm.fittedRulesProperty().get());
        setLimits(plot, metric, vm.limits());
        if (vm.trainedCountProperty().get() == 0) {
            accuracy.setRange(0, 1);
        }

        JFreeChart chart = new JFreeChart("Test accuracy vs " + (metric == CostMetric.MACS ? "MACs" : "params")
                + " on local data", ChartStyle.TITLE, plot, true);
        // Only what the figure shows: how to select points is said beside the chart, so exports carry no hints.
        ChartStyle.chart(chart, "Filled points: trained variants. Hollow points in the lower strip: not trained yet, "
                + "placed at their cost.");
        return chart;
    }

    private static XYLineAndShapeRenderer ring(XYToolTipGenerator tips) {
        XYLineAndShapeRenderer ring = new XYLineAndShapeRenderer(false, true);
        ring.setSeriesShape(0, ChartStyle.RING);
        ring.setSeriesShapesFilled(0, false);
        ring.setSeriesPaint(0, Color.BLACK);
        ring.setUseOutlinePaint(false);
        ring.setSeriesStroke(0, ChartStyle.RING_STROKE);
        ring.setDrawOutlines(true);
        ring.setDefaultToolTipGenerator(tips);
        return ring;
    }

    /** Swaps the cost axis between linear and logarithmic; the plot and its datasets stay. */
    static void setLog(JFreeChart chart, CostMetric metric, boolean log) {
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getXYPlot();
        plot.setDomainAxis(ChartStyle.costAxis(metric.axisLabel(), log, format(log)));
    }

    private static SiNumberFormat format(boolean log) {
        return log ? new SiNumberFormat(2, true) : new SiNumberFormat();
    }

    /** Before any run the accuracy axis shows 0 % to 100 % exactly; afterwards it fits the runs. */
    static void setEmpty(JFreeChart chart, boolean empty) {
        var axis = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(0).getRangeAxis();
        if (empty) {
            axis.setRange(0, 1);
        } else if (!axis.isAutoRange()) {
            axis.setAutoRange(true);
        }
    }

    /** One row per shown rule in the strip, in the workbench's order from the bottom up. */
    private static SymbolAxis rows(List<ScalingRule> rules) {
        SymbolAxis rows = new SymbolAxis(STRIP_LABEL, rules.stream().map(ScalingRule::id).toArray(String[]::new));
        rows.setGridBandsVisible(false);
        rows.setAutoRange(false);
        rows.setRange(-0.6, Math.max(rules.size(), 1) - 0.4);
        ChartStyle.axis(rows);
        return rows;
    }

    /** Follows the shown rules: strip rows (the legend follows {@link #setLegend}). */
    static void setRules(JFreeChart chart, List<ScalingRule> rules) {
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getXYPlot();
        XYPlot strip = plot.getSubplots().get(1);
        SymbolAxis axis = rows(rules);
        axis.setTickLabelsVisible(strip.getRangeAxis().isTickLabelsVisible());
        strip.setRangeAxis(axis);
    }

    /** The legend: the shown rules, then what hollow points, error bars, fits, frontier and ring mean. */
    static void setLegend(JFreeChart chart, CostMetric metric, ChartsViewModel vm) {
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getXYPlot();
        plot.setFixedLegendItems(legend(vm, metric));
    }

    /** The workbench's legend, and what a diamond, a faded point and the limit line mean when there are any. */
    private static LegendItemCollection legend(ChartsViewModel vm, CostMetric metric) {
        LegendItemCollection items = ChartStyle.localLegend(vm.shownRulesProperty().get(), metric,
                vm.spreadShownProperty().get(), vm.fitCurvesProperty().get());
        Color grey = RulePalette.awt(RulePalette.NEUTRAL_HEX);
        if (vm.anyUpsampled()) {
            items.add(new LegendItem("diamond: input upsampled past the data's native " + vm.nativeResolutionText(), null,
                    null, null, true, MarkedRenderer.DIAMOND, false, grey, true, grey, ChartStyle.OUTLINE, false,
                    ChartStyle.LEGEND_LINE, ChartStyle.LINE, grey));
        }
        if (!vm.limits().isNone()) {
            Color faded = new Color(grey.getRed(), grey.getGreen(), grey.getBlue(), MarkedRenderer.FADED_ALPHA);
            items.add(new LegendItem("faded: over the limits (" + vm.limits().describe() + ")", null, null, null, true,
                    ChartStyle.DOT, true, faded, false, faded, ChartStyle.OUTLINE, false, ChartStyle.LEGEND_LINE,
                    ChartStyle.LINE, faded));
        }
        return items;
    }

    /** The limit of this chart's cost (max MACs, or max params) as a dashed vertical line; none when not set. */
    static void setLimits(JFreeChart chart, CostMetric metric, CostLimits limits) {
        setLimits((CombinedDomainXYPlot) chart.getXYPlot(), metric, limits);
    }

    private static void setLimits(CombinedDomainXYPlot plot, CostMetric metric, CostLimits limits) {
        long limit = metric == CostMetric.MACS ? limits.maxMacs() : limits.maxParams();
        for (Object o : plot.getSubplots()) {
            XYPlot sub = (XYPlot) o;
            sub.clearDomainMarkers();
            if (limit > 0) {
                ValueMarker line = new ValueMarker(limit, LIMIT, LIMIT_STROKE);
                if (sub == plot.getSubplots().get(0)) {
                    line.setLabel(metric == CostMetric.MACS ? "MACs limit" : "params limit");
                    line.setLabelFont(ChartStyle.ITEM_LABEL);
                    line.setLabelPaint(LIMIT);
                    line.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
                    line.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
                }
                sub.addDomainMarker(line);
            }
        }
    }

    /**
     * Fills the band of one rule's curve (the selected rule's): four overlapping translucent bands hid the points.
     * The others keep their curve; their band is in the dataset, transparent.
     */
    static void setBandRule(JFreeChart chart, ScalingRule rule) {
        XYPlot top = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(0);
        showBand((FitRenderer) top.getRenderer(FITS), rule);
    }

    private static void showBand(FitRenderer fits, ScalingRule shown) {
        for (ScalingRule r : ScalingRule.values()) {
            fits.setSeriesFillPaint(r.ordinal(), r == shown ? RulePalette.awt(r) : TRANSPARENT, false);
        }
        fits.changed();
    }

    /** Whether a rule's band is filled (tests). */
    static boolean bandShown(JFreeChart chart, ScalingRule rule) {
        XYPlot top = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(0);
        return top.getRenderer(FITS).getSeriesFillPaint(rule.ordinal()) != TRANSPARENT;
    }

    /** A rule with a drawn curve shows its points without the joining line: the curve is the line. */
    static void setFitted(JFreeChart chart, List<ScalingRule> fitted) {
        setFitted((CombinedDomainXYPlot) chart.getXYPlot(), fitted);
    }

    private static void setFitted(CombinedDomainXYPlot plot, List<ScalingRule> fitted) {
        XYLineAndShapeRenderer trained = (XYLineAndShapeRenderer) plot.getSubplots().get(0).getRenderer(TRAINED);
        for (ScalingRule r : ScalingRule.values()) {
            Boolean lines = !fitted.contains(r);
            if (!lines.equals(trained.getSeriesLinesVisible(r.ordinal()))) {
                trained.setSeriesLinesVisible(r.ordinal(), lines);
            }
        }
    }

    /**
     * Draws a fitted curve dashed in its band; only the curve, not the band, counts for the accuracy axis' range, so
     * a wide band where the curve extrapolates does not squeeze the measured points.
     */
    static final class FitRenderer extends DeviationRenderer {
        FitRenderer() {
            super(true, false);
            setAlpha(BAND_ALPHA);
        }

        /** One redraw after several paint changes made without notifying. */
        void changed() {
            fireChangeEvent();
        }

        @Override
        public Range findRangeBounds(XYDataset dataset) {
            return dataset == null ? null : DatasetUtils.findRangeBounds(dataset, false);
        }
    }
}
