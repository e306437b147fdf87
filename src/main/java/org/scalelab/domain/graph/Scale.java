package org.scalelab.domain.graph;

import java.util.List;

/** Squeeze-excitation's multiply: a feature map scaled channel by channel by a gate vector. */
public record Scale(Site site, Layer input, Layer gate) implements Layer {

    public Scale {
        if (!gate.isVector() || gate.outChannels() != input.outChannels()) {
            throw new IllegalArgumentException(site.name() + ": gate of " + gate.outChannels()
                    + " channels cannot scale a map of " + input.outChannels());
        }
    }

    @Override
    public List<Layer> inputs() {
        return List.of(input, gate);
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
