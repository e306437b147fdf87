package org.scalelab.ui.workbench;

import java.util.List;

/**
 * Where φ may stop: the grid's φ values (the table's rows, the charts' points). Keys and the slider snap to them,
 * so a row of the table is always current; a modifier asks for a free value instead, moved by {@value #FREE_STEP}.
 * Pure functions over a sorted list of grid values.
 */
public final class PhiGrid {
    /** The step of a free (unsnapped) key press. */
    public static final double FREE_STEP = 0.05;
    private static final double SAME = 1e-9;

    private PhiGrid() {
    }

    /** The grid value nearest to {@code phi} (the lower one on a tie); {@code phi} itself for an empty grid. */
    public static double nearest(List<Double> grid, double phi) {
        double best = phi;
        double distance = Double.POSITIVE_INFINITY;
        for (double p : grid) {
            double d = Math.abs(p - phi);
            if (d < distance - SAME) {
                best = p;
                distance = d;
            }
        }
        return best;
    }

    /**
     * The next grid value above ({@code direction > 0}) or below {@code phi}, or {@code phi} at the grid's end; from a
     * value between two grid points, the neighbour on that side.
     */
    public static double step(List<Double> grid, double phi, int direction) {
        double out = phi;
        for (double p : grid) {
            if (direction > 0 && p > phi + SAME && (out == phi || p < out)) {
                out = p;
            } else if (direction < 0 && p < phi - SAME && (out == phi || p > out)) {
                out = p;
            }
        }
        return out;
    }

    /** A free step of {@value #FREE_STEP} onto the next multiple of it, kept within {@code 0..max}. */
    public static double freeStep(double phi, int direction, double max) {
        double units = phi / FREE_STEP;
        double next = (direction > 0 ? Math.floor(units + 1e-6) + 1 : Math.ceil(units - 1e-6) - 1) * FREE_STEP;
        return Math.max(0, Math.min(max, Math.round(next * 1e9) / 1e9));
    }
}
