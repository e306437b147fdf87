package org.scalelab.domain.stats;

/**
 * Nonlinear least squares by Levenberg–Marquardt: Gauss–Newton steps on the normal equations JᵀJ·δ = Jᵀr,
 * damped by λ·diag(JᵀJ) (Marquardt's scaling, so the damping does not depend on the parameters' units). A step
 * that lowers the residual sum of squares is taken and λ shrinks tenfold; one that does not is refused and λ
 * grows tenfold. Simple bounds are kept by projecting each trial point ({@link Model#project}).
 */
final class LevenbergMarquardt {
    private static final double LAMBDA_START = 1e-3;
    private static final double LAMBDA_MAX = 1e12;
    private static final double LAMBDA_MIN = 1e-12;
    private static final double TOLERANCE = 1e-12;

    private LevenbergMarquardt() {
    }

    /** A model y = f(x; p) with its gradient in p. */
    interface Model {
        int size();

        double value(double x, double[] p);

        /** ∂f/∂p at x into {@code out}. */
        void gradient(double x, double[] p, double[] out);

        /** Moves p back inside the model's bounds, in place. */
        default void project(double[] p) {
        }
    }

    record Result(double[] params, double rss, int iterations) {
    }

    static double rss(Model m, double[] xs, double[] ys, double[] p) {
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            double r = ys[i] - m.value(xs[i], p);
            sum += r * r;
        }
        return sum;
    }

    static Result fit(Model m, double[] xs, double[] ys, double[] start, int maxIterations) {
        int k = m.size();
        double[] p = start.clone();
        m.project(p);
        double cost = rss(m, xs, ys, p);
        double lambda = LAMBDA_START;
        double[] g = new double[k];
        int iter = 0;
        while (iter < maxIterations) {
            iter++;
            double[][] a = new double[k][k];
            double[] b = new double[k];
            for (int i = 0; i < xs.length; i++) {
                m.gradient(xs[i], p, g);
                double r = ys[i] - m.value(xs[i], p);
                for (int u = 0; u < k; u++) {
                    b[u] += g[u] * r;
                    for (int v = 0; v < k; v++) {
                        a[u][v] += g[u] * g[v];
                    }
                }
            }
            boolean improved = false;
            while (lambda <= LAMBDA_MAX) {
                double[][] damped = new double[k][k];
                for (int u = 0; u < k; u++) {
                    damped[u] = a[u].clone();
                    damped[u][u] += lambda * Math.max(a[u][u], 1e-12);
                }
                double[] step = SmallMatrix.solve(damped, b);
                if (step != null) {
                    double[] trial = p.clone();
                    for (int u = 0; u < k; u++) {
                        trial[u] += step[u];
                    }
                    m.project(trial);
                    double trialCost = rss(m, xs, ys, trial);
                    if (trialCost < cost) {
                        double drop = cost - trialCost;
                        p = trial;
                        cost = trialCost;
                        lambda = Math.max(LAMBDA_MIN, lambda / 10);
                        improved = true;
                        if (drop <= TOLERANCE * Math.max(cost, 1e-300) || cost == 0) {
                            return new Result(p, cost, iter);
                        }
                        break;
                    }
                }
                lambda *= 10;
            }
            if (!improved) {
                break; // no step lowers the residuals: a minimum (within the bounds)
            }
        }
        return new Result(p, cost, iter);
    }
}
