package org.scalelab.domain.spec;

/**
 * One stage: {@code repeats} blocks of one type. The first block uses {@code stride} and maps the previous
 * stage's channels to {@code outChannels}; the others use stride 1 and keep the width. Input channels
 * are not stored: they follow from the previous stage (as in timm's block strings).
 *
 * @param expandRatio MBConv / Fused-MBConv: expanded width relative to the block input (6 in B0).
 *                    ResNet bottleneck: bottleneck width relative to the block output (0.25 in ResNet-50).
 *                    Must be 1 for the other types.
 * @param seRatio     squeeze-excitation width relative to the block input (0.25 in B0); 0 means no SE.
 */
public record StageSpec(BlockType type, int repeats, int kernel, int stride, double expandRatio,
                        int outChannels, double seRatio, Activation activation) {

    public StageSpec {
        SpecException.check(type != null, "type", "missing");
        SpecException.check(repeats >= 1, "repeats", repeats + " must be at least 1");
        SpecException.check(repeats <= Limits.MAX_REPEATS, "repeats", repeats + " exceeds the limit of " + Limits.MAX_REPEATS);
        Limits.kernel(kernel, "kernel");
        Limits.stride(stride, "stride");
        SpecException.check(Double.isFinite(expandRatio) && expandRatio > 0 && expandRatio <= 16, "expandRatio",
                expandRatio + " must lie in (0, 16]");
        SpecException.check(type.usesExpansion() || expandRatio == 1, "expandRatio",
                expandRatio + " is not allowed for " + type.label() + " blocks (must be 1)");
        SpecException.check(type != BlockType.RESNET_BOTTLENECK || expandRatio <= 1, "expandRatio",
                expandRatio + " is a bottleneck ratio here and must be at most 1 (ResNet-50 uses 0.25)");
        Limits.channels(outChannels, "outChannels");
        Limits.fraction(seRatio, "seRatio", true);
        SpecException.check(type.allowsSqueezeExcite() || seRatio == 0, "seRatio",
                seRatio + " is not allowed for " + type.label() + " blocks (must be 0)");
        Limits.activation(activation, "activation");
    }

    public boolean hasSqueezeExcite() {
        return seRatio > 0;
    }

    public StageSpec withRepeats(int newRepeats) {
        return new StageSpec(type, newRepeats, kernel, stride, expandRatio, outChannels, seRatio, activation);
    }

    public StageSpec withOutChannels(int newOutChannels) {
        return new StageSpec(type, repeats, kernel, stride, expandRatio, newOutChannels, seRatio, activation);
    }

    /** The one-line notation, e.g. {@code ir_r2_k3_s2_e6_c24_se0.25_swish}. */
    public String notation() {
        return StageNotation.format(this);
    }

    @Override
    public String toString() {
        return notation();
    }
}
