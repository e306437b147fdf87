package org.scalelab.domain.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the saturating scaling law of {@link AccuracyCurve}, acc = a − b·exp(−c·(log10(MACs) − x0)) with a ≤ 1
 * and c &gt; 0, to measured networks of one scaling rule: the shape of the paper's Fig. 3 (each dimension
 * helps, with diminishing returns), a straight line in log-MACs at small c and flat at large.
 *
 * <p>How: for fixed c the model is linear in a and b, so a log-spaced scan of c (10⁻² … 10² per decade) with
 * linear least squares for (a, b) at each finds a start near the global minimum; Levenberg–Marquardt then
 * refines all three (c through θ = ln c, a projected onto a ≤ 1). Points: every run is one point, so repeated
 * seeds of one network weigh as they should and give the residual scatter.
 *
 * <p>Fewer than 3 points, or fewer than 3 distinct MACs, give {@link FitOutcome.NoFit} with the reason;
 * exactly 3 points give the interpolating curve without a band (no residual degrees of freedom).
 */
public final class SaturatingFit {
    public static final double DEFAULT_LEVEL = 0.95;
    private static final double MIN_C = 1e-3;
    private static final double MAX_C = 1e3;
    private static final int SCAN = 81;
    private static final int MAX_ITERATIONS = 500;

    private SaturatingFit() {
    }

    public static FitOutcome fit(List<FitPoint> points) {
        return fit(points, DEFAULT_LEVEL);
    }

    public static <K> Map<K, FitOutcome> fitEach(Map<K, List<FitPoint>> byRule) {
        Map<K, FitOutcome> out = new LinkedHashMap<>();
        byRule.forEach((k, pts) -> out.put(k, fit(pts)));
        return out;
    }

    public static FitOutcome fit(List<FitPoint> points, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level " + level + " must lie in (0, 1)");
        }
        int n = points.size();
        if (n < AccuracyCurve.PARAMETERS) {
            return new FitOutcome.NoFit("the curve has 3 parameters (a, b, c) and needs at least 3 points; got " + n, n);
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        double x0 = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            xs[i] = Math.log10(points.get(i).macs());
            ys[i] = points.get(i).accuracy();
            x0 = Math.min(x0, xs[i]);
        }
        long distinct = java.util.Arrays.stream(xs).map(x -> Math.round(x * 1e9) / 1e9).distinct().count();
        if (distinct < AccuracyCurve.PARAMETERS) {
            return new FitOutcome.NoFit("the curve needs at least 3 distinct MACs values; got " + distinct, n);
        }
        double origin = x0;
        for (int i = 0; i < n; i++) {
            xs[i] -= origin;
        }
        LevenbergMarquardt.Model model = new Model();
        double[] start = scan(xs, ys);
        LevenbergMarquardt.Result r = LevenbergMarquardt.fit(model, xs, ys, start, MAX_ITERATIONS);
        double[] p = r.params();
        double a = p[0];
        double b = p[1];
        double c = Math.exp(p[2]);
        int dof = n - AccuracyCurve.PARAMETERS;
        if (dof == 0) {
            return new AccuracyCurve(a, b, c, origin, null, Double.NaN, n, level,
                    "3 points leave no degrees of freedom for a band; measure a fourth point or repeat a seed");
        }
        double s2 = r.rss() / dof;
        double[][] jtj = new double[3][3];
        double[] g = new double[3];
        for (double x : xs) {
            model.gradient(x, p, g);
            for (int u = 0; u < 3; u++) {
                for (int v = 0; v < 3; v++) {
                    jtj[u][v] += g[u] * g[v];
                }
            }
        }
        double[][] inv = SmallMatrix.inverse(jtj);
        if (inv == null) {
            return new AccuracyCurve(a, b, c, origin, null, Math.sqrt(s2), n, level,
                    "these points do not pin down all three parameters (the curve is flat or a straight line here)");
        }
        for (double[] row : inv) {
            for (int v = 0; v < 3; v++) {
                row[v] *= s2;
            }
        }
        return new AccuracyCurve(a, b, c, origin, inv, Math.sqrt(s2), n, level, null);
    }

    /** The best (a, b, θ) over a log scan of c, each with (a, b) by linear least squares under a ≤ 1. */
    private static double[] scan(double[] xs, double[] ys) {
        double[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int k = 0; k < SCAN; k++) {
            double c = Math.pow(10, -2 + 4.0 * k / (SCAN - 1));
            double[] ab = linear(xs, ys, c);
            if (ab == null) {
                continue;
            }
            double[] p = {ab[0], ab[1], Math.log(c)};
            double cost = LevenbergMarquardt.rss(new Model(), xs, ys, p);
            if (cost < bestCost) {
                bestCost = cost;
                best = p;
            }
        }
        return best != null ? best : new double[] {mean(ys), 0, 0};
    }

    /** y = a − b·z with z = exp(−c·x): (a, b), a capped at 1 (then b alone). */
    private static double[] linear(double[] xs, double[] ys, double c) {
        int n = xs.length;
        double sz = 0;
        double szz = 0;
        double sy = 0;
        double szy = 0;
        for (int i = 0; i < n; i++) {
            double z = Math.exp(-c * xs[i]);
            sz += z;
            szz += z * z;
            sy += ys[i];
            szy += z * ys[i];
        }
        double det = n * szz - sz * sz;
        if (!(Math.abs(det) > 1e-15 * n * szz)) {
            return null;
        }
        double a = (sy * szz - sz * szy) / det;
        double b = (sy * sz - n * szy) / det;
        if (a > 1) {
            a = 1;
            b = (sz - szy) / szz; // minimises Σ(1 − b·z − y)²
        }
        return new double[] {a, b};
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    /** a − b·exp(−e^θ·x) in (a, b, θ), x already shifted by x0. */
    private static final class Model implements LevenbergMarquardt.Model {
        private static final double MIN_THETA = Math.log(MIN_C);
        private static final double MAX_THETA = Math.log(MAX_C);

        @Override
        public int size() {
            return 3;
        }

        @Override
        public double value(double x, double[] p) {
            return p[0] - p[1] * Math.exp(-Math.exp(p[2]) * x);
        }

        @Override
        public void gradient(double x, double[] p, double[] out) {
            double c = Math.exp(p[2]);
            double e = Math.exp(-c * x);
            out[0] = 1;
            out[1] = -e;
            out[2] = p[1] * x * c * e;
        }

        @Override
        public void project(double[] p) {
            p[0] = Math.min(1, p[0]);
            p[2] = Math.max(MIN_THETA, Math.min(MAX_THETA, p[2]));
        }
    }
}
