package org.scalelab.domain.frontier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.stats.SeedStats;

class RuleFrontsTest {
    private static MatchedCost.Point point(double cost, double... accuracies) {
        return new MatchedCost.Point(cost, SeedStats.of(accuracies));
    }

    private static final Map<ScalingRule, List<MatchedCost.Point>> POINTS = new LinkedHashMap<>();

    static {
        POINTS.put(ScalingRule.COMPOUND, List.of(point(1e6, 0.80, 0.82, 0.84), point(1e7, 0.88, 0.89, 0.90)));
        POINTS.put(ScalingRule.WIDTH, List.of(point(1e6, 0.80, 0.82, 0.84), point(1e7, 0.84, 0.85, 0.86)));
        POINTS.put(ScalingRule.DEPTH, List.of(point(2e6, 0.81, 0.82, 0.83)));
    }

    @Test
    void eachRuleReadsAtTheCostWithItsGapToCompound() {
        List<RuleFronts.Reading> r = RuleFronts.at(POINTS, Math.sqrt(1e13)); // halfway in log cost
        assertEquals(0.855, r.get(0).accuracy().orElseThrow().value(), 1e-12); // (0.82 + 0.89) / 2
        assertTrue(r.get(0).gapToCompound().isEmpty());
        assertEquals(0.835, r.get(1).accuracy().orElseThrow().value(), 1e-12); // (0.82 + 0.85) / 2
        assertEquals(0.835 - 0.855, r.get(1).gapToCompound().orElseThrow().value(), 1e-12);
        assertTrue(r.get(2).accuracy().isEmpty(), "depth has one point, at 2e6: nothing to read at 3.2e6");
        assertTrue(r.get(2).gapToCompound().isEmpty());
    }

    @Test
    void hypervolumesShareOneReference() {
        // Reference: twice the largest cost (2e7) and the lowest mean (0.82).
        Map<ScalingRule, Double> hv = RuleFronts.hypervolumes(POINTS);
        double right = Math.log10(2e7);
        assertEquals((right - 7) * (0.89 - 0.82), hv.get(ScalingRule.COMPOUND), 1e-12);
        assertEquals((right - 7) * (0.85 - 0.82), hv.get(ScalingRule.WIDTH), 1e-12);
        assertEquals(0.0, hv.get(ScalingRule.DEPTH), 1e-12); // its mean is the reference accuracy itself
    }
}
