package org.scalelab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.cost.CostLimits;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.NativeResolution;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

/** The charts under cost limits (faded, off the frontier, a line at the limit) and with upsampled inputs (diamonds). */
class ChartsLimitsAndUpsamplingTest {
    private final WorkbenchModel model = new WorkbenchModel(new DirectExecutor());
    private final ChartsViewModel vm;

    ChartsLimitsAndUpsamplingTest() {
        model.baselineProperty().set(Presets.get("simple-cnn"));
        model.rules().setAll(ScalingRule.COMPOUND, ScalingRule.RESOLUTION);
        vm = new ChartsViewModel(model, new DirectExecutor());
        Runs.done(model, ScalingRule.COMPOUND, 0, 0.80);
        Runs.done(model, ScalingRule.COMPOUND, 1, 0.83);
        Runs.done(model, ScalingRule.COMPOUND, 3, 0.85);
        Runs.done(model, ScalingRule.RESOLUTION, 3, 0.75);
    }

    private List<Double> frontierCosts() {
        XYSeries f = vm.data(CostMetric.MACS).frontier().getSeries(0);
        return java.util.stream.IntStream.range(0, f.getItemCount()).mapToObj(i -> f.getX(i).doubleValue()).distinct()
                .toList();
    }

    @Test
    void theFrontierRunsOnlyThroughVariantsWithinTheLimits() {
        Variant top = Runs.variant(model, ScalingRule.COMPOUND, 3);
        assertTrue(frontierCosts().contains((double) top.cost().macs()));
        model.limitsProperty().set(new CostLimits(top.cost().macs() - 1, 0, 0, 64));
        assertFalse(frontierCosts().contains((double) top.cost().macs()), "the costliest is over the limit");
        assertTrue(vm.overLimits(top));
        assertTrue(vm.describe(top).contains("over the limits: MACs"), vm.describe(top));
        assertFalse(vm.overLimits(Runs.variant(model, ScalingRule.COMPOUND, 1)));
    }

    @Test
    void theLimitIsALineOnItsOwnCostChartOnly() {
        JFreeChart macs = LocalChart.build(vm, CostMetric.MACS);
        JFreeChart params = LocalChart.build(vm, CostMetric.PARAMS);
        CostLimits limits = new CostLimits(3_000_000, 0, 0, 64);
        LocalChart.setLimits(macs, CostMetric.MACS, limits);
        LocalChart.setLimits(params, CostMetric.PARAMS, limits);
        XYPlot top = (XYPlot) ((CombinedDomainXYPlot) macs.getXYPlot()).getSubplots().get(0);
        assertEquals(1, top.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
        assertEquals(3_000_000, ((ValueMarker) top.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next())
                .getValue());
        XYPlot paramsTop = (XYPlot) ((CombinedDomainXYPlot) params.getXYPlot()).getSubplots().get(0);
        assertTrue(paramsTop.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND) == null
                || paramsTop.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).isEmpty(), "no params limit");
        LocalChart.setLimits(macs, CostMetric.MACS, CostLimits.NONE);
        assertTrue(top.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND) == null
                || top.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).isEmpty());
    }

    @Test
    void upsampledVariantsAreDiamondsAndTheirTooltipsSaySo() {
        Variant res = Runs.variant(model, ScalingRule.RESOLUTION, 3);
        assertFalse(vm.upsampled(res), "native resolution not known yet");
        model.nativeResolutionProperty().set(NativeResolution.fixed(28, 28));
        assertTrue(vm.upsampled(res));
        assertTrue(vm.describe(res).contains("upsampled: its " + res.spec().input().resolution()
                + " px input is larger than the data's native 28 px"), vm.describe(res));
        assertTrue(vm.anyUpsampled());
        JFreeChart chart = LocalChart.build(vm, CostMetric.MACS);
        XYPlot top = (XYPlot) ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(0);
        MarkedRenderer trained = (MarkedRenderer) top.getRenderer(LocalChart.TRAINED);
        XYSeries resolution = vm.data(CostMetric.MACS).trained().getSeries(ScalingRule.RESOLUTION.ordinal());
        int item = resolution.indexOf((double) res.cost().macs());
        assertTrue(item >= 0);
        assertEquals(MarkedRenderer.DIAMOND, trained.getItemShape(ScalingRule.RESOLUTION.ordinal(), item));
        assertEquals(ChartStyle.DOT, trained.getItemShape(ScalingRule.COMPOUND.ordinal(), 0));
        boolean legendSaysSo = false;
        var legend = chart.getXYPlot().getFixedLegendItems();
        for (int i = 0; i < legend.getItemCount(); i++) {
            legendSaysSo |= legend.get(i).getLabel().startsWith("diamond: input upsampled");
        }
        assertTrue(legendSaysSo);
    }
}
