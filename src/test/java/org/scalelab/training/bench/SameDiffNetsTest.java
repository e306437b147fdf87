package org.scalelab.training.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scalelab.training.device.NativeBackend;
import org.scalelab.training.dl4j.BuildSettings;

/**
 * The SameDiff measurement trains the same work: as many trainable parameters as the DL4J network, every one of them
 * updated by a step, and a finite loss.
 */
class SameDiffNetsTest {

    @ParameterizedTest
    @ValueSource(strings = {ReferenceNets.PLAIN28, ReferenceNets.MBCONV32})
    void sameParametersAsDl4jAllTrained(String net) {
        NativeBackend.configure();
        ComputationGraph dl4j = ReferenceNets.build(net, BuildSettings.defaults());
        long bnStats = 0;
        for (org.deeplearning4j.nn.api.Layer l : dl4j.getLayers()) {
            if (l instanceof BatchNormalization) {
                bnStats += 2 * l.getParam("gamma").length();
            }
        }
        SameDiffNets.Prepared p = SameDiffNets.prepare(net, 8);
        assertEquals(dl4j.numParams() - bnStats, p.trainableParams());
        java.util.Map<String, org.nd4j.linalg.api.ndarray.INDArray> before = new java.util.HashMap<>();
        p.sd().variables().stream().filter(v -> v.getVariableType() == org.nd4j.autodiff.samediff.VariableType.VARIABLE)
                .forEach(v -> before.put(v.name(), v.getArr().dup()));
        p.fit();
        before.forEach((name, was) -> assertTrue(p.sd().getVariable(name).getArr().neq(was).any(), name + " not trained"));
        assertTrue(Double.isFinite(p.loss()), net);
    }
}
