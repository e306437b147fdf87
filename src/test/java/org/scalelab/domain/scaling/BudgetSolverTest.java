package org.scalelab.domain.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.preset.Presets;

class BudgetSolverTest {

    private static VariantFactory factory(String preset) {
        return new VariantFactory(Presets.get(preset), CompoundCoefficients.EFFICIENTNET, RoundingPolicy.EFFICIENTNET);
    }

    private static double miss(long macs, long target) {
        return Math.abs(Math.log(macs / (double) target));
    }

    /** The smallest miss any parameter on a fine scan reaches: no solution can beat it. */
    private static double bestOnScan(VariantFactory f, ScalingRule rule, double from, double to, double step, long target) {
        double best = Double.POSITIVE_INFINITY;
        for (double t = from; t <= to; t += step) {
            best = Math.min(best, miss(f.direct(rule, t, t).cost().macs(), target));
        }
        return best;
    }

    @Test
    void everyRuleHitsTwiceTheBaselineAsCloseAsRoundingAllows() {
        VariantFactory f = factory("mini-effnet");
        BudgetSolution s = BudgetSolver.solve(f, 2.0, BudgetSolver.SINGLE_DIMENSION);
        long target = 2 * f.baseCost().macs();
        assertEquals(target, s.targetMacs());
        assertEquals(2.0, s.multiplier(), 1e-12);
        assertEquals(4, s.variants().size());
        assertEquals(List.of(ScalingRule.COMPOUND, ScalingRule.WIDTH, ScalingRule.DEPTH, ScalingRule.RESOLUTION),
                s.variants().stream().map(Variant::rule).toList());
        assertTrue(miss(s.compound().cost().macs(), target)
                <= bestOnScan(f, ScalingRule.COMPOUND, 0, 3, 0.001, target) + 1e-12);
        assertTrue(miss(s.matched().get(0).cost().macs(), target)
                <= bestOnScan(f, ScalingRule.WIDTH, 1, 3, 0.001, target) + 1e-12);
        assertTrue(miss(s.matched().get(1).cost().macs(), target)
                <= bestOnScan(f, ScalingRule.DEPTH, 1, 5, 0.001, target) + 1e-12);
        assertTrue(miss(s.matched().get(2).cost().macs(), target)
                <= bestOnScan(f, ScalingRule.RESOLUTION, 1, 3, 0.001, target) + 1e-12);
        for (Variant v : s.variants()) {
            assertEquals(v.cost().macs() / (double) target - 1, s.error(v), 1e-12);
            assertEquals(s.phi(), v.phi());
        }
    }

    @Test
    void phiIsReportedWithFewDecimalsAndGivesTheSameNetworkBack() {
        VariantFactory f = factory("efficientnet-b0");
        BudgetSolution s = BudgetSolver.solve(f, 2.0, BudgetSolver.SINGLE_DIMENSION);
        // Before rounding φ = 1 would double B0's MACs (1.92), but ceil() on the repeats adds a block to every
        // stage as soon as d > 1: φ = 0.5 already gives 1.90× and φ = 0.6 2.05× (see `scale --phi 0.4:1.2:0.1`).
        assertTrue(s.phi() >= 0.5 && s.phi() <= 0.6, "phi " + s.phi());
        assertTrue(BigDecimal.valueOf(s.phi()).stripTrailingZeros().scale() <= 3, "phi " + s.phi());
        assertEquals(s.compound().spec(), f.variant(ScalingRule.COMPOUND, s.phi()).spec());
        for (Variant v : s.variants()) {
            assertTrue(Math.abs(s.error(v)) < 0.1, v.rule() + " misses by " + s.error(v));
            assertTrue(BigDecimal.valueOf(v.parameter()).stripTrailingZeros().scale() <= 4, v.rule() + " " + v.parameter());
            assertEquals(v.spec(), f.direct(v.rule(), v.parameter(), s.phi()).spec());
        }
    }

    @Test
    void aBudgetBelowTheBaselineScalesDown() {
        VariantFactory f = factory("mini-effnet");
        BudgetSolution s = BudgetSolver.solve(f, 0.5, List.of(ScalingRule.WIDTH));
        assertTrue(s.phi() < 0, "phi " + s.phi());
        assertTrue(s.compound().cost().macs() < f.baseCost().macs());
        assertTrue(miss(s.compound().cost().macs(), s.targetMacs())
                <= bestOnScan(f, ScalingRule.COMPOUND, -3, 0, 0.001, s.targetMacs()) + 1e-12);
    }

    @Test
    void impossibleQuestionsAreRefused() {
        VariantFactory flat = new VariantFactory(Presets.get("simple-cnn"), new CompoundCoefficients(1, 1, 1),
                RoundingPolicy.EFFICIENTNET);
        assertMessage("α = β = γ = 1 never changes the network",
                () -> BudgetSolver.solve(flat, 2.0, List.of()));
        assertMessage("must be positive", () -> BudgetSolver.solve(factory("simple-cnn"), -1.0, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> BudgetSolver.solve(factory("simple-cnn"), 2.0, List.of(ScalingRule.COMPOUND)));
    }

    private static void assertMessage(String fragment, org.junit.jupiter.api.function.Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(fragment), ex.getMessage());
    }
}
