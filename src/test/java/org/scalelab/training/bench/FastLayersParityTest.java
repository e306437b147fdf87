package org.scalelab.training.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.scalelab.domain.spec.Activation;
import org.scalelab.domain.spec.ClassifierSpec;
import org.scalelab.domain.spec.HeadSpec;
import org.scalelab.domain.spec.InputSpec;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.Pooling;
import org.scalelab.domain.spec.StageNotation;
import org.scalelab.domain.spec.StemSpec;
import org.scalelab.training.device.NativeBackend;
import org.scalelab.training.dl4j.BatchNormActivation;
import org.scalelab.training.dl4j.BuildSettings;
import org.scalelab.training.dl4j.ConvolutionNoRecompute;
import org.scalelab.training.dl4j.DepthwiseNoRecompute;
import org.scalelab.training.dl4j.Dl4jNetworkBuilder;
import org.scalelab.training.dl4j.LayerSet;

/**
 * ScaleLab's faster layers compute what DL4J's own do: a {@link LayerSet#FAST} network (BN and activation fused,
 * batch statistics and BN backward from per-row ops, convolutions that reuse their forward output in backprop, the
 * faster ReLU, swish derivative from the kept sigmoid) and a {@link LayerSet#STOCK} network with the same parameters
 * give the same output, score and gradient of every parameter (BN running-statistic updates included), and the same
 * parameters after an Adam step, within {@link HelperParityTest}'s bound against a float64 copy of DL4J's
 * built-in path. The FAST side runs as in production (oneDNN helpers where DL4J has them); the STOCK side has
 * the helpers off, so it is DL4J's plain code.
 */
class FastLayersParityTest {
    /** Every layer kind with every activation the fused layer treats differently (ReLU, swish, ReLU6 generic). */
    private static NetworkSpec mixed() {
        return new NetworkSpec("tiny-mixed", "", new InputSpec(3, 16, 5),
                new StemSpec(3, 1, 8, Activation.RELU, true),
                List.of(StageNotation.parse("ir_r2_k3_s1_e3_c8_se0.25_swish"),
                        StageNotation.parse("bt_r1_k3_s2_e0.5_c16_relu6"),
                        StageNotation.parse("cn_r1_k3_s1_c16_sigmoid")),
                new HeadSpec(24, Activation.SWISH), new ClassifierSpec(0));
    }

    /**
     * The parameter-free layers next to fused ones: a max-pool stem, Fused-MBConv with and without projection, ResNet
     * basic blocks (Add, then a standalone ReLU layer), no head conv, and a flatten classifier.
     */
    private static NetworkSpec pooledFlatten() {
        return new NetworkSpec("tiny-flatten", "", new InputSpec(3, 16, 5),
                new StemSpec(3, 1, 8, Activation.RELU6, true),
                List.of(StageNotation.parse("er_r1_k3_s1_e1_c8_relu"),
                        StageNotation.parse("er_r1_k3_s2_e4_c16_se0.25_swish"),
                        StageNotation.parse("rb_r2_k3_s1_c16_relu")),
                new HeadSpec(0, Activation.RELU), new ClassifierSpec(0, Pooling.FLATTEN));
    }

