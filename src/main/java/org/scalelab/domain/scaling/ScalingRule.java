package org.scalelab.domain.scaling;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The ways ScaleLab grows a baseline. Each rule is a one-parameter family of multipliers; for compound
 * scaling the parameter is φ, for the others it is the multiplier itself (width, depth, resolution) or the
 * FLOPs factor s (dWr). To compare rules fairly, {@link VariantFactory} picks for each φ the member whose real
 * MACs come closest to the compound variant's, as the paper compares at matched FLOPs.
 */
public enum ScalingRule {
    COMPOUND("compound", "Compound (α^φ, β^φ, γ^φ)"),
    WIDTH("width", "Width only"),
    DEPTH("depth", "Depth only"),
    RESOLUTION("resolution", "Resolution only"),
    /** Dollár, Singh, Girshick 2021, "fast compound scaling" dWr with α = 0.8: d = s^0.1, w = s^0.4, r = s^0.05. */
    DWR("dwr", "Fast scaling dWr (Dollár et al.)");

    /** Share of the FLOPs growth that dWr puts into width (the paper's α = 0.8). */
    public static final double DWR_WIDTH_SHARE = 0.8;

    private final String id;
    private final String label;

    ScalingRule(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /**
     * The rule's multipliers at parameter t: φ for {@link #COMPOUND}, the multiplier for the single-dimension
     * rules, the FLOPs factor s for {@link #DWR}.
     */
    public Multipliers at(double t, CompoundCoefficients coefficients) {
        return switch (this) {
            case COMPOUND -> coefficients.at(t);
            case WIDTH -> new Multipliers(1, t, 1);
            case DEPTH -> new Multipliers(t, 1, 1);
            case RESOLUTION -> new Multipliers(1, 1, t);
            case DWR -> dollar(t, DWR_WIDTH_SHARE);
        };
    }

    /** pycls {@code scaling_factors}: d = s^ed, w = s^(ew/2), r = s^(er/2) with ew = α, ed = er = (1 − α)/2. */
    public static Multipliers dollar(double s, double widthShare) {
        double rest = (1 - widthShare) / 2;
        return new Multipliers(Math.pow(s, rest), Math.pow(s, widthShare / 2), Math.pow(s, rest / 2));
    }

    public static ScalingRule parse(String id) {
        String n = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (ScalingRule r : values()) {
            if (r.id.equals(n)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown scaling rule '" + id + "'; expected one of "
                + Arrays.stream(values()).map(ScalingRule::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
