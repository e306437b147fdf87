package org.scalelab.domain.stats;

import java.util.Collection;

/**
 * Summary of one point measured with several seeds: mean, sample standard deviation (n − 1), standard error of
 * the mean (std/√n), min and max. With one value the spread is unknown: std and standard error are NaN.
 */
public record SeedStats(int n, double mean, double std, double standardError, double min, double max) {

    public static SeedStats of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("seed statistics need at least one value");
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("value " + v + " is not a number");
            }
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int n = values.length;
        double mean = sum / n;
        if (n == 1) {
            return new SeedStats(1, mean, Double.NaN, Double.NaN, min, max);
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(squares / (n - 1));
        return new SeedStats(n, mean, std, std / Math.sqrt(n), min, max);
    }

    public static SeedStats of(Collection<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Whether there is a spread to show (two or more values). */
    public boolean hasSpread() {
        return n >= 2;
    }
}
