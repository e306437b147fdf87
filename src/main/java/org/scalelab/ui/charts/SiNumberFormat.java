package org.scalelab.ui.charts;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Tick labels for counts: 1.5 M, 250 k, 3 G, so that a student reads MACs and params without counting zeros.
 * A log axis puts ticks at powers of 10^0.1 (1.26, 1.58, ...); rounded to two significant digits they read as
 * the familiar 1.3, 1.6, 2, 2.5, 3.2, 4, 5, 6.3, 8.
 */
final class SiNumberFormat extends NumberFormat {
    /** The prefixes {@link org.scalelab.format.Numbers#count} writes: axes and tables read alike. */
    private static final String[] SUFFIX = {"", " k", " M", " G", " T"};
    private final int significant;
    private final boolean suffixes;

    /** Exact labels with K/M/G suffixes (for linear axes). */
    SiNumberFormat() {
        this(0, true);
    }

    /**
     * @param significant digits to round to, 0 for none
     * @param suffixes    whether thousands become K, M, G
     */
    SiNumberFormat(int significant, boolean suffixes) {
        this.significant = significant;
        this.suffixes = suffixes;
    }

    private String label(double v) {
        if (significant > 0 && v != 0 && Double.isFinite(v)) {
            v = new java.math.BigDecimal(v).round(new java.math.MathContext(significant)).doubleValue();
        }
        if (!suffixes) {
            return new java.text.DecimalFormat("0.###", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
        }
        return format1(v);
    }

    private static String format1(double v) {
        double a = Math.abs(v);
        int i = 0;
        while (a >= 1000 && i < SUFFIX.length - 1) {
            a /= 1000;
            v /= 1000;
            i++;
        }
        String digits = a >= 100 || a == Math.rint(a) ? String.format(Locale.ROOT, "%.0f", v)
                : a >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
        if (digits.contains(".")) {
            digits = digits.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return digits + SUFFIX[i];
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(label(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(label(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return null;
    }
}
