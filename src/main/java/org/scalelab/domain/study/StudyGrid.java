package org.scalelab.domain.study;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which networks a study trains. Figure 3: each multiplier alone (width, depth, resolution; an empty resolution
 * list means every resolution step from the baseline's up to the data's native resolution). Figure 4: width
 * multipliers from each (depth, resolution) baseline. Table 3: compound at each φ against the width-, depth- and
 * resolution-only variants of matched MACs.
 *
 * @param fig4Bases (d, r) pairs; r is capped at the data's native resolution
 */
public record StudyGrid(List<Double> widths, List<Double> depths, List<Double> resolutions, List<Base> fig4Bases,
                        List<Double> fig4Widths, List<Double> phis, Set<StudyPart> parts) {

    /** A baseline of Figure 4: depth and resolution multipliers. */
    public record Base(double depth, double resolution) {
        public Base {
            positive(depth, "Figure 4 depth");
            positive(resolution, "Figure 4 resolution");
        }

        public String label() {
            return "d=" + StudyGrid.format(depth) + ", r=" + StudyGrid.format(resolution);
        }
    }

    /**
     * The paper's ranges, as far as two CPU cores allow: width to 4×, depth to 6×, resolution to native; Figure 4's
     * four baselines (1, 1), (2, 1), (1, 1.3), (2, 1.3) with width to 2.5×; compound φ = 1, 2, 3.
     */
    public static final StudyGrid DEFAULT = new StudyGrid(List.of(1.0, 1.5, 2.0, 3.0, 4.0),
            List.of(1.0, 2.0, 3.0, 4.0, 6.0), List.of(),
            List.of(new Base(1, 1), new Base(2, 1), new Base(1, 1.3), new Base(2, 1.3)), List.of(1.0, 1.5, 2.0, 2.5),
            List.of(0.0, 1.0, 2.0, 3.0), EnumSet.allOf(StudyPart.class));

    public StudyGrid {
        widths = List.copyOf(widths);
        depths = List.copyOf(depths);
        resolutions = List.copyOf(resolutions);
        fig4Bases = List.copyOf(fig4Bases);
        fig4Widths = List.copyOf(fig4Widths);
        phis = List.copyOf(phis);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a study needs at least one part");
        }
        parts = Set.copyOf(parts);
        widths.forEach(w -> positive(w, "width"));
        depths.forEach(d -> positive(d, "depth"));
        resolutions.forEach(r -> positive(r, "resolution"));
        fig4Widths.forEach(w -> positive(w, "Figure 4 width"));
        for (double phi : phis) {
            if (!(phi >= 0 && phi <= 10)) {
                throw new IllegalArgumentException("φ " + phi + " must lie in [0, 10]");
            }
        }
    }

    private static void positive(double v, String what) {
        if (!(v > 0 && v <= 100)) {
            throw new IllegalArgumentException(what + " multiplier " + v + " must lie in (0, 100]");
        }
    }

    static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
