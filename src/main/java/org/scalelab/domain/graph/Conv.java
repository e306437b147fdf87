package org.scalelab.domain.graph;

import java.util.List;

/** k×k convolution with "same" padding, no activation (BN and activation follow as their own layers). */
public record Conv(Site site, Layer input, int inChannels, int outChannels, int kernel, int stride, int groups,
                   boolean bias, int inSize) implements Layer {

    public Conv {
        if (groups < 1 || inChannels % groups != 0 || outChannels % groups != 0) {
            throw new IllegalArgumentException(site.name() + ": groups " + groups + " do not divide "
                    + inChannels + "→" + outChannels);
        }
    }

    @Override
    public List<Layer> inputs() {
        return Layer.of(input);
    }

    @Override
    public int outSize() {
        return Layer.sameOut(inSize, stride);
    }

    public boolean depthwise() {
        return groups > 1 && groups == inChannels && inChannels == outChannels;
    }

    private long weights() {
        return (long) kernel * kernel * (inChannels / groups) * outChannels;
    }

    @Override
    public long params() {
        return weights() + (bias ? outChannels : 0);
    }

    @Override
    public long macs() {
        return weights() * outSize() * outSize();
    }

    @Override
    public long activations() {
        return outputElements();
    }
}
