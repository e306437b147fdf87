package org.scalelab.domain.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Spearman's rank correlation: Pearson's correlation of the ranks, tied values sharing their mean rank. */
public final class RankCorrelation {
    private RankCorrelation() {
    }

    /** ρ over the pairs where both values are numbers; NaN with fewer than two such pairs or no spread. */
    public static double spearman(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values, y " + y.length);
        }
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                pairs.add(new double[] {x[i], y[i]});
            }
        }
        if (pairs.size() < 2) {
            return Double.NaN;
        }
        double[] rx = ranks(pairs.stream().mapToDouble(p -> p[0]).toArray());
        double[] ry = ranks(pairs.stream().mapToDouble(p -> p[1]).toArray());
        return pearson(rx, ry);
    }

    /** 1-based ranks, ascending; ties get the mean of the ranks they span. */
    static double[] ranks(double[] v) {
        int n = v.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double mean = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = mean;
            }
            i = j + 1;
        }
        return r;
    }

    static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
