package org.scalelab.domain.scaling;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.scalelab.domain.spec.NetworkSpec;

/**
 * The official EfficientNet coefficients (tensorflow/tpu {@code efficientnet_params}): width, depth, native
 * resolution and dropout per model. Note that Bn is not φ = n: the released code's values differ from α^φ, β^φ
 * (B1 keeps w = 1.0), and the maintainers treat the code as the reference.
 */
public enum EfficientNetFamily {
    B0(1.0, 1.0, 224, 0.2),
    B1(1.0, 1.1, 240, 0.2),
    B2(1.1, 1.2, 260, 0.3),
    B3(1.2, 1.4, 300, 0.3),
    B4(1.4, 1.8, 380, 0.4),
    B5(1.6, 2.2, 456, 0.4),
    B6(1.8, 2.6, 528, 0.5),
    B7(2.0, 3.1, 600, 0.5),
    B8(2.2, 3.6, 672, 0.5);

    /** The resolution the table's resolutions are relative to (B0's). */
    public static final int BASE_RESOLUTION = 224;

    private final double width;
    private final double depth;
    private final int resolution;
    private final double dropout;

    EfficientNetFamily(double width, double depth, int resolution, double dropout) {
        this.width = width;
        this.depth = depth;
        this.resolution = resolution;
        this.dropout = dropout;
    }

    public double width() {
        return width;
    }

    public double depth() {
        return depth;
    }

    public int resolution() {
        return resolution;
    }

    public double dropout() {
        return dropout;
    }

    /** Multipliers for this row; resolution relative to B0's 224 px, so a 32 px baseline grows in proportion. */
    public Multipliers multipliers() {
        return new Multipliers(depth, width, resolution / (double) BASE_RESOLUTION);
    }

    /** Applies this row to any baseline: scaled with the row's multipliers, dropout set to the row's. */
    public NetworkSpec apply(NetworkSpec base, RoundingPolicy policy) {
        return Scaler.scale(base, multipliers(), policy).withClassifier(base.classifier().withDropout(dropout));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "b3" or "B3" or "efficientnet-b3". */
    public static EfficientNetFamily parse(String id) {
        String n = id == null ? "" : id.trim().toUpperCase(Locale.ROOT).replace("EFFICIENTNET-", "");
        for (EfficientNetFamily f : values()) {
            if (f.name().equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown EfficientNet family member '" + id + "'; expected one of "
                + Arrays.stream(values()).map(EfficientNetFamily::id).collect(Collectors.joining(", ")));
    }
}
