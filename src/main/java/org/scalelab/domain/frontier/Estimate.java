package org.scalelab.domain.frontier;

import org.scalelab.domain.stats.SeedStats;
import org.scalelab.domain.stats.StudentT;

/**
 * A value computed from means over seeds, with its 95% confidence interval by Student's t: the standard error of a
 * linear combination of independent means, √Σ wᵢ²sᵢ²/nᵢ, and degrees of freedom by Welch–Satterthwaite (rounded
 * down, the conservative side). For a difference of two means this is Welch's interval. The interval covers the
 * spread between seeds (initialisation, training subset, order), not a different test set. A mean from one seed
 * has no spread to go on: the interval is then NaN.
 *
 * @param dof degrees of freedom; 0 when there is no interval
 */
public record Estimate(double value, double standardError, int dof, double low, double high) {
    public static final double LEVEL = 0.95;

    /** One mean with its interval. */
    public static Estimate of(SeedStats a) {
        return combination(a.mean(), new double[] {1}, a);
    }

    /** {@code a} minus {@code b}: Welch's interval. */
    public static Estimate difference(SeedStats a, SeedStats b) {
        return combination(a.mean() - b.mean(), new double[] {1, -1}, a, b);
    }

    /** The difference of two estimates made from independent seeds, e.g. two interpolated readings. */
    public static Estimate difference(Estimate a, Estimate b) {
        double value = a.value - b.value;
        if (!a.hasInterval() || !b.hasInterval()) {
            return none(value);
        }
        double va = a.standardError * a.standardError;
        double vb = b.standardError * b.standardError;
        return interval(value, va + vb, part(va, a.dof) + part(vb, b.dof));
    }

    /** {@code value} = Σ weights[i] · means[i].mean(); the interval from the means' spreads. */
    public static Estimate combination(double value, double[] weights, SeedStats... means) {
        double total = 0;
        double parts = 0;
        for (int i = 0; i < means.length; i++) {
            if (weights[i] == 0) {
                continue;
            }
            if (!means[i].hasSpread()) {
                return none(value);
            }
            double v = weights[i] * weights[i] * means[i].std() * means[i].std() / means[i].n();
            total += v;
            parts += part(v, means[i].n() - 1);
        }
        return interval(value, total, parts);
    }

    private static double part(double variance, int dof) {
        return dof == Integer.MAX_VALUE || variance == 0 ? 0 : variance * variance / dof;
    }

    private static Estimate interval(double value, double variance, double parts) {
        if (!(variance > 0)) { // every seed gave the same value: nothing to spread
            return new Estimate(value, 0, Integer.MAX_VALUE, value, value);
        }
        int dof = (int) Math.max(1, Math.floor(variance * variance / parts));
        double se = Math.sqrt(variance);
        double t = StudentT.quantile(LEVEL, dof);
        return new Estimate(value, se, dof, value - t * se, value + t * se);
    }

    private static Estimate none(double value) {
        return new Estimate(value, Double.NaN, 0, Double.NaN, Double.NaN);
    }

    public boolean hasInterval() {
        return !Double.isNaN(low);
    }

    /** Whether the interval lies wholly above zero: a difference that the spread between seeds does not explain. */
    public boolean aboveZero() {
        return low > 0;
    }

    /** Whether the interval lies wholly below zero. */
    public boolean belowZero() {
        return high < 0;
    }
}
