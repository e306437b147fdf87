package org.scalelab.format;

import java.util.Locale;
import org.scalelab.domain.stats.SeedStats;

/**
 * How ScaleLab writes numbers, the same in the CLI's tables, the window, CSV files and reports: 385.81 M MACs reads
 * "385.81 M" everywhere. The CLI's output is the reference (it is kept byte for byte), so these are its formats.
 */
public final class Numbers {
    /** What the window shows for a number that does not exist (an untrained variant's accuracy). */
    public static final String NONE = "–";

    private Numbers() {
    }

    /** 5,288,548: an exact count. */
    public static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 54.8 k, 385.81 M, 4.089 G: a count (MACs, params, activations) in the unit that keeps it readable. */
    public static String count(long n) {
        double v = n;
        if (v >= 1e9) {
            return String.format(Locale.ROOT, "%.3f G", v / 1e9);
        }
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", v / 1e6);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.1f k", v / 1e3);
        }
        return Long.toString(n);
    }

    /** 812.3 MiB, 3.21 GiB. */
    public static String bytes(long n) {
        double v = n;
        if (v >= 1L << 30) {
            return String.format(Locale.ROOT, "%.2f GiB", v / (1L << 30));
        }
        return String.format(Locale.ROOT, "%.1f MiB", v / (1L << 20));
    }

    /** 1.150: a multiplier (d, w, r, MACs relative to the baseline). */
    public static String decimal(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    /** A coefficient as a person types it, at most four decimals, no trailing zeros: 1.2, 1.15, 2, -0.07. */
    public static String coefficient(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** 0.8440: an accuracy or a score as a fraction, as tables print it; NaN as "-". */
    public static String fraction(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "-";
    }

    /** 84.4 %: an accuracy as the window shows it; NaN as {@link #NONE}. */
    public static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.1f %%", 100 * fraction) : NONE;
    }

    /**
     * 82.0 ± 2.0 % (3): a test accuracy over seeds, mean ± sample standard deviation in points and how many seeds
     * finished; 80.0 % (1) for one seed (no spread yet); null (none finished) as {@link #NONE}.
     */
    public static String accuracy(SeedStats s) {
        if (s == null) {
            return NONE;
        }
        return s.hasSpread() ? String.format(Locale.ROOT, "%.1f ± %.1f %% (%d)", 100 * s.mean(), 100 * s.std(), s.n())
                : String.format(Locale.ROOT, "%.1f %% (%d)", 100 * s.mean(), s.n());
    }

    /** 1 epoch, 3 epochs. */
    public static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Seconds for people: 45 s, 12 min, 1 h 05 min (minutes rounded from 90 s on). */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 90) {
            return s + " s";
        }
        long minutes = Math.round(seconds / 60);
        return minutes < 60 ? minutes + " min" : String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
    }
}
