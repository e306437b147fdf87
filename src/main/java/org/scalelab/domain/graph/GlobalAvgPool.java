package org.scalelab.domain.graph;

import java.util.List;

/** Global average pooling of a feature map to a vector of its channels. */
public record GlobalAvgPool(Site site, Layer input) implements Layer {

    @Override
    public List<Layer> inputs() {
        return List.of(input);
    }

    @Override
    public int outChannels() {
        return input.outChannels();
    }

    @Override
    public int outSize() {
        return 1;
    }

    @Override
    public boolean isVector() {
        return true;
    }
}
