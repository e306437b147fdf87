package org.scalelab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.training.RunStatus;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

class ChartsViewModelTest {
    private final WorkbenchModel model = new WorkbenchModel(new DirectExecutor());
    private final ChartsViewModel vm = new ChartsViewModel(model, new DirectExecutor());
    private final ChartsViewModel.MetricData macs = vm.data(CostMetric.MACS);

    private static List<Double> xs(XYSeries s) {
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < s.getItemCount(); i++) {
            xs.add(s.getX(i).doubleValue());
        }
        return xs;
    }

    @Test
    void withoutRunsEveryVariantIsHollowInTheStrip() {
        for (ScalingRule r : model.rules()) {
            assertEquals(0, macs.trained().getSeries(r.ordinal()).getItemCount(), r.id());
            assertEquals(7, macs.untrained().getSeries(r.ordinal()).getItemCount(), r.id());
        }
        assertEquals(0, macs.untrained().getSeries(ScalingRule.DWR.ordinal()).getItemCount());
        assertEquals(0, macs.frontier().getSeries(0).getItemCount());
        assertEquals(0, vm.trainedCountProperty().get());
        assertEquals(28, vm.untrainedCountProperty().get());
    }

    @Test
    void untrainedPointsSitOnTheirRulesRowInOrderOfCost() {
        XYSeries width = vm.data(CostMetric.PARAMS).untrained().getSeries(ScalingRule.WIDTH.ordinal());
        List<Double> xs = xs(width);
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(null);
        assertEquals(sorted, xs);
        assertEquals(ScalingRule.WIDTH.ordinal(), width.getY(0).intValue());
        Variant v = vm.variantAt(vm.data(CostMetric.PARAMS).untrained(), ScalingRule.WIDTH.ordinal(), 6).orElseThrow();
        assertEquals(v.cost().params(), xs.get(6));
    }

    @Test
    void finishedRunsMoveTheirVariantsUpToTheirAccuracy() {
        Runs.done(model, ScalingRule.COMPOUND, 2, 0.86);
        Runs.done(model, ScalingRule.COMPOUND, 1, 0.84);
        XYSeries compound = macs.trained().getSeries(ScalingRule.COMPOUND.ordinal());
        assertEquals(2, compound.getItemCount());
        assertEquals(Runs.variant(model, ScalingRule.COMPOUND, 1).cost().macs(), compound.getX(0).doubleValue());
        assertEquals(0.84, compound.getY(0).doubleValue());
        assertEquals(0.86, compound.getY(1).doubleValue());
        assertEquals(5, macs.untrained().getSeries(ScalingRule.COMPOUND.ordinal()).getItemCount());
        assertEquals(2, vm.trainedCountProperty().get());
    }

    @Test
    void runsNotDoneStayHollow() {
        Variant v = Runs.variant(model, ScalingRule.DEPTH, 1);
        model.runs().put(model.requestFor(v).key(), Runs.record(model, v, RunStatus.RUNNING, 0));
        assertEquals(0, macs.trained().getSeries(ScalingRule.DEPTH.ordinal()).getItemCount());
        assertEquals(7, macs.untrained().getSeries(ScalingRule.DEPTH.ordinal()).getItemCount());
    }

    @Test
    void frontierIsAStaircaseThroughTheUndominatedRuns() {
        Runs.done(model, ScalingRule.COMPOUND, 1, 0.80);
        Runs.done(model, ScalingRule.COMPOUND, 2, 0.85);
        Runs.done(model, ScalingRule.COMPOUND, 3, 0.83);
        double c1 = Runs.variant(model, ScalingRule.COMPOUND, 1).cost().macs();
        double c2 = Runs.variant(model, ScalingRule.COMPOUND, 2).cost().macs();
        XYSeries f = macs.frontier().getSeries(0);
        assertEquals(List.of(c1, c2, c2), xs(f));
        assertEquals(List.of(0.80, 0.80, 0.85), List.of(f.getY(0), f.getY(1), f.getY(2)).stream()
                .map(Number::doubleValue).toList());
    }

    @Test
    void aRecipeChangeForgetsRunsOfTheOldRecipe() {
        Runs.done(model, ScalingRule.COMPOUND, 1, 0.80);
        model.recipeProperty().set(model.recipeProperty().get().withEpochs(7));
        assertEquals(0, vm.trainedCountProperty().get());
    }

    @Test
    void clickingAPointSelectsItsRuleAndPhi() {
        Variant v = vm.variantAt(macs.untrained(), ScalingRule.WIDTH.ordinal(), 5).orElseThrow();
        assertTrue(vm.selectAt(macs.untrained(), ScalingRule.WIDTH.ordinal(), 5));
        assertEquals(ScalingRule.WIDTH, model.selectedRuleProperty().get());
        assertEquals(v.phi(), model.phiProperty().get());
        XYSeries ring = macs.selectedUntrained().getSeries(0);
        assertEquals(1, ring.getItemCount());
        assertEquals(v.cost().macs(), ring.getX(0).doubleValue());
    }

    @Test
    void frontierCornersSelectNothing() {
        Runs.done(model, ScalingRule.COMPOUND, 1, 0.80);
        assertFalse(vm.selectAt(macs.frontier(), 0, 0));
        assertEquals(1.0, model.phiProperty().get());
    }

    @Test
    void aTrainedSelectionIsRingedAtItsAccuracy() {
        Runs.done(model, ScalingRule.COMPOUND, 1, 0.81);
        assertEquals(0.81, macs.selectedTrained().getSeries(0).getY(0).doubleValue());
        assertEquals(0, macs.selectedUntrained().getSeries(0).getItemCount());
        model.phiProperty().set(2);
        assertEquals(0, macs.selectedTrained().getSeries(0).getItemCount());
        assertEquals(Runs.variant(model, ScalingRule.COMPOUND, 2).cost().macs(),
                macs.selectedUntrained().getSeries(0).getX(0).doubleValue());
    }

    @Test
    void tooltipNamesRulePhiMultipliersAndNumbers() {
        Runs.done(model, ScalingRule.COMPOUND, 1, 0.812);
        String tip = vm.tooltipAt(macs.trained(), ScalingRule.COMPOUND.ordinal(), 0);
        assertTrue(tip.startsWith("Compound (α^φ, β^φ, γ^φ), φ = 1"), tip);
        for (String part : List.of("d = 1.20", "w = 1.10", "r = 1.15", " px", "params ", "MACs ",
                "test accuracy 81.2 %")) {
            assertTrue(tip.contains(part), part + " in " + tip);
        }
        assertTrue(vm.tooltipAt(macs.untrained(), ScalingRule.WIDTH.ordinal(), 0).endsWith("not trained yet"));
    }

    @Test
    void logToggleSwapsTheCostAxisOnly() {
        assertFalse(vm.logAxisProperty().get());
        JFreeChart chart = LocalChart.build(vm, CostMetric.MACS);
        assertInstanceOf(NumberAxis.class, chart.getXYPlot().getDomainAxis());
        vm.logAxisProperty().set(true);
        LocalChart.setLog(chart, CostMetric.MACS, true);
        assertInstanceOf(LogAxis.class, chart.getXYPlot().getDomainAxis());
        assertEquals("MACs (multiply-adds) (log scale)", chart.getXYPlot().getDomainAxis().getLabel());
    }

    @Test
    void axesSayWhatIsMeasured() {
        var plot = (org.jfree.chart.plot.CombinedDomainXYPlot) LocalChart.build(vm, CostMetric.MACS).getXYPlot();
        assertEquals("MACs (multiply-adds)", plot.getDomainAxis().getLabel());
        assertEquals("test accuracy", plot.getSubplots().get(0).getRangeAxis().getLabel());
        assertEquals("untrained", plot.getSubplots().get(1).getRangeAxis().getLabel());
    }

    @Test
    void exportsWritePngAndSvg(@TempDir Path dir) throws Exception {
        Runs.done(model, ScalingRule.COMPOUND, 1, 0.80);
        JFreeChart chart = LocalChart.build(vm, CostMetric.MACS);
        vm.export().png(chart, dir.resolve("a/chart.png"), 800, 500);
        vm.export().svg(chart, dir.resolve("chart.svg"), 800, 500);
        byte[] png = Files.readAllBytes(dir.resolve("a/chart.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
        String svg = Files.readString(dir.resolve("chart.svg"));
        assertTrue(svg.contains("<svg") && svg.contains("MACs (multiply-adds)"), svg.substring(0, 200));
        assertTrue(vm.export().messageProperty().get().startsWith("Saved "), vm.export().messageProperty().get());
    }

    @Test
    void aFailedExportSaysWhy(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("file"), "x");
        vm.export().png(LocalChart.build(vm, CostMetric.MACS), dir.resolve("file/chart.png"), 400, 300);
        assertTrue(vm.export().messageProperty().get().startsWith("Cannot save "), vm.export().messageProperty().get());
    }

    @Test
    void hidingARuleDropsItFromTheLegend() {
        model.rules().remove(ScalingRule.DEPTH);
        assertEquals(List.of(ScalingRule.COMPOUND, ScalingRule.WIDTH, ScalingRule.RESOLUTION),
                vm.shownRulesProperty().get());
        assertEquals(0, macs.untrained().getSeries(ScalingRule.DEPTH.ordinal()).getItemCount());
    }

    @Test
    void arrowKeysWalkTheSelectedRulesCurveAndSwitchRules() {
        model.selectedRuleProperty().set(ScalingRule.WIDTH);
        model.phiProperty().set(1.2);

        vm.stepAlongRule(1);
        assertEquals(1.5, model.phiProperty().get(), 1e-12);
        vm.stepAlongRule(-1);
        vm.stepAlongRule(-1);
        assertEquals(0.5, model.phiProperty().get(), 1e-12);
        model.phiProperty().set(3);
        vm.stepAlongRule(1);
        assertEquals(3, model.phiProperty().get(), 1e-12, "stays at the costliest point");

        vm.stepRule(1);
        assertEquals(ScalingRule.DEPTH, model.selectedRuleProperty().get());
        assertEquals(3, model.selectedProperty().get().phi(), 1e-12);
        vm.stepRule(-1);
        vm.stepRule(-1);
        assertEquals(ScalingRule.COMPOUND, model.selectedRuleProperty().get());
        vm.stepRule(-1);
        assertEquals(model.rules().get(model.rules().size() - 1), model.selectedRuleProperty().get(), "wraps");
    }
}
