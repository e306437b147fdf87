package org.scalelab.domain.graph;

import java.util.List;

/** Residual addition of two feature maps of the same shape. */
public record Add(Site site, Layer left, Layer right) implements Layer {

    public Add {
        if (left.outChannels() != right.outChannels() || left.outSize() != right.outSize()) {
            throw new IllegalArgumentException(site.name() + ": cannot add " + left.outChannels() + "×" + left.outSize()
                    + " and " + right.outChannels() + "×" + right.outSize());
        }
    }

    @Override
    public List<Layer> inputs() {
        return List.of(left, right);
    }

    @Override
    public int outChannels() {
        return left.outChannels();
    }

    @Override
    public int outSize() {
        return left.outSize();
    }
}
