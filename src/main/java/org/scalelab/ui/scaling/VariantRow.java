package org.scalelab.ui.scaling;

import java.util.Locale;
import java.util.Optional;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.stats.SeedStats;
import org.scalelab.format.Numbers;

/**
 * One line of the variant table: the variant and its numbers as the table shows them.
 *
 * @param accuracy test accuracy over the variant's finished seeds, "mean ± std % (n)", or "–" when none has finished
 */
public record VariantRow(Variant variant, String rule, String phi, String depth, String width, String resolution,
                         String size, String params, String macs, String activations, String memory, String accuracy) {

    /** The row of a variant not trained yet. */
    public static VariantRow of(Variant v, int batchSize) {
        return of(v, batchSize, Optional.empty());
    }

    public static VariantRow of(Variant v, int batchSize, Optional<SeedStats> accuracy) {
        return of(v, batchSize, accuracy, false);
    }

    /** @param upsampled whether the input is larger than the data's native resolution: the size says so */
    public static VariantRow of(Variant v, int batchSize, Optional<SeedStats> accuracy, boolean upsampled) {
        var m = v.multipliers();
        var cost = v.cost();
        return new VariantRow(v, shortName(v.rule()), String.format(Locale.ROOT, "%.2f", v.phi()),
                String.format(Locale.ROOT, "%.2f", m.depth()), String.format(Locale.ROOT, "%.2f", m.width()),
                String.format(Locale.ROOT, "%.2f", m.resolution()),
                v.spec().input().resolution() + " px" + (upsampled ? " (upsampled)" : ""),
                Numbers.count(cost.params()), Numbers.count(cost.macs()), Numbers.count(cost.activations()),
                Numbers.bytes(cost.trainingMemory(batchSize).totalBytes()), accuracy(accuracy));
    }

    /** The same row with another accuracy text. */
    public VariantRow withAccuracy(String text) {
        return new VariantRow(variant, rule, phi, depth, width, resolution, size, params, macs, activations, memory, text);
    }

    /**
     * "81.2 ± 0.4 % (3)": mean ± sample standard deviation in points, and how many seeds finished; "81.2 % (1)" for
     * one seed (no spread yet); "–" for none.
     */
    public static String accuracy(Optional<SeedStats> stats) {
        return Numbers.accuracy(stats.orElse(null));
    }

    /** A short rule name for table rows (the long label is in the rule chooser). */
    public static String shortName(org.scalelab.domain.scaling.ScalingRule rule) {
        return switch (rule) {
            case COMPOUND -> "Compound";
            case WIDTH -> "Width only";
            case DEPTH -> "Depth only";
            case RESOLUTION -> "Resolution only";
            case DWR -> "dWr";
        };
    }
}
