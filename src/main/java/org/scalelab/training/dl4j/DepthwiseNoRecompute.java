package org.scalelab.training.dl4j;

import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.nn.layers.convolution.DepthwiseConvolution2DLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's DepthwiseConvolution2D configuration whose runtime layer reuses its forward output in backprop
 * ({@link KeptOutput}). Its backward pass is libnd4j's depthwise_conv2d_bp (oneDNN's in the oneDNN builds), which
 * reads only z from the recomputed forward pass.
 */
public class DepthwiseNoRecompute extends DepthwiseConvolution2D {

    /** For DL4J's JSON. */
    public DepthwiseNoRecompute() {
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int index,
                             INDArray paramsView, boolean initializeParams, DataType dataType) {
        LayerValidation.assertNInNOutSet("DepthwiseConvolution2D", getLayerName(), index, getNIn(), getNOut());
        return RuntimeLayers.wire(new Runtime(conf, dataType), this, conf, listeners, index, paramsView,
                initializeParams);
    }

    static final class Runtime extends DepthwiseConvolution2DLayer {
        private final KeptOutput kept = new KeptOutput();

        Runtime(NeuralNetConfiguration conf, DataType dataType) {
            super(conf, dataType);
        }

        @Override
        public INDArray activate(boolean training, LayerWorkspaceMgr mgr) {
            return kept.afterForward(super.activate(training, mgr), training, layerConf().getActivationFn());
        }

        @Override
        public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr mgr) {
            return kept.backprop(() -> super.backpropGradient(epsilon, mgr));
        }

        @Override
        protected Pair<INDArray, INDArray> preOutput4d(boolean training, boolean forBackprop, LayerWorkspaceMgr mgr) {
            return kept.preOutput(forBackprop, () -> super.preOutput4d(training, forBackprop, mgr));
        }
    }
}
