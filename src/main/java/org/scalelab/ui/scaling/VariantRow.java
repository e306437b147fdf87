package org.scalelab.ui.scaling;

import java.util.Locale;
import org.scalelab.domain.scaling.Variant;

/** One line of the variant table: the variant and its numbers as the table shows them. */
public record VariantRow(Variant variant, String rule, String phi, String depth, String width, String resolution,
                         String size, String params, String macs, String activations, String memory) {

    public static VariantRow of(Variant v, int batchSize) {
        var m = v.multipliers();
        var cost = v.cost();
        return new VariantRow(v, shortName(v.rule()), String.format(Locale.ROOT, "%.2f", v.phi()),
                String.format(Locale.ROOT, "%.2f", m.depth()), String.format(Locale.ROOT, "%.2f", m.width()),
                String.format(Locale.ROOT, "%.2f", m.resolution()), v.spec().input().resolution() + " px",
                Readable.millions(cost.params()), Readable.giga(cost.macs()), Readable.millions(cost.activations()),
                Readable.bytes(cost.trainingMemory(batchSize).totalBytes()));
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
