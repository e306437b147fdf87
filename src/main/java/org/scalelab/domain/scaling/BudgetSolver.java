package org.scalelab.domain.scaling;

import java.util.ArrayList;
import java.util.List;
import org.scalelab.domain.spec.SpecException;

/**
 * The budget question: for a MACs budget (say twice the baseline's), which φ spends it under the compound rule,
 * and which width-, depth- or resolution-only networks spend the same? The single-dimension variants come from
 * {@link VariantFactory#matched} (bisection on the rule's parameter, closest real MACs by ratio); the compound φ
 * is found the same way: real MACs grow with φ in steps (rounding), so a bisection brackets the budget between
 * the last network below it and the first at or above it, and the closer one wins. Of the φ interval that gives
 * that network, the value with the fewest decimals is reported (φ = 0.7 rather than 0.6953…, likewise for the
 * matched multipliers), so it can be typed back in and gives the same network.
 */
public final class BudgetSolver {
    /** φ beyond this is refused by {@link org.scalelab.domain.scaling.CompoundCoefficients#at}. */
    private static final double MAX_PHI = org.scalelab.domain.scaling.CompoundCoefficients.MAX_PHI;
    private static final int STEPS = 60;

    private BudgetSolver() {
    }

    /** The rules compared by default: the paper's single-dimension baselines. */
    public static final List<ScalingRule> SINGLE_DIMENSION = List.of(ScalingRule.WIDTH, ScalingRule.DEPTH,
            ScalingRule.RESOLUTION);

    public static BudgetSolution solve(VariantFactory factory, double macsMultiplier, List<ScalingRule> rules) {
        if (!Double.isFinite(macsMultiplier) || macsMultiplier <= 0) {
            throw new IllegalArgumentException("MACs multiplier " + macsMultiplier + " must be positive");
        }
        if (factory.baseCost().macs() * macsMultiplier >= Long.MAX_VALUE) {
            throw new IllegalArgumentException("MACs multiplier " + macsMultiplier + " asks for more MACs than any"
                    + " network within the spec limits has");
        }
        return solve(factory, Math.round(factory.baseCost().macs() * macsMultiplier), rules);
    }

    public static BudgetSolution solve(VariantFactory factory, long targetMacs, List<ScalingRule> rules) {
        if (targetMacs <= 0) {
            throw new IllegalArgumentException("MACs budget " + targetMacs + " must be positive");
        }
        if (factory.coefficients().flopsBase() <= 1 + 1e-12) {
            throw new IllegalArgumentException("α = β = γ = 1 never changes the network, so no φ reaches a budget");
        }
        refuseOutOfReach(factory, targetMacs);
        double phi = compoundPhi(factory, targetMacs);
        Variant compound = factory.direct(ScalingRule.COMPOUND, phi, phi);
        List<Variant> matched = new ArrayList<>();
        List<ScalingRule> outOfReach = new ArrayList<>();
        for (ScalingRule rule : rules) {
            if (rule == ScalingRule.COMPOUND) {
                throw new IllegalArgumentException("the compound rule is solved for φ; list only the other rules");
            }
            matched.add(factory.matched(rule, targetMacs, phi));
            if (!factory.reaches(rule, targetMacs)) {
                outOfReach.add(rule);
            }
        }
        return new BudgetSolution(targetMacs, factory.baseCost(), compound, matched, outOfReach);
    }

    /**
     * A budget below the smallest compound variant (φ = -20: one block per stage, the narrowest widths, the smallest
     * resolution) or above the largest within the limits has no answer; printing the nearest end at +400,000% or
     * -100% would be one.
     */
    private static void refuseOutOfReach(VariantFactory factory, long target) {
        double smallest = macs(factory, -MAX_PHI);
        if (target < smallest) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "MACs budget %d cannot be reached:"
                    + " the smallest compound variant of %s (φ = %.0f) has %.0f MACs", target,
                    factory.base().name(), -MAX_PHI, smallest));
        }
        double largest = largestCompoundMacs(factory);
        if (target > largest) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "MACs budget %d cannot be reached:"
                    + " the largest compound variant of %s within the spec limits (φ ≤ %.0f) has %.0f MACs", target,
                    factory.base().name(), MAX_PHI, largest));
        }
    }

    /** MACs of the largest compound variant inside the limits: φ = 20, or the last valid φ below it. */
    private static double largestCompoundMacs(VariantFactory factory) {
        if (Double.isFinite(macs(factory, MAX_PHI))) {
            return macs(factory, MAX_PHI);
        }
        double valid = 0;
        double invalid = MAX_PHI;
        for (int i = 0; i < STEPS && invalid - valid > 1e-9; i++) {
            double mid = (valid + invalid) / 2;
            if (Double.isFinite(macs(factory, mid))) {
                valid = mid;
            } else {
                invalid = mid;
            }
        }
        return macs(factory, valid);
    }

    private static double compoundPhi(VariantFactory factory, long target) {
        double lo;
        double hi;
        if (macs(factory, 0) < target) {
            lo = 0;
            hi = 1;
            while (macs(factory, hi) < target && hi < MAX_PHI) {
                lo = hi;
                hi = Math.min(MAX_PHI, hi * 2);
            }
        } else {
            hi = 0;
            lo = -1;
            while (macs(factory, lo) >= target && lo > -MAX_PHI) {
                hi = lo;
                lo = Math.max(-MAX_PHI, lo * 2);
            }
        }
        for (int i = 0; i < STEPS && hi - lo > 1e-12; i++) {
            double mid = (lo + hi) / 2;
            if (macs(factory, mid) >= target) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double below = macs(factory, lo);
        double above = macs(factory, hi);
        boolean useAbove = Math.abs(Math.log(above / target)) <= Math.abs(Math.log(below / target));
        return factory.simplest(ScalingRule.COMPOUND, useAbove ? hi : lo);
    }

    /** Real MACs of the compound variant at φ; a spec beyond the limits counts as infinitely large. */
    private static double macs(VariantFactory factory, double phi) {
        try {
            return factory.direct(ScalingRule.COMPOUND, phi, phi).cost().macs();
        } catch (SpecException e) {
            return Double.POSITIVE_INFINITY;
        }
    }
}
