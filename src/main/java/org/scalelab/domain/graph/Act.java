package org.scalelab.domain.graph;

import java.util.List;
import org.scalelab.domain.spec.Activation;

/** A stand-alone activation, used after a residual add. */
public record Act(Site site, Layer input, Activation activation) implements Layer {

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
        return input.outSize();
    }
}
