package org.scalelab.training.dl4j;

/** Which DL4J layer classes a network is built from. */
public enum LayerSet {
    /**
     * ScaleLab's default: DL4J's layers with a BN and its activation as one layer ({@link BatchNormActivation}),
     * convolutions that reuse their output in backprop ({@link ConvolutionNoRecompute}, {@link DepthwiseNoRecompute})
     * and {@link FastRelu}. Same parameters, same mathematics, less work per step.
     */
    FAST,
    /** DL4J's own classes only: the reference the parity tests hold {@link #FAST} to. */
    STOCK
}
