package org.scalelab.domain.spec;

/**
 * The first layer: conv k×k with a stride → BN → activation, optionally followed by a 3×3 stride-2
 * max pool (ResNet's stem).
 */
public record StemSpec(int kernel, int stride, int channels, Activation activation, boolean maxPool) {
    public StemSpec {
        Limits.kernel(kernel, "kernel");
        Limits.stride(stride, "stride");
        Limits.channels(channels, "channels");
        Limits.activation(activation, "activation");
    }

    /** Total downsampling of the stem, pool included. */
    public int totalStride() {
        return stride * (maxPool ? 2 : 1);
    }

    public StemSpec withChannels(int newChannels) {
        return new StemSpec(kernel, stride, newChannels, activation, maxPool);
    }
}
