package org.scalelab.ui.matched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.cost.CostLimits;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.NativeResolution;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunResult;
import org.scalelab.training.RunStatus;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

/** The matched-cost readout on the workbench model, with runs stored by hand (two seeds each). */
class MatchedCostViewModelTest {
    private final WorkbenchModel model = new WorkbenchModel(new DirectExecutor());

    MatchedCostViewModelTest() {
        model.baselineProperty().set(Presets.get("simple-cnn"));
        model.seedsProperty().set(2);
        model.rules().setAll(ScalingRule.COMPOUND, ScalingRule.WIDTH);
    }

    private Variant variant(ScalingRule rule, double phi) {
        return model.gridProperty().get().stream().filter(v -> v.rule() == rule && v.phi() == phi).findFirst()
                .orElseThrow();
    }

    /** Both seeds of a grid variant, at {@code mean} ± 0.01. */
    private void trained(ScalingRule rule, double phi, double mean) {
        Variant v = variant(rule, phi);
        List<Long> seeds = model.seedList();
        for (int i = 0; i < seeds.size(); i++) {
            var q = model.requestFor(v, seeds.get(i));
            double acc = mean + (i == 0 ? -0.01 : 0.01);
            model.runs().put(q.key(), new RunRecord(q.key(), q, RunStatus.DONE, List.of(),
                    new RunResult(acc, 10, 100, 1, "test"), null, 0, 0));
        }
    }

    @Test
    void readsEachRuleBetweenItsNeighboursWithAnIntervalAndTheGapToCompound() {
        trained(ScalingRule.COMPOUND, 0, 0.80);
        trained(ScalingRule.COMPOUND, 3, 0.86);
        trained(ScalingRule.WIDTH, 3, 0.84);
        MatchedCostViewModel vm = new MatchedCostViewModel(model);
        double low = variant(ScalingRule.COMPOUND, 0).cost().macs();
        double high = variant(ScalingRule.COMPOUND, 3).cost().macs();
        double widthHigh = variant(ScalingRule.WIDTH, 3).cost().macs();
        vm.setCost(Math.sqrt(low * Math.min(high, widthHigh))); // inside both rules' trained range
        String compound = vm.row(ScalingRule.COMPOUND).orElseThrow().accuracy();
        assertTrue(compound.matches("8\\d\\.\\d % \\[\\d+\\.\\d, \\d+\\.\\d]"), compound);
        String gap = vm.row(ScalingRule.WIDTH).orElseThrow().gap();
        assertTrue(gap.startsWith("-") && gap.contains("["), gap); // width below compound at the same cost
        assertEquals("–", vm.row(ScalingRule.COMPOUND).orElseThrow().gap());
        assertFalse(vm.row(ScalingRule.WIDTH).orElseThrow().hypervolume().equals("–"));
    }

    @Test
    void aCostOutsideARulesTrainedVariantsSaysSo() {
        trained(ScalingRule.COMPOUND, 1, 0.82);
        trained(ScalingRule.COMPOUND, 2, 0.84);
        MatchedCostViewModel vm = new MatchedCostViewModel(model);
        vm.setCost(variant(ScalingRule.COMPOUND, 3).cost().macs() * 2.0);
        assertTrue(vm.row(ScalingRule.COMPOUND).orElseThrow().accuracy().startsWith("outside its trained"),
                vm.row(ScalingRule.COMPOUND).toString());
        assertEquals("no trained variant", vm.row(ScalingRule.WIDTH).orElseThrow().accuracy());
    }

    @Test
    void typedCostsAndLimitsAreReadAndBadOnesNamed() {
        MatchedCostViewModel vm = new MatchedCostViewModel(model);
        vm.costTextProperty().set("4.5M");
        vm.read();
        assertEquals(4_500_000.0, vm.costProperty().get());
        vm.costTextProperty().set("lots");
        vm.read();
        assertEquals("MACs: 'lots' is not a number with an optional unit", vm.errorProperty().get());
        assertEquals(4_500_000.0, vm.costProperty().get(), "unchanged");
        vm.maxMacsTextProperty().set("3M");
        vm.maxMemoryTextProperty().set("64MiB");
        vm.applyLimits();
        assertEquals(new CostLimits(3_000_000, 0, 64L << 20, 64), model.limitsProperty().get());
        vm.maxParamsTextProperty().set("-5");
        vm.applyLimits();
        assertTrue(vm.errorProperty().get().startsWith("max params: '-5' must be a positive amount"));
        assertEquals(3_000_000, model.limitsProperty().get().maxMacs(), "unchanged");
    }

    @Test
    void onlyFeasibleVariantsCountAndTheModelMarksUpsampledOnes() {
        trained(ScalingRule.COMPOUND, 0, 0.80);
        trained(ScalingRule.COMPOUND, 3, 0.86);
        MatchedCostViewModel vm = new MatchedCostViewModel(model);
        String before = vm.row(ScalingRule.COMPOUND).orElseThrow().hypervolume();
        Variant big = variant(ScalingRule.COMPOUND, 3);
        model.limitsProperty().set(new CostLimits(big.cost().macs() - 1, 0, 0, 64));
        assertFalse(model.isFeasible(big));
        assertTrue(model.isFeasible(variant(ScalingRule.COMPOUND, 0)));
        assertEquals(1, vm.points().get(ScalingRule.COMPOUND).size());
        assertFalse(before.equals(vm.row(ScalingRule.COMPOUND).orElseThrow().hypervolume()));

        assertFalse(model.isUpsampled(big), "unknown native resolution: nothing marked");
        model.nativeResolutionProperty().set(NativeResolution.fixed(28, 28));
        assertFalse(model.isUpsampled(big)); // compound φ=3 is 24 px
        model.rules().setAll(ScalingRule.RESOLUTION);
        assertTrue(model.isUpsampled(variant(ScalingRule.RESOLUTION, 3)), "resolution-only at 52 px");
    }
}
