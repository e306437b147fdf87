package org.scalelab.domain.scaling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.SpecException;

/**
 * Makes the scaled variants of one baseline under each rule. For φ, the compound variant is the baseline
 * scaled by (α^φ, β^φ, γ^φ); every other rule's variant is the member of that rule whose real MACs come
 * closest to the compound variant's (the paper compares scaling rules at matched FLOPs, Fig. 8 / Table 7).
 * Costs are cached per scaled spec: rounding maps many parameters to one spec, so a search costs only a
 * handful of cost evaluations. Not thread-safe; make one per thread.
 */
public final class VariantFactory {
    private static final int SEARCH_STEPS = 48;
    private static final double MIN_PARAMETER = 1.0 / 64;
    private static final double MAX_PARAMETER = 1000;
    private static final int CACHE_LIMIT = 4096;

    private final NetworkSpec base;
    private final CompoundCoefficients coefficients;
    private final RoundingPolicy policy;
    private final Map<NetworkSpec, NetworkCost> costs = new HashMap<>();

    public VariantFactory(NetworkSpec base, CompoundCoefficients coefficients, RoundingPolicy policy) {
        this.base = base;
        this.coefficients = coefficients;
        this.policy = policy;
    }

    public NetworkSpec base() {
        return base;
    }

    public CompoundCoefficients coefficients() {
        return coefficients;
    }

    public RoundingPolicy policy() {
        return policy;
    }

    public NetworkCost baseCost() {
        return cost(base);
    }

    /** The rule's variant at φ: compound directly, the others matched to the compound variant's MACs. */
    public Variant variant(ScalingRule rule, double phi) {
        Variant compound = direct(ScalingRule.COMPOUND, phi, phi);
        return rule == ScalingRule.COMPOUND ? compound : matched(rule, compound.cost().macs(), phi);
    }

    /** Every rule at every φ, rule by rule, φ in the given order. */
    public List<Variant> sweep(List<ScalingRule> rules, List<Double> phis) {
        List<Variant> out = new ArrayList<>(rules.size() * phis.size());
        for (ScalingRule rule : rules) {
            for (double phi : phis) {
                out.add(variant(rule, phi));
            }
        }
        return out;
    }

    /** The rule's member at parameter t (for compound t = φ), with no matching. */
    public Variant direct(ScalingRule rule, double t, double phi) {
        Multipliers m = rule.at(t, coefficients);
        NetworkSpec spec = Scaler.scale(base, m, policy);
        return new Variant(rule, phi, t, m, spec, cost(spec));
    }

    /** A baseline scaled by explicit multipliers (the CLI's --width/--depth/--resolution). */
    public Variant explicit(Multipliers m) {
        NetworkSpec spec = Scaler.scale(base, m, policy);
        return new Variant(ScalingRule.COMPOUND, Double.NaN, Double.NaN, m, spec, cost(spec));
    }

    /**
     * The member of {@code rule} whose MACs come closest to {@code targetMacs} (by ratio): the closer end of the
     * {@link #bracket}, or the baseline's own parameter 1 if that is at least as close.
     */
    public Variant matched(ScalingRule rule, long targetMacs, double phi) {
        if (rule == ScalingRule.COMPOUND) {
            throw new IllegalArgumentException("the compound rule is not matched; use variant(COMPOUND, phi)");
        }
        double[] bracket = bracket(rule, targetMacs);
        double lo = bracket[0];
        double hi = bracket[1];
        double best = distance(macs(rule, lo), targetMacs) <= distance(macs(rule, hi), targetMacs) ? lo : hi;
        // The baseline itself competes too: rounding makes MACs non-monotonic where a stage has fewer channels than
        // the divisor (1 channel becomes 8 at any w != 1), and then the bisection can miss w = 1 even when it is exact.
        if (distance(macs(rule, 1), targetMacs) <= distance(macs(rule, best), targetMacs)) {
            best = 1;
        }
        // Many parameters round to the same spec; report the baseline's own parameter when it is the baseline, and
        // otherwise the simplest one, so that the d, w or r printed names this network (a bisection lands just past
        // a ceil() step: d = 4.0000001 prints as 4.000 but gives the network of d = 5).
        if (Scaler.scale(base, rule.at(best, coefficients), policy).equals(base)) {
            best = 1;
        } else {
            best = simplest(rule, best);
        }
        return direct(rule, best, phi);
    }

