package org.scalelab.domain.graph;

import java.util.List;
import org.scalelab.domain.spec.Activation;

/** Batch normalisation, followed by an activation ({@link Activation#IDENTITY} for none). */
public record BatchNorm(Site site, Layer input, Activation activation) implements Layer {

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

    /** γ and β. */
    @Override
    public long params() {
        return 2L * outChannels();
    }

    /** Running mean and variance. */
    @Override
    public long bnStats() {
        return 2L * outChannels();
    }
}
