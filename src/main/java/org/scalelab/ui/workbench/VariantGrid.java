package org.scalelab.ui.workbench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.scaling.VariantFactory;
import org.scalelab.domain.spec.NetworkSpec;

/**
 * Every shown rule's variants on the φ grid, plus each rule's variant at the slider's φ. Pure computation, run in
 * the background; keeps its {@link VariantFactory} (and its cost cache) while baseline, coefficients and policy
 * stay the same, so dragging φ only costs the new points. Not thread-safe: one background thread uses it.
 */
final class VariantGrid {
    private VariantFactory factory;

    /** What the workbench shows for one set of inputs. */
    record Result(List<Variant> grid, Map<ScalingRule, Variant> atPhi, Variant baseline) {
    }

    Result compute(NetworkSpec base, CompoundCoefficients c, RoundingPolicy policy, List<ScalingRule> rules,
                   List<Double> phis, double phi) {
        if (factory == null || !factory.base().equals(base) || !factory.coefficients().equals(c)
                || !factory.policy().equals(policy)) {
            factory = new VariantFactory(base, c, policy);
        }
        List<Variant> grid = new ArrayList<>(rules.size() * phis.size());
        Map<ScalingRule, Variant> atPhi = new EnumMap<>(ScalingRule.class);
        for (ScalingRule rule : rules) {
            for (double p : phis) {
                grid.add(factory.variant(rule, p));
            }
            atPhi.put(rule, factory.variant(rule, phi));
        }
        return new Result(List.copyOf(grid), Map.copyOf(atPhi), factory.variant(ScalingRule.COMPOUND, 0));
    }

    static List<Double> phis(double max, double step) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i * step <= max + 1e-9; i++) {
            out.add(Math.round(i * step * 1e9) / 1e9);
        }
        return out;
    }
}