    /**
     * Whether the rule has members on both sides of {@code targetMacs}, so that its {@link #matched} variant lands
     * next to the target rather than at the end of the rule's range (depth never goes below one block per stage,
     * and no rule beyond the spec limits).
     */
    public boolean reaches(ScalingRule rule, long targetMacs) {
        if (rule == ScalingRule.COMPOUND) {
            throw new IllegalArgumentException("the compound rule's reach is a range of φ; see BudgetSolver");
        }
        double[] bracket = bracket(rule, targetMacs);
        boolean below = Math.min(macs(rule, bracket[0]), macs(rule, 1)) <= targetMacs;
        double above = macs(rule, bracket[1]);
        return below && Double.isFinite(above) && above >= targetMacs;
    }

    /**
     * MACs grow (mostly) with the rule's parameter, so a bisection in log space brackets the target between the last
     * spec below it and the first spec at or above it. Returns {lo, hi}; at the ends of the range the bracket is
     * one-sided, and a spec beyond the limits counts as infinitely large.
     */
    private double[] bracket(ScalingRule rule, long targetMacs) {
        double lo = 1;
        double hi = 1;
        if (macs(rule, 1) < targetMacs) {
            while (macs(rule, hi) < targetMacs && hi < MAX_PARAMETER) {
                lo = hi;
                hi = Math.min(MAX_PARAMETER, hi * 2);
            }
        } else {
            while (macs(rule, lo) >= targetMacs && lo > MIN_PARAMETER) {
                hi = lo;
                lo = Math.max(MIN_PARAMETER, lo / 2);
            }
        }
        for (int i = 0; i < SEARCH_STEPS && hi / lo > 1 + 1e-9; i++) {
            double mid = Math.sqrt(lo * hi);
            if (macs(rule, mid) >= targetMacs) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return new double[] {lo, hi};
    }

    /**
     * The parameter with the fewest decimals (at most 6) that gives the same network as {@code t} under the rule:
     * φ = 0.7 rather than 0.6953…, w = 1.48 rather than 1.4815…, d = 5 rather than 4.0000001 (ceil(4.0000001) = 5).
     */
    public double simplest(ScalingRule rule, double t) {
        NetworkSpec spec = direct(rule, t, t).spec();
        for (int decimals = 0; decimals <= 6; decimals++) {
            double scale = Math.pow(10, decimals);
            for (double candidate : new double[] {Math.floor(t * scale) / scale, Math.ceil(t * scale) / scale}) {
                if (sameSpec(rule, candidate, spec)) {
                    return candidate;
                }
            }
        }
        return t;
    }

    private boolean sameSpec(ScalingRule rule, double t, NetworkSpec spec) {
        boolean allowed = rule == ScalingRule.COMPOUND ? Math.abs(t) <= CompoundCoefficients.MAX_PHI : t > 0;
        if (!allowed) {
            return false;
        }
        try {
            return Scaler.scale(base, rule.at(t, coefficients), policy).equals(spec);
        } catch (IllegalArgumentException e) { // SpecException included
            return false;
        }
    }

    private static double distance(double macs, long target) {
        return Math.abs(Math.log(macs / target));
    }

    /** MACs of the rule at t; a spec beyond the limits (e.g. over 1024 repeats) counts as infinitely large. */
    private double macs(ScalingRule rule, double t) {
        try {
            return cost(Scaler.scale(base, rule.at(t, coefficients), policy)).macs();
        } catch (SpecException e) {
            return Double.POSITIVE_INFINITY;
        }
    }

    public NetworkCost cost(NetworkSpec spec) {
        NetworkCost c = costs.get(spec);
        if (c == null) {
            if (costs.size() >= CACHE_LIMIT) {
                costs.clear();
            }
            c = CostModel.of(spec);
            costs.put(spec, c);
        }
        return c;
    }
}
