package org.scalelab.training.dl4j;

import java.util.Collection;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

/** What DL4J's own configurations do to a freshly made runtime layer in {@code instantiate}, for the subclasses here. */
final class RuntimeLayers {
    private RuntimeLayers() {
    }

    static <L extends BaseLayer<?>> L wire(L layer, org.deeplearning4j.nn.conf.layers.Layer confLayer,
                                          NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int index,
                                          INDArray paramsView, boolean initializeParams) {
        layer.setListeners(listeners);
        layer.setIndex(index);
        layer.setParamsViewArray(paramsView);
        layer.setParamTable(confLayer.initializer().init(conf, paramsView, initializeParams));
        layer.setConf(conf);
        return layer;
    }
}
