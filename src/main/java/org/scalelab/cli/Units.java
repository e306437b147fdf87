package org.scalelab.cli;

import java.util.Locale;

/** Number formats for tables: grouped integers, and M/G with three significant digits. */
final class Units {
    private Units() {
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 386 M, 0.386 G style: the unit that keeps the number readable. */
    static String count(long n) {
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

    static String bytes(long n) {
        double v = n;
        if (v >= 1L << 30) {
            return String.format(Locale.ROOT, "%.2f GiB", v / (1L << 30));
        }
        return String.format(Locale.ROOT, "%.1f MiB", v / (1L << 20));
    }

    static String decimal(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    /** Seconds for people: {@code 45 s}, {@code 12 min}, {@code 1 h 05 min}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 90) {
            return s + " s";
        }
        long minutes = Math.round(seconds / 60);
        return minutes < 60 ? minutes + " min" : String.format("%d h %02d min", minutes / 60, minutes % 60);
    }
}
