package org.scalelab.training.dl4j;

import java.util.function.Supplier;
import org.deeplearning4j.nn.gradient.Gradient;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A convolution's output kept from the training forward pass for its backward pass. DL4J 1.0.0-M2.1's
 * ConvolutionLayer and DepthwiseConvolution2DLayer run the whole convolution again in backprop only to get the
 * pre-activation z that the activation's derivative reads (a third to a half of a step's convolution time). With
 * the identity z is the output itself; with ReLU the output max(0, z) answers z > 0 the same way.
 */
final class KeptOutput {
    private INDArray output;
    private boolean inBackprop;

    /** Whether the activation's derivative can be read from the layer's output instead of z. */
    static boolean usable(IActivation activation) {
        return activation instanceof ActivationIdentity || activation instanceof FastRelu;
    }

    /** After a forward pass: keep a training output, forget anything else. */
    INDArray afterForward(INDArray out, boolean training, IActivation activation) {
        output = training && usable(activation) ? out : null;
        return out;
    }

    /** Runs the layer's backward pass, during which {@link #preOutput} may answer with the kept output. */
    Pair<Gradient, INDArray> backprop(Supplier<Pair<Gradient, INDArray>> layerBackprop) {
        inBackprop = true;
        try {
            return layerBackprop.get();
        } finally {
            inBackprop = false;
            output = null;
        }
    }

    /** The kept output (once) when a backward pass asks for z; otherwise what the layer computes. */
    Pair<INDArray, INDArray> preOutput(boolean forBackprop, Supplier<Pair<INDArray, INDArray>> compute) {
        if (!forBackprop || !inBackprop || output == null) {
            return compute.get();
        }
        INDArray z = output;
        output = null;
        return new Pair<>(z, null);
    }
}
