package org.scalelab.domain.scaling;

/** Depth, width and resolution multipliers (the paper's d, w, r). */
public record Multipliers(double depth, double width, double resolution) {
    public static final Multipliers IDENTITY = new Multipliers(1, 1, 1);

    public Multipliers {
        check(depth, "depth");
        check(width, "width");
        check(resolution, "resolution");
    }

    private static void check(double v, String what) {
        if (!Double.isFinite(v) || v <= 0 || v > 1000) {
            throw new IllegalArgumentException(what + " multiplier " + v + " must be a positive number up to 1000");
        }
    }

    /** The ideal FLOPs growth d·w²·r², before rounding. */
    public double flopsFactor() {
        return depth * width * width * resolution * resolution;
    }
}
