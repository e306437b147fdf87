package org.scalelab.domain.graph;

import java.util.List;

/** A feature map read as one vector of C×H×W values (a reshape: no parameters, no new memory). */
public record Flatten(Site site, Layer input) implements Layer {

    @Override
    public List<Layer> inputs() {
        return List.of(input);
    }

    @Override
    public int outChannels() {
        return input.outChannels() * input.outSize() * input.outSize();
    }

    @Override
    public int outSize() {
        return 1;
    }

    @Override
    public boolean isVector() {
        return true;
    }

    @Override
    public long outputElements() {
        return 0;
    }
}
