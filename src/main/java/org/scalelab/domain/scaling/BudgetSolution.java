package org.scalelab.domain.scaling;

import java.util.List;
import org.scalelab.domain.cost.NetworkCost;

/**
 * The networks that spend one MACs budget: the compound variant at the φ that comes closest, and each
 * single-dimension rule's variant matched to the same budget. Rounding makes each land near, not on, the
 * budget; {@link #error} says how far.
 *
 * @param targetMacs the budget
 * @param baseline   the baseline's cost
 * @param compound   the compound variant; its {@link Variant#phi()} is the solved φ
 * @param matched    the other rules' variants, in the order asked
 * @param outOfReach the rules among them that cannot reach the budget (see {@link #reaches})
 */
public record BudgetSolution(long targetMacs, NetworkCost baseline, Variant compound, List<Variant> matched,
                             List<ScalingRule> outOfReach) {

    public BudgetSolution {
        matched = List.copyOf(matched);
        outOfReach = List.copyOf(outOfReach);
    }

    /** Every rule reaches the budget. */
    public BudgetSolution(long targetMacs, NetworkCost baseline, Variant compound, List<Variant> matched) {
        this(targetMacs, baseline, compound, matched, List.of());
    }

    /**
     * Whether the variant's rule has networks on both sides of the budget. One that does not (depth never goes below
     * one block per stage) is only the nearest end of its rule, and its {@link #error} is no rounding error.
     */
    public boolean reaches(Variant v) {
        return !outOfReach.contains(v.rule());
    }

    public double phi() {
        return compound.phi();
    }

    /** Compound first, then the matched variants: what to queue for a fair comparison. */
    public List<Variant> variants() {
        List<Variant> all = new java.util.ArrayList<>(matched.size() + 1);
        all.add(compound);
        all.addAll(matched);
        return all;
    }

    /** The budget over the baseline's MACs. */
    public double multiplier() {
        return targetMacs / (double) baseline.macs();
    }

    /** A variant's MACs relative to the budget, minus 1: +0.03 is 3% over. */
    public double error(Variant v) {
        return v.cost().macs() / (double) targetMacs - 1;
    }
}
