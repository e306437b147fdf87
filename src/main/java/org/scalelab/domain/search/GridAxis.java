package org.scalelab.domain.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The values one coefficient takes in a grid search: {@code min, min + step, …} up to {@code max} (both ends
 * included when {@code max − min} is a whole number of steps). α, β, γ are at least 1 (the paper's constraint)
 * and at most 4 (what {@link org.scalelab.domain.scaling.CompoundCoefficients} accepts).
 */
public record GridAxis(double min, double max, double step) {
    /** Values per axis at most; a finer grid only adds networks that round to the same spec. */
    public static final int MAX_VALUES = 1000;
    static final double LOWEST = 1;
    static final double HIGHEST = 4;

    public GridAxis {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("min, max and step must be numbers");
        }
        if (min < LOWEST) {
            throw new IllegalArgumentException("min " + fmt(min) + " is below 1; α, β and γ must be at least 1");
        }
        if (max > HIGHEST) {
            throw new IllegalArgumentException("max " + fmt(max) + " is above " + fmt(HIGHEST));
        }
        if (max < min) {
            throw new IllegalArgumentException("max " + fmt(max) + " is below min " + fmt(min));
        }
        if (!(step > 0)) {
            throw new IllegalArgumentException("step " + fmt(step) + " must be positive");
        }
        if (count(min, max, step) > MAX_VALUES) {
            throw new IllegalArgumentException("step " + fmt(step) + " gives " + count(min, max, step)
                    + " values from " + fmt(min) + " to " + fmt(max) + "; at most " + MAX_VALUES);
        }
    }

    /** One value only. */
    public static GridAxis of(double value) {
        return new GridAxis(value, value, 1);
    }

    private static long count(double min, double max, double step) {
        return (long) Math.floor((max - min) / step + 1e-9) + 1;
    }

    public int size() {
        return (int) count(min, max, step);
    }

    /** The values in increasing order, float noise rounded away (0.1-steps give 1.3, not 1.3000000000000003). */
    public List<Double> values() {
        int n = size();
        List<Double> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Math.round((min + i * step) * 1e9) / 1e9);
        }
        return out;
    }

    /**
     * {@code MIN:MAX:STEP} or a single value; the message of a failure says what is wrong with the text.
     */
    public static GridAxis parse(String text) {
        String[] parts = text.trim().split(":", -1);
        try {
            if (parts.length == 1) {
                return of(Double.parseDouble(parts[0]));
            }
            if (parts.length != 3) {
                throw new IllegalArgumentException("'" + text + "' is not MIN:MAX:STEP (e.g. 1:1.4:0.1) or one value");
            }
            return new GridAxis(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' contains something that is not a number");
        }
    }

    /** The inverse of {@link #parse}. */
    public String format() {
        return min == max ? fmt(min) : fmt(min) + ":" + fmt(max) + ":" + fmt(step);
    }

    static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
