package org.scalelab.ui.search;

import java.util.Locale;
import org.scalelab.domain.stats.SeedStats;

/** How the search window writes numbers: counts with K/M/G, accuracies in percent, NaN as a dash. */
public final class SearchFormat {
    public static final String NONE = "—";
    private static final String[] SUFFIX = {"", " K", " M", " G", " T"};

    private SearchFormat() {
    }

    /** 1,234,567 → "1.23 M"; three significant digits. */
    public static String count(long n) {
        double v = n;
        int k = 0;
        while (Math.abs(v) >= 999.5 && k < SUFFIX.length - 1) {
            v /= 1000;
            k++;
        }
        if (k == 0) {
            return Long.toString(n);
        }
        String digits = Math.abs(v) >= 99.95 ? "%.0f" : Math.abs(v) >= 9.995 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, digits, v) + SUFFIX[k];
    }

    /** A fraction as a percentage with one decimal; NaN as a dash. */
    public static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.1f %%", 100 * fraction) : NONE;
    }

    /** Mean ± standard deviation over seeds (percent), or the single value. */
    public static String percent(SeedStats s) {
        if (s == null) {
            return NONE;
        }
        if (!s.hasSpread()) {
            return percent(s.mean());
        }
        return String.format(Locale.ROOT, "%.1f ± %.1f %% (n=%d)", 100 * s.mean(), 100 * s.std(), s.n());
    }

    /** A score with four decimals (the objective is a fraction, or a fraction times a factor near 1). */
    public static String score(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : NONE;
    }

    public static String thousands(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Seconds as "42 s", "3 min 5 s" or "1 h 2 min". */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        return s / 3600 + " h " + (s % 3600) / 60 + " min";
    }
}
