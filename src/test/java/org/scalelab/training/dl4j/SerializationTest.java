package org.scalelab.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.scalelab.domain.graph.LayerGraph;
import org.scalelab.domain.graph.Scale;
import org.scalelab.domain.spec.NetworkSpec;

/** Networks with the custom SE vertex survive DL4J's JSON and ModelSerializer, trained state included. */
class SerializationTest {
    private static final NetworkSpec SPEC = TinyNetworks.mixed(0);

    @Test
    void configurationSurvivesJson() {
        ComputationGraphConfiguration conf = Dl4jNetworkBuilder.configuration(LayerGraph.of(SPEC), BuildSettings.defaults());
        ComputationGraphConfiguration restored = ComputationGraphConfiguration.fromJson(conf.toJson());
        assertEquals(conf, restored);
        for (Scale scale : TinyNetworks.scales(SPEC)) {
            assertInstanceOf(ScaleVertex.class, restored.getVertices().get(scale.name()));
        }
    }

    @Test
    void modelSerializerRestoresOutputsAndTrainingState(@TempDir Path dir) throws IOException {
        ComputationGraph net = Dl4jNetworkBuilder.build(SPEC, BuildSettings.defaults());
        DataSet batch = batch();
        net.fit(batch);  // BN statistics and Adam's moments are no longer at their initial values
        File file = dir.resolve("net.zip").toFile();
        ModelSerializer.writeModel(net, file, true);
        ComputationGraph restored = ModelSerializer.restoreComputationGraph(file, true);

        INDArray x = batch.getFeatures();
        assertArrayEquals(net.outputSingle(x).toFloatMatrix(), restored.outputSingle(x).toFloatMatrix());
        net.fit(batch);
        restored.fit(batch);
        assertArrayEquals(net.params().toFloatVector(), restored.params().toFloatVector());
    }

    private static DataSet batch() {
        Nd4j.getRandom().setSeed(5);
        int res = SPEC.input().resolution();
        int classes = SPEC.input().classes();
        INDArray x = Nd4j.rand(6, SPEC.input().channels(), res, res);
        INDArray y = Nd4j.zeros(6, classes);
        for (int i = 0; i < 6; i++) {
            y.putScalar(i, i % classes, 1);
        }
        return new DataSet(x, y);
    }
}
