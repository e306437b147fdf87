package org.scalelab.training.dl4j;

import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** DL4J's ConvolutionLayer configuration whose runtime layer reuses its forward output in backprop ({@link KeptOutput}). */
public class ConvolutionNoRecompute extends ConvolutionLayer {

    /** For DL4J's JSON. */
    public ConvolutionNoRecompute() {
    }

    public static ConvolutionNoRecompute of(ConvolutionLayer built) {
        return ConfCopy.into(new ConvolutionNoRecompute(), built);
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int index,
                             INDArray paramsView, boolean initializeParams, DataType dataType) {
        LayerValidation.assertNInNOutSet("ConvolutionLayer", getLayerName(), index, getNIn(), getNOut());
        return RuntimeLayers.wire(new Runtime(conf, dataType), this, conf, listeners, index, paramsView,
                initializeParams);
    }

    /** The runtime layer. Without a oneDNN helper DL4J's backprop needs its im2col buffer, so it recomputes. */
    static final class Runtime extends org.deeplearning4j.nn.layers.convolution.ConvolutionLayer {
        private final KeptOutput kept = new KeptOutput();

        Runtime(NeuralNetConfiguration conf, DataType dataType) {
            super(conf, dataType);
        }

        @Override
        public INDArray activate(boolean training, LayerWorkspaceMgr mgr) {
            return kept.afterForward(super.activate(training, mgr), training && helper != null,
                    layerConf().getActivationFn());
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
