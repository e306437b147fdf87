package org.scalelab.ui.scaling;

import java.util.Locale;

/** Short, readable numbers for tables: three significant digits and a unit prefix (1.23 M, 0.386 G). */
public final class Readable {
    private Readable() {
    }

    /** Params and activations: in millions, e.g. {@code 5.29 M}; small counts in thousands. */
    public static String millions(long n) {
        if (n < 100_000) {
            return sig(n / 1e3) + " k";
        }
        return sig(n / 1e6) + " M";
    }

    /** Multiply-adds in billions, e.g. {@code 0.386 G}; below 0.1 G in millions, e.g. {@code 7.62 M}. */
    public static String giga(long n) {
        if (n < 100_000_000L) {
            return sig(n / 1e6) + " M";
        }
        return sig(n / 1e9) + " G";
    }

    /** Bytes in MiB or GiB, e.g. {@code 812 MiB}, {@code 3.21 GiB}. */
    public static String bytes(long n) {
        double mib = n / (1024.0 * 1024.0);
        return mib < 1024 ? sig(mib) + " MiB" : sig(mib / 1024) + " GiB";
    }

    /** Three significant digits, never scientific notation. */
    public static String sig(double v) {
        double a = Math.abs(v);
        String pattern = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : a >= 0.1 ? "%.3f" : "%.4f";
        return String.format(Locale.ROOT, pattern, v);
    }
}
