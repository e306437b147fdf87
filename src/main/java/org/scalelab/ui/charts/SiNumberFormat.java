package org.scalelab.ui.charts;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Tick labels for counts: 1.5 M, 250 K, 3 G, so that a student reads MACs and params without counting zeros. */
final class SiNumberFormat extends NumberFormat {
    private static final String[] SUFFIX = {"", " K", " M", " G", " T"};

    static String format1(double v) {
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
        return toAppendTo.append(format1(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(format1(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return null;
    }
}
