package org.scalelab.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;
import org.scalelab.domain.spec.Activation;
import org.scalelab.domain.spec.ClassifierSpec;
import org.scalelab.domain.spec.HeadSpec;
import org.scalelab.domain.spec.InputSpec;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.StageNotation;
import org.scalelab.domain.spec.StemSpec;
import org.deeplearning4j.nn.conf.WorkspaceMode;

/**
 * Regression: mini-effnet learned in training mode (loss 1.45 → 0.66) but predicted one class in eval mode
 * (accuracy exactly 0.100). Depthwise convs were initialised with DL4J's fan-in (channels·k·k), so their outputs
 * had about 1/channels of the variance BN's running statistics start from, and those statistics decayed at 0.99,
 * too slowly for runs of tens of iterations; eval-mode activations shrank block after block to a constant.
 * This network has mini-effnet's ingredients (swish stem, e1 and e4 MBConv with k5 depthwise and SE 0.25,
 * 1×1 head with BN and swish, global average pool, dropout 0.2, dense) and trains for as few iterations.
 */
class EvalModeBatchNormTest {
    private static final int SIZE = 16;
    private static final int CLASSES = 4;

    private static NetworkSpec miniEffNetLike() {
        return new NetworkSpec("mini-effnet-like", "", new InputSpec(1, SIZE, CLASSES),
                new StemSpec(3, 2, 16, Activation.SWISH, false),
                List.of(StageNotation.parse("ir_r1_k3_s1_e1_c16_se0.25_swish"),
                        StageNotation.parse("ir_r2_k3_s2_e4_c24_se0.25_swish"),
                        StageNotation.parse("ir_r2_k5_s2_e4_c40_se0.25_swish"),
                        StageNotation.parse("ir_r1_k3_s1_e4_c64_se0.25_swish")),
                new HeadSpec(128, Activation.SWISH), new ClassifierSpec(0.2));
    }

    /** The class is the quadrant of a bright 6×6 patch on noise. */
    private static DataSet data(int count, long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray x = Nd4j.randn(new long[] {count, 1, SIZE, SIZE}).muli(0.5);
        INDArray y = Nd4j.zeros(count, CLASSES);
        for (int n = 0; n < count; n++) {
            int label = n % CLASSES;
            y.putScalar(n, label, 1);
            int top = label / 2 * 8 + 1;
            int left = label % 2 * 8 + 1;
            x.get(NDArrayIndex.point(n), NDArrayIndex.point(0), NDArrayIndex.interval(top, top + 6),
                    NDArrayIndex.interval(left, left + 6)).addi(2);
        }
        return new DataSet(x, y);
    }

    private static double accuracy(INDArray probabilities, INDArray labels) {
        return probabilities.argMax(1).eq(labels.argMax(1)).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE)
                .meanNumber().doubleValue();
    }

    @Test
    void evalModeAccuracyFollowsTrainingAfterAFewIterations() {
        ComputationGraph net = Dl4jNetworkBuilder.build(miniEffNetLike(),
                new BuildSettings(42L, new Adam(2e-3), 0, WorkspaceMode.ENABLED));
        DataSet train = data(64, 1);
        for (int i = 0; i < 40; i++) {
            net.fit(train);
        }
        for (String key : net.paramTable().keySet()) {
            if (key.endsWith("_bn_log10stdev")) {
                assertTrue(net.getParam(key).amaxNumber().doubleValue() > 0.05, key + " never moved from its initial 0");
            }
        }
        DataSet test = data(128, 2);
        double eval = accuracy(net.output(false, test.getFeatures())[0], test.getLabels());
        INDArray predictions = net.output(false, test.getFeatures())[0].argMax(1);
        assertTrue(eval > 0.8, "eval-mode test accuracy " + eval + " (chance 0.25), predictions " + predictions);
    }

    /** He initialisation with a depthwise conv's true fan-in (k·k), not DL4J's channels·k·k. */
    @Test
    void depthwiseWeightsHaveHeScaleForTheirKernel() {
        ComputationGraph net = Dl4jNetworkBuilder.build(miniEffNetLike(), BuildSettings.defaults());
        int checked = 0;
        for (org.deeplearning4j.nn.api.Layer layer : net.getLayers()) {
            if (layer.conf().getLayer() instanceof DepthwiseConvolution2D dw) {
                int k = dw.getKernelSize()[0];
                double std = layer.getParam("W").stdNumber().doubleValue();
                assertEquals(Math.sqrt(2.0 / (k * k)), std, 0.25 * Math.sqrt(2.0 / (k * k)), layer.conf().getLayer().getLayerName());
                checked++;
            }
        }
        assertEquals(6, checked);
    }
}
