package org.scalelab.domain.graph;

import java.util.List;
import org.scalelab.domain.spec.Activation;

/**
 * Fully connected layer with bias on a vector: the two squeeze-excitation layers (a 1×1 conv on a 1×1 map is
 * the same thing) and the classifier. {@code dropout} is applied to the input (classifier only);
 * {@code output} marks the softmax classifier that ends the network.
 */
public record Dense(Site site, Layer input, int outChannels, Activation activation, double dropout,
                    boolean output) implements Layer {

    @Override
    public List<Layer> inputs() {
        return List.of(input);
    }

    public int inChannels() {
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

    @Override
    public long params() {
        return (long) inChannels() * outChannels + outChannels;
    }

    @Override
    public long macs() {
        return (long) inChannels() * outChannels;
    }

    @Override
    public long activations() {
        return outChannels;
    }
}
