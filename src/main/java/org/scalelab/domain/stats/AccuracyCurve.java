package org.scalelab.domain.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fitted saturating scaling law: accuracy = a − b·exp(−c·(x − x0)) with x = log10(MACs), x0 the smallest x
 * of the fitted points. a is the asymptote (the accuracy more compute approaches, at most 1), b the gap
 * between it and the curve at x0, c &gt; 0 how fast the gap closes per decade of MACs. Immutable.
 *
 * <p>Bands come from the delta method: with J the model's Jacobian at the fitted parameters and s² the
 * residual variance RSS/(n − 3), Cov = s²·(JᵀJ)⁻¹; at any x the curve's variance is gᵀ·Cov·g (g the gradient
 * there), the confidence half-width t·√(gᵀCov g) and the prediction half-width t·√(gᵀCov g + s²), with t the
 * Student quantile for n − 3 degrees of freedom. When a sits on its bound 1 the band treats it as free, a
 * slight overstatement of the uncertainty.
 */
public final class AccuracyCurve implements FitOutcome {
    /** Parameters of the model: a, b and θ = ln c (c stays positive). */
    static final int PARAMETERS = 3;

    private final double a;
    private final double b;
    private final double c;
    private final double x0;
    private final double[][] covariance; // in (a, b, θ); null when not identifiable
    private final double residualStd;
    private final int points;
    private final int dof;
    private final double level;
    private final double t;
    private final String bandNote;

    AccuracyCurve(double a, double b, double c, double x0, double[][] covariance, double residualStd, int points,
                  double level, String bandNote) {
        this.a = a;
        this.b = b;
        this.c = c;
        this.x0 = x0;
        this.covariance = covariance == null ? null : deepCopy(covariance);
        this.residualStd = residualStd;
        this.points = points;
        this.dof = points - PARAMETERS;
        this.level = level;
        this.t = dof >= 1 ? StudentT.quantile(level, dof) : Double.NaN;
        this.bandNote = bandNote;
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }

    /** The asymptote: the accuracy the curve approaches with unlimited MACs. */
    public double a() {
        return a;
    }

    public double b() {
        return b;
    }

    /** Rate per decade of MACs. */
    public double c() {
        return c;
    }

    /** log10 of the smallest fitted MACs. */
    public double x0() {
        return x0;
    }

    /** √(RSS/(n − 3)); NaN with three points. */
    public double residualStd() {
        return residualStd;
    }

    public int points() {
        return points;
    }

    /** n − 3. */
    public int degreesOfFreedom() {
        return dof;
    }

    public double level() {
        return level;
    }

    /** Whether {@link #predict} has bands; if not, {@link #bandNote()} says why. */
    public boolean hasBand() {
        return bandNote == null;
    }

    /** Why there is no band, or null. */
    public String bandNote() {
        return bandNote;
    }

    /** Standard errors of a, b and c (delta method for c = e^θ), NaN without a band. */
    public double[] standardErrors() {
        if (!hasBand()) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        return new double[] {Math.sqrt(covariance[0][0]), Math.sqrt(covariance[1][1]), c * Math.sqrt(covariance[2][2])};
    }

    /** The curve at these MACs, not clamped. */
    public double value(double macs) {
        return model(Math.log10(macs));
    }

    private double model(double x) {
        return a - b * Math.exp(-c * (x - x0));
    }

    public Prediction predict(double macs) {
        if (!(macs > 0)) {
            throw new IllegalArgumentException("MACs " + macs + " must be positive");
        }
        double x = Math.log10(macs);
        double value = model(x);
        if (!hasBand()) {
            return new Prediction(macs, value, Double.NaN, Double.NaN);
        }
        double e = Math.exp(-c * (x - x0));
        double[] g = {1, -e, b * (x - x0) * c * e};
        double var = 0;
        for (int i = 0; i < PARAMETERS; i++) {
            for (int j = 0; j < PARAMETERS; j++) {
                var += g[i] * covariance[i][j] * g[j];
            }
        }
        var = Math.max(0, var);
        return new Prediction(macs, value, t * Math.sqrt(var), t * Math.sqrt(var + residualStd * residualStd));
    }

    /** {@code count} predictions evenly spaced in log-MACs from {@code fromMacs} to {@code toMacs}, for drawing. */
    public List<Prediction> curve(double fromMacs, double toMacs, int count) {
        if (!(fromMacs > 0) || !(toMacs >= fromMacs) || count < 2) {
            throw new IllegalArgumentException("need 0 < from ≤ to and at least 2 points");
        }
        double lo = Math.log10(fromMacs);
        double hi = Math.log10(toMacs);
        List<Prediction> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(predict(Math.pow(10, lo + (hi - lo) * i / (count - 1))));
        }
        return out;
    }

    public String formula() {
        return String.format(Locale.ROOT, "acc = %.4f − %.4f·exp(−%.3f·(log10(MACs) − %.3f))", a, b, c, x0);
    }

    @Override
    public String toString() {
        return formula() + (hasBand() ? String.format(Locale.ROOT, ", s = %.4f, n = %d", residualStd, points)
                : ", no band: " + bandNote);
    }
}
