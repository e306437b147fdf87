package org.scalelab.domain.stats;

/**
 * Dense linear algebra for the few-parameter fits here: a symmetric positive definite system by Cholesky,
 * and the inverse built from it. Returns null where the matrix is not (numerically) positive definite.
 */
final class SmallMatrix {
    /** A pivot below this share of its diagonal entry means the columns are (nearly) dependent. */
    private static final double RELATIVE_PIVOT = 1e-13;

    private SmallMatrix() {
    }

    /** The lower factor L with A = L·Lᵀ, or null. */
    static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > RELATIVE_PIVOT * Math.abs(a[i][i])) || !Double.isFinite(sum)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }

    /** x with A·x = b, or null. */
    static double[] solve(double[][] a, double[] b) {
        double[][] l = cholesky(a);
        return l == null ? null : solveFactored(l, b);
    }

    private static double[] solveFactored(double[][] l, double[] b) {
        int n = b.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }

    /** A⁻¹, or null. */
    static double[][] inverse(double[][] a) {
        double[][] l = cholesky(a);
        if (l == null) {
            return null;
        }
        int n = a.length;
        double[][] inv = new double[n][n];
        for (int j = 0; j < n; j++) {
            double[] e = new double[n];
            e[j] = 1;
            double[] col = solveFactored(l, e);
            for (int i = 0; i < n; i++) {
                inv[i][j] = col[i];
            }
        }
        return inv;
    }
}