    private static NetworkSpec tiny(String name) {
        return name.equals("tiny-mixed") ? mixed() : pooledFlatten();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mbconv32", "mini-effnet", "mini-resnet", "simple-cnn", "plain28", "tiny-mixed", "tiny-flatten"})
    void fastLayersGiveTheSameOutputScoreGradientsAndStepAsDl4jsOwn(String name) {
        Nets n = nets(name);
        Map<String, HelperParityTest.Diff> diffs = HelperParityTest.compare(n.fast, n.stock, n.reference, n.x, n.y);
        assertAllOk(name, diffs);

        // One Adam step on each: updated weights and running statistics must agree as well.
        Map<String, HelperParityTest.Diff> stepped = new TreeMap<>();
        n.fast.fit(new INDArray[] {n.x.dup()}, new INDArray[] {n.y.dup()});
        n.stock.fit(new INDArray[] {n.x.dup()}, new INDArray[] {n.y.dup()});
        n.reference.fit(new INDArray[] {n.x.castTo(DataType.DOUBLE)}, new INDArray[] {n.y.castTo(DataType.DOUBLE)});
        n.fast.paramTable().forEach((k, v) -> stepped.put("after step " + k,
                diff(v, n.stock.getParam(k), n.reference.getParam(k))));
        assertAllOk(name, stepped);
        double worst = diffs.values().stream().filter(HelperParityTest.Diff::withinBound)
                .mapToDouble(HelperParityTest.Diff::relative).max().orElse(0);
        System.out.printf(java.util.Locale.ROOT, "%s: output, score, %d gradients and %d stepped parameters;"
                + " max |fast-stock|/max|ref| = %.1e%n", name, diffs.size() - 2, stepped.size(), worst);
    }

    /** A 1% error in one BN's γ gradient path shows: perturbing a γ fails the comparison on it. */
    @Test
    void theComparisonCatchesAWrongBatchNorm() {
        Nets n = nets(ReferenceNets.MBCONV32);
        String key = n.fast.getLayers()[1].getConfig().getLayerName() + "_gamma";
        n.fast.getParam(key).muli(1.01);
        Map<String, HelperParityTest.Diff> diffs = HelperParityTest.compare(n.fast, n.stock, n.reference, n.x, n.y);
        assertTrue(diffs.entrySet().stream().anyMatch(e -> !e.getValue().ok()), "a 1% change of " + key
                + " went unnoticed: " + diffs);
    }

    /** The FAST network really runs the fast classes: fused BN with its own helper, convolutions that keep output. */
    @Test
    void fastNetworksUseTheFastLayers() throws Exception {
        ComputationGraph net = nets(ReferenceNets.MBCONV32).fast;
        Field helper = BatchNormalization.class.getDeclaredField("helper");
        helper.setAccessible(true);
        int bn = 0;
        int conv = 0;
        for (Layer l : net.getLayers()) {
            Object conf = l.conf().getLayer();
            if (l instanceof BatchNormalization) {
                assertInstanceOf(BatchNormActivation.class, conf);
                assertEquals("FastBatchNormHelper", helper.get(l).getClass().getSimpleName());
                bn++;
            } else if (l instanceof ConvolutionLayer) {
                assertTrue(conf instanceof ConvolutionNoRecompute || conf instanceof DepthwiseNoRecompute, conf.toString());
                conv++;
            }
        }
        assertTrue(bn > 0 && conv > 0);
        assertTrue(net.getConfiguration().getVertices().keySet().stream().noneMatch(v -> v.endsWith("_act")),
                "no separate activation layers");
    }

    /** A checkpoint of a FAST network restores to the same classes and the same output (DL4J's JSON, class names). */
    @ParameterizedTest
    @ValueSource(strings = {ReferenceNets.MBCONV32, "tiny-flatten"})
    void fastNetworksSurviveACheckpoint(String name, @TempDir java.nio.file.Path dir) throws Exception {
        Nets n = nets(name);
        n.fast.fit(new INDArray[] {n.x.dup()}, new INDArray[] {n.y.dup()});
        java.io.File file = dir.resolve("net.zip").toFile();
        ModelSerializer.writeModel(n.fast, file, true);
        ComputationGraph restored = ModelSerializer.restoreComputationGraph(file, true);
        assertEquals(n.fast.getConfiguration().toJson(), restored.getConfiguration().toJson());
        assertEquals(0, n.fast.outputSingle(false, n.x.dup()).sub(restored.outputSingle(false, n.x.dup()))
                .amaxNumber().doubleValue(), 0);
        restored.fit(new INDArray[] {n.x.dup()}, new INDArray[] {n.y.dup()}); // and trains on
    }

    // ---------------------------------------------------------------------------------------------------------------

    private record Nets(ComputationGraph fast, ComputationGraph stock, ComputationGraph reference, INDArray x, INDArray y) {
    }

    private static Nets nets(String name) {
        NativeBackend.configure();
        BuildSettings settings = new BuildSettings(42L, new Adam(1e-3), 0, WorkspaceMode.ENABLED);
        ComputationGraph fast = build(name, settings, LayerSet.FAST);
        ComputationGraph stock = withoutHelpers(() -> build(name, settings, LayerSet.STOCK));
        for (Layer l : fast.getLayers()) {
            if (l.numParams() > 0) {
                stock.getLayer(l.getConfig().getLayerName()).setParams(l.params().dup());
            }
        }
        ComputationGraph reference = withoutHelpers(() -> stock.convertDataType(DataType.DOUBLE));
        INDArray[] batch = HelperParityTest.batch(name.startsWith("tiny-") ? tiny(name).input() : ReferenceNets.input(name));
        return new Nets(fast, stock, reference, batch[0], batch[1]);
    }

    private static ComputationGraph build(String name, BuildSettings settings, LayerSet layers) {
        if (name.startsWith("tiny-")) {
            return Dl4jNetworkBuilder.build(tiny(name), settings, layers);
        }
        if (ReferenceNets.PLAIN28.equals(name)) {
            return ReferenceNets.plain28(settings, layers);
        }
        return Dl4jNetworkBuilder.build(ReferenceNets.spec(name).withClassifier(new ClassifierSpec(0)), settings, layers);
    }

    private static ComputationGraph withoutHelpers(Supplier<ComputationGraph> build) {
        return HelperParityTest.withHelpers(false, build);
    }

    private static HelperParityTest.Diff diff(INDArray a, INDArray b, INDArray reference) {
        INDArray r = reference.castTo(DataType.DOUBLE);
        INDArray bd = b.castTo(DataType.DOUBLE);
        return new HelperParityTest.Diff(a.castTo(DataType.DOUBLE).sub(bd).amaxNumber().doubleValue(),
                bd.sub(r).amaxNumber().doubleValue(), r.amaxNumber().doubleValue());
    }

    private static void assertAllOk(String name, Map<String, HelperParityTest.Diff> diffs) {
        Map<String, HelperParityTest.Diff> failing = new TreeMap<>();
        diffs.forEach((k, d) -> {
            if (!d.ok()) {
                failing.put(k, d);
            }
        });
        assertTrue(failing.isEmpty(), name + ": outside the bound: " + failing);
    }
}
