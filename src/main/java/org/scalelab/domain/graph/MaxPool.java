package org.scalelab.domain.graph;

import java.util.List;

/** k×k max pooling with "same" padding (ResNet's stem: 3×3, stride 2). */
public record MaxPool(Site site, Layer input, int kernel, int stride) implements Layer {

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
        return Layer.sameOut(input.outSize(), stride);
    }
}
