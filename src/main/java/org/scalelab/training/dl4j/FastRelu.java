package org.scalelab.training.dl4j;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.BaseActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.factory.Nd4j;

/**
 * max(0, x) with a faster backward pass than DL4J's ActivationReLU: a 0/1 step mask and a product, two vectorised
 * passes (about 0.9 ns per element here) instead of libnd4j's relu_bp, a scalar lambda per element (2.5–3 ns). The
 * same values: dL/dx = dL/dy where x > 0, else 0. The mask reads x > 0, which y = max(0, x) gives as well, so the
 * layers that keep their output may pass y instead of x.
 * <p>
 * No fields: DL4J's JSON restores it from its class name.
 */
public class FastRelu extends BaseActivationFunction {

    @Override
    public INDArray getActivation(INDArray in, boolean training) {
        Nd4j.getExecutioner().exec(new RectifiedLinear(in, in, 0.0));
        return in;
    }

    /** Overwrites {@code in} with the gradient, as DL4J's own activations do. */
    @Override
    public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
        assertShape(in, epsilon);
        Nd4j.getExecutioner().exec(new Step(in, in, 0.0));
        in.muli(epsilon);
        return new Pair<>(in, null);
    }

    /** All instances are alike (DL4J compares configurations). */
    @Override
    public boolean equals(Object o) {
        return o instanceof FastRelu;
    }

    @Override
    public int hashCode() {
        return 17;
    }
}
