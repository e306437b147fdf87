package org.scalelab.domain.spec;

/**
 * The layer before pooling: 1×1 conv → BN → activation to {@code channels}. Zero channels means no head
 * conv (ResNet pools the last stage directly).
 */
public record HeadSpec(int channels, Activation activation) {
    public static final HeadSpec NONE = new HeadSpec(0, Activation.IDENTITY);

    public HeadSpec {
        SpecException.check(channels >= 0, "channels", channels + " must be 0 (no head) or more");
        SpecException.check(channels <= Limits.MAX_CHANNELS, "channels", channels + " exceeds the limit of " + Limits.MAX_CHANNELS);
        Limits.activation(activation, "activation");
    }

    public boolean present() {
        return channels > 0;
    }

    public HeadSpec withChannels(int newChannels) {
        return new HeadSpec(newChannels, activation);
    }
}
