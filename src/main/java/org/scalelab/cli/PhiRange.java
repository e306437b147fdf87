package org.scalelab.cli;

import java.util.ArrayList;
import java.util.List;

/** {@code FROM:TO:STEP} (both ends included) or a single value. */
final class PhiRange {
    private static final int MAX_POINTS = 1000;

    private PhiRange() {
    }

    static List<Double> parse(String text) {
        String[] parts = text.trim().split(":");
        try {
            if (parts.length == 1) {
                double phi = Double.parseDouble(parts[0]);
                if (!Double.isFinite(phi)) {
                    throw new UserError("--phi: '" + text + "' is not a finite number");
                }
                return List.of(phi);
            }
            if (parts.length != 3) {
                throw new UserError("--phi: '" + text + "' is not FROM:TO:STEP (e.g. 0:3:0.5) or a single value");
            }
            double from = Double.parseDouble(parts[0]);
            double to = Double.parseDouble(parts[1]);
            double step = Double.parseDouble(parts[2]);
            if (!(step > 0) || !Double.isFinite(from) || !Double.isFinite(to)) {
                throw new UserError("--phi: step " + parts[2] + " must be positive and the ends finite");
            }
            if (to < from) {
                throw new UserError("--phi: TO " + parts[1] + " is below FROM " + parts[0]);
            }
            // As a double: (to - from) / step can overflow, and a long made of infinity wraps round to an empty range.
            double count = Math.floor((to - from) / step + 1e-9) + 1;
            if (!(count <= MAX_POINTS)) {
                throw new UserError("--phi: '" + text + "' gives " + (Double.isFinite(count) ? String.format(
                        java.util.Locale.ROOT, "%.0f", count) : "too many") + " points; at most " + MAX_POINTS);
            }
            int n = (int) count;
            List<Double> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                // Round away float noise so 0.1-steps print as 0.3, not 0.30000000000000004.
                out.add(Math.round((from + i * step) * 1e9) / 1e9);
            }
            return out;
        } catch (NumberFormatException e) {
            throw new UserError("--phi: '" + text + "' contains something that is not a number");
        }
    }
}
