package org.scalelab.domain.spec;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kinds of block a stage repeats. Codes follow timm's block strings where timm has one
 * ({@code cn}, {@code ir}, {@code er}).
 */
public enum BlockType {
    /** conv k×k → BN → activation. */
    CONV("cn", "conv", false, false),
    /** MBConv: 1×1 expand → k×k depthwise → SE → 1×1 project; expansion relative to the block input. */
    MBCONV("ir", "MBConv", true, true),
    /** Fused-MBConv (EfficientNetV2): k×k conv expand → SE → 1×1 project; no projection when e = 1. */
    FUSED_MBCONV("er", "Fused-MBConv", true, true),
    /** ResNet basic block: two k×k convs, projection shortcut when the shape changes. */
    RESNET_BASIC("rb", "ResNet basic", false, false),
    /**
     * ResNet bottleneck (torchvision v1.5: stride on the k×k conv). The expansion is the bottleneck width
     * relative to the block output, 0.25 in ResNet-50.
     */
    RESNET_BOTTLENECK("bt", "ResNet bottleneck", true, false);

    private final String code;
    private final String label;
    private final boolean usesExpansion;
    private final boolean allowsSqueezeExcite;

    BlockType(String code, String label, boolean usesExpansion, boolean allowsSqueezeExcite) {
        this.code = code;
        this.label = label;
        this.usesExpansion = usesExpansion;
        this.allowsSqueezeExcite = allowsSqueezeExcite;
    }

    /** The notation prefix, e.g. {@code ir}. */
    public String code() {
        return code;
    }

    /** A human name for tables and menus. */
    public String label() {
        return label;
    }

    /** Whether the expansion ratio means anything for this block (otherwise it must be 1). */
    public boolean usesExpansion() {
        return usesExpansion;
    }

    public boolean allowsSqueezeExcite() {
        return allowsSqueezeExcite;
    }

    public static BlockType fromCode(String code, String field) {
        for (BlockType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new SpecException("", field + ": unknown block type '" + code + "'; expected one of "
                + Arrays.stream(values()).map(t -> t.code + " (" + t.label + ")").collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return label;
    }
}
