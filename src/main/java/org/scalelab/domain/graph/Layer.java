package org.scalelab.domain.graph;

import java.util.List;

/**
 * One primitive layer of a lowered network. Each layer knows its own analytic cost, under these conventions
 * (those of pycls and fvcore, and the EfficientNet paper's "FLOPs"):
 * <ul>
 *   <li>{@link #macs()}: multiply-adds of convolutions and fully connected layers; BN, activations, pooling,
 *       the SE multiply and residual adds count 0 (BN folds into the conv at inference).</li>
 *   <li>{@link #params()}: trainable parameters (BN γ and β included); {@link #bnStats()}: BN running mean
 *       and variance, which are state, not trainable.</li>
 *   <li>{@link #activations()}: output elements of convolutions and fully connected layers per image
 *       (Dollár et al.'s "activations").</li>
 *   <li>{@link #outputElements()}: every layer's output per image, what training keeps for backprop.</li>
 * </ul>
 * The DL4J builder maps every layer to one DL4J layer or vertex of the same name (a BN with an activation also
 * gets a parameter-free activation layer, since DL4J's BN ignores its own), so the counts here are the ones the
 * built network has; a test holds them equal to DL4J's {@code numParams()}.
 */
public sealed interface Layer permits Conv, BatchNorm, Act, MaxPool, GlobalAvgPool, Flatten, Dense, Scale, Add {

    Site site();

    /** The layers this one reads; an empty list means the network input. */
    List<Layer> inputs();

    int outChannels();

    /** Spatial size of the (square) output; 1 for vectors. */
    int outSize();

    /** Whether the output is a flat vector (after global pooling) rather than a feature map. */
    default boolean isVector() {
        return false;
    }

    default long params() {
        return 0;
    }

    default long bnStats() {
        return 0;
    }

    default long macs() {
        return 0;
    }

    default long activations() {
        return 0;
    }

    default long outputElements() {
        return (long) outChannels() * outSize() * outSize();
    }

    default String name() {
        return site().name();
    }

    /** Output size of a "same"-padded window with this stride: ceil(in / stride). */
    static int sameOut(int in, int stride) {
        return (in + stride - 1) / stride;
    }

    static List<Layer> of(Layer input) {
        return input == null ? List.of() : List.of(input);
    }
}
