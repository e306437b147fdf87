package org.scalelab.training.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNBatchNormHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNSubsamplingHelper;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.activations.IActivation;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.LayerHelper;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.convolution.DepthwiseConvolution2DLayer;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.scalelab.domain.spec.ClassifierSpec;
import org.scalelab.domain.spec.InputSpec;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.training.device.BackendChoice;
import org.scalelab.training.device.NativeBackend;
import org.scalelab.training.dl4j.BuildSettings;
import org.scalelab.training.dl4j.Dl4jNetworkBuilder;

/**
 * The fast path computes what the slow one does: with DL4J's oneDNN layer helpers on and off, the same weights and
 * the same batch give the same network output and the same gradient for every parameter (helpers on with NHWC
 * once gave wrong gradients while outputs were right, so outputs alone prove nothing: docs/decisions/onednn-helpers.md).
 * <p>
 * The helper property is read when a layer is instantiated, so the networks are built with the property set
 * differently and share one set of parameters. Each helper of the "on" network is replaced by a counting subclass,
 * and the test asserts that the helpers not only exist but answered forward and backward calls and never threw
 * (a helper may decline a call by returning null, or throw, and the layer then silently runs its built-in code).
 * <p>
 * Bound, float32: for the output, the score and each parameter's gradient, max |on − off| ≤ {@value #BOUND} ·
 * max |reference|, where the reference is the built-in path in float64. Some gradients are zero in exact arithmetic
 * (the β of a BN whose output feeds a conv and a training-mode BN, which removes any per-channel shift) and some are
 * small differences of large sums (BN running-mean updates); float32 rounding dominates those, so there the test
 * asks instead that the helpers' error against float64 is at most {@value #AGREEMENT}× the built-in float32
 * path's own error. The comparison is shown to catch a real mismatch by running it once against a perturbed
 * network. Dropout is removed from mini-effnet: its mask is random and has nothing to do with the helpers.
 */
class HelperParityTest {
    static final double BOUND = 1e-3;
    static final double AGREEMENT = 10;
    private static final int BATCH = 16;

    /** Per test, not per class, so that each skipped test reports why. */
    @BeforeEach
    void oneDnnBuildLoaded() {
        BackendChoice choice = NativeBackend.configure();
        assumeTrue(choice.build().usesOneDnn(),
                "the nd4j-native build in use has no oneDNN, so there are no helpers to check: " + choice.describe()
                        + " (" + choice.reason() + ")");
        assumeTrue(org.nd4j.nativeblas.Nd4jCpu.Environment.getInstance().isUseMKLDNN(),
                "ND4J was loaded without oneDNN although " + choice.describe() + " was chosen: something touched ND4J"
                        + " before NativeBackend.configure() in this JVM; run this test class in its own JVM");
        assumeTrue(Nd4j.getEnvironment().helpersAllowed(), "ND4J's Environment.allowHelpers is off in this JVM");
        assertEquals(DataType.FLOAT, Nd4j.defaultFloatingPointType(), "the bound is stated for float32");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mbconv32", "mini-effnet", "mini-resnet", "simple-cnn", "plain28"})
    void helpersOnGiveTheSameOutputAndGradientsAsHelpersOff(String name) {
        Nets nets = nets(name);
        Map<String, Diff> diffs = compare(nets.on, nets.off, nets.reference, nets.x, nets.y);
        Map<String, Diff> failing = new TreeMap<>();
        diffs.forEach((k, d) -> {
            if (!d.ok()) {
                failing.put(k, d);
            }
        });
        assertTrue(failing.isEmpty(), name + ": outside the bound: " + failing);

        assertNoHelperFailed(nets.on, name);
        for (Counts h : nets.helpers) {
            // DL4J M2.1's SubsamplingLayer runs libnd4j's pooling op forward and calls its helper only in backprop.
            assertTrue(h.forwardResults > 0 || h.layerClass == SubsamplingLayer.class,
                    name + ": the helper of " + h.layer + " never answered a forward call");
            assertTrue(h.backwardResults > 0, name + ": the helper of " + h.layer + " never answered a backward call");
        }
        long floatLimited = diffs.values().stream().filter(d -> !d.withinBound()).count();
        String limited = floatLimited == 0 ? "" : String.format(java.util.Locale.ROOT,
                "; %d float32-limited tensors within %.1fx the built-in path's own error", floatLimited,
                diffs.values().stream().filter(d -> !d.withinBound())
                        .mapToDouble(d -> d.difference() / d.builtInError()).max().orElse(0));
        System.out.printf(java.util.Locale.ROOT, "%s: %d helpers used; output, score and %d gradients;"
                        + " max |on-off|/max|ref| = %.1e%s%n", name, nets.helpers.size(), diffs.size() - 2,
                diffs.values().stream().filter(Diff::withinBound).mapToDouble(Diff::relative).max().orElse(0),
                limited);
    }

    /** The same comparison flags a network that differs by 1% in one weight tensor. */
    @Test
    void theComparisonCatchesARealMismatch() {
        Nets nets = nets(ReferenceNets.MBCONV32);
        ComputationGraph perturbed = nets.off.clone();
        String key = firstConvWeight(perturbed);
        perturbed.getParam(key).muli(1.01);
        Map<String, Diff> diffs = compare(perturbed, nets.off, nets.reference, nets.x, nets.y);
        List<String> failing = diffs.entrySet().stream().filter(e -> !e.getValue().ok()).map(Map.Entry::getKey).toList();
        assertTrue(failing.contains(key), "a 1% change of " + key + " went unnoticed: " + diffs);
        System.out.println("a 1% change of " + key + " fails the comparison on " + failing);
    }

    /** Without the property no helper is created: the "off" side really is the built-in path. */
    @Test
    void helpersAreCreatedOnlyWithTheProperty() {
        Nets nets = nets(ReferenceNets.MBCONV32);
        for (Layer l : nets.off.getLayers()) {
            assertNull(l.getHelper(), l.getConfig().getLayerName());
        }
        Set<Class<?>> kinds = new LinkedHashSet<>();
        nets.helpers.forEach(h -> kinds.add(h.layerClass));
        assertEquals(Set.of(ConvolutionLayer.class, BatchNormalization.class), kinds);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Three networks with equal parameters (helpers on, off, float64 reference) and a batch with labels. */
    private record Nets(ComputationGraph on, ComputationGraph off, ComputationGraph reference, INDArray x, INDArray y,
                        List<Counts> helpers) {
    }

    private static Nets nets(String name) {
        BuildSettings settings = new BuildSettings(42L, new Adam(1e-3), 0, WorkspaceMode.ENABLED);
        ComputationGraph on = withHelpers(true, () -> build(name, settings));
        ComputationGraph off = withHelpers(false, () -> build(name, settings));
        off.setParams(on.params().dup());
        ComputationGraph reference = withHelpers(false, () -> off.convertDataType(DataType.DOUBLE));
        List<Counts> helpers = instrument(on);
        assertFalse(helpers.isEmpty(), name + ": no oneDNN helper was created with helpers on");
        for (Layer l : on.getLayers()) {
            if (expectsHelper(l)) {
                assertNotNull(l.getHelper(), name + ": " + l.getConfig().getLayerName() + " has no helper");
            }
        }
        InputSpec in = ReferenceNets.input(name);
        Nd4j.getRandom().setSeed(3);
        INDArray x = Nd4j.rand(DataType.FLOAT, BATCH, in.channels(), in.resolution(), in.resolution());
        INDArray y = Nd4j.zeros(DataType.FLOAT, BATCH, in.classes());
        Random r = new Random(3);
        for (int i = 0; i < BATCH; i++) {
            y.putScalar(i, r.nextInt(in.classes()), 1.0);
        }
        return new Nets(on, off, reference, x, y, helpers);
    }

    private static ComputationGraph build(String name, BuildSettings settings) {
        if (ReferenceNets.PLAIN28.equals(name)) {
            return ReferenceNets.plain28(settings);
        }
        NetworkSpec spec = ReferenceNets.spec(name);
        return Dl4jNetworkBuilder.build(spec.withClassifier(new ClassifierSpec(0)), settings);
    }

    /** The layer types DL4J M2.1 gives a oneDNN helper (depthwise convolution has none). */
    private static boolean expectsHelper(Layer l) {
        return (l instanceof ConvolutionLayer && !(l instanceof DepthwiseConvolution2DLayer))
                || l instanceof BatchNormalization || l instanceof SubsamplingLayer;
    }

    private static ComputationGraph withHelpers(boolean on, Supplier<ComputationGraph> build) {
        String key = NativeBackend.HELPERS_DISABLE_PROPERTY;
        String before = System.getProperty(key);
        System.setProperty(key, Boolean.toString(!on));
        try {
            return build.get();
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }

    /**
     * One compared quantity: max |a − b|, the built-in float32 path's max error against float64, and max |float64|.
     */
    record Diff(double difference, double builtInError, double scale) {
        boolean withinBound() {
            return difference <= BOUND * scale;
        }

        /** Within the bound, or no worse than float32 rounding already makes the built-in path. */
        boolean ok() {
            return withinBound() || difference <= AGREEMENT * builtInError;
        }

        double relative() {
            return scale == 0 ? (difference == 0 ? 0 : Double.POSITIVE_INFINITY) : difference / scale;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "|a-b| %.2e, float32 error %.2e, scale %.2e", difference,
                    builtInError, scale);
        }
    }

    /**
     * Compares network {@code a} with {@code b} (both float32) on the inference output, the training score and each
     * parameter's gradient ({@code <layer>_<param>}), with {@code reference} (float64) for the scale.
     */
    static Map<String, Diff> compare(ComputationGraph a, ComputationGraph b, ComputationGraph reference, INDArray x,
                                     INDArray y) {
        Map<String, Diff> diffs = new TreeMap<>();
        INDArray xr = x.castTo(DataType.DOUBLE);
        INDArray yr = y.castTo(DataType.DOUBLE);
        diffs.put("output", diff(a.outputSingle(false, x.dup()).dup(), b.outputSingle(false, x.dup()).dup(),
                reference.outputSingle(false, xr.dup()).dup()));
        Map<String, INDArray> ga = gradients(a, x, y);
        Map<String, INDArray> gb = gradients(b, x, y);
        Map<String, INDArray> gr = gradients(reference, xr, yr);
        assertEquals(gb.keySet(), ga.keySet());
        assertEquals(gr.keySet(), ga.keySet());
        diffs.put("score", new Diff(Math.abs(a.score() - b.score()), Math.abs(b.score() - reference.score()),
                Math.abs(reference.score())));
        ga.forEach((k, v) -> diffs.put(k, diff(v, gb.get(k), gr.get(k))));
        return diffs;
    }

    private static Diff diff(INDArray a, INDArray b, INDArray reference) {
        assertArrayEquals(reference.shape(), a.shape());
        assertArrayEquals(reference.shape(), b.shape());
        INDArray r = reference.castTo(DataType.DOUBLE);
        INDArray ad = a.castTo(DataType.DOUBLE);
        INDArray bd = b.castTo(DataType.DOUBLE);
        return new Diff(ad.sub(bd).amaxNumber().doubleValue(), bd.sub(r).amaxNumber().doubleValue(),
                r.amaxNumber().doubleValue());
    }

    private static Map<String, INDArray> gradients(ComputationGraph net, INDArray x, INDArray y) {
        net.setInputs(x.dup());
        net.setLabels(y.dup());
        net.computeGradientAndScore();
        Map<String, INDArray> out = new TreeMap<>();
        net.gradient().gradientForVariable().forEach((k, v) -> out.put(k, v.dup()));
        return out;
    }

    private static String firstConvWeight(ComputationGraph net) {
        for (Layer l : net.getLayers()) {
            if (l instanceof ConvolutionLayer) {
                return l.getConfig().getLayerName() + "_W";
            }
        }
        throw new AssertionError("no convolution");
    }

    // --- counting helpers ------------------------------------------------------------------------------------------

    /**
     * How often a helper answered with a result; null means it declined and the layer ran its built-in code.
     * The counting helpers subclass DL4J's oneDNN helpers (not proxies): the layers test {@code instanceof
     * MKLDNNConvHelper} and take other code paths for any other helper.
     */
    static final class Counts {
        final String layer;
        final Class<?> layerClass;
        int forwardResults;
        int backwardResults;

        Counts(Layer layer) {
            this.layer = layer.getConfig().getLayerName();
            this.layerClass = layer.getClass();
        }

        <T> T forward(T result) {
            forwardResults += result == null ? 0 : 1;
            return result;
        }

        <T> T backward(T result) {
            backwardResults += result == null ? 0 : 1;
            return result;
        }
    }

    static final class CountingConvHelper extends MKLDNNConvHelper {
        final Counts counts;

        CountingConvHelper(DataType dataType, Counts counts) {
            super(dataType);
            this.counts = counts;
        }

        @Override
        public INDArray preOutput(INDArray input, INDArray weights, INDArray bias, int[] kernel, int[] strides, int[] pad,
                                  org.deeplearning4j.nn.conf.layers.ConvolutionLayer.AlgoMode mode, org.deeplearning4j.nn.conf.layers.ConvolutionLayer.FwdAlgo fwdAlgo,
                                  ConvolutionMode convolutionMode, int[] dilation, CNN2DFormat format,
                                  LayerWorkspaceMgr mgr) {
            return counts.forward(super.preOutput(input, weights, bias, kernel, strides, pad, mode, fwdAlgo,
                    convolutionMode, dilation, format, mgr));
        }

        @Override
        public org.nd4j.common.primitives.Pair<Gradient, INDArray> backpropGradient(
                INDArray input, INDArray weights, INDArray bias, INDArray delta, int[] kernel, int[] strides, int[] pad,
                INDArray biasGradView, INDArray weightGradView, IActivation afn, org.deeplearning4j.nn.conf.layers.ConvolutionLayer.AlgoMode mode,
                org.deeplearning4j.nn.conf.layers.ConvolutionLayer.BwdFilterAlgo bwdFilterAlgo, org.deeplearning4j.nn.conf.layers.ConvolutionLayer.BwdDataAlgo bwdDataAlgo,
                ConvolutionMode convolutionMode, int[] dilation, CNN2DFormat format, LayerWorkspaceMgr mgr) {
            return counts.backward(super.backpropGradient(input, weights, bias, delta, kernel, strides, pad, biasGradView,
                    weightGradView, afn, mode, bwdFilterAlgo, bwdDataAlgo, convolutionMode, dilation, format, mgr));
        }
    }

    static final class CountingBatchNormHelper extends MKLDNNBatchNormHelper {
        final Counts counts;

        CountingBatchNormHelper(DataType dataType, Counts counts) {
            super(dataType);
            this.counts = counts;
        }

        @Override
        public INDArray preOutput(INDArray x, boolean training, long[] shape, INDArray gamma, INDArray beta,
                                  INDArray mean, INDArray var, double decay, double eps, CNN2DFormat format,
                                  LayerWorkspaceMgr mgr) {
            return counts.forward(super.preOutput(x, training, shape, gamma, beta, mean, var, decay, eps, format, mgr));
        }

        @Override
        public org.nd4j.common.primitives.Pair<Gradient, INDArray> backpropGradient(
                INDArray input, INDArray epsilon, long[] shape, INDArray gamma, INDArray beta, INDArray dGammaView,
                INDArray dBetaView, double eps, CNN2DFormat format, LayerWorkspaceMgr mgr) {
            return counts.backward(super.backpropGradient(input, epsilon, shape, gamma, beta, dGammaView, dBetaView, eps,
                    format, mgr));
        }
    }

    static final class CountingSubsamplingHelper extends MKLDNNSubsamplingHelper {
        final Counts counts;

        CountingSubsamplingHelper(DataType dataType, Counts counts) {
            super(dataType);
            this.counts = counts;
        }

        @Override
        public INDArray activate(INDArray input, boolean training, int[] kernel, int[] strides, int[] pad,
                                 PoolingType poolingType, ConvolutionMode convolutionMode, int[] dilation,
                                 CNN2DFormat format, LayerWorkspaceMgr mgr) {
            return counts.forward(super.activate(input, training, kernel, strides, pad, poolingType, convolutionMode,
                    dilation, format, mgr));
        }

        @Override
        public org.nd4j.common.primitives.Pair<Gradient, INDArray> backpropGradient(
                INDArray input, INDArray epsilon, int[] kernel, int[] strides, int[] pad, PoolingType poolingType,
                ConvolutionMode convolutionMode, int[] dilation, CNN2DFormat format, LayerWorkspaceMgr mgr) {
            return counts.backward(super.backpropGradient(input, epsilon, kernel, strides, pad, poolingType,
                    convolutionMode, dilation, format, mgr));
        }
    }

    /** Replaces each layer's oneDNN helper with a counting subclass of the same class. */
    private static List<Counts> instrument(ComputationGraph net) {
        List<Counts> all = new ArrayList<>();
        for (Layer l : net.getLayers()) {
            LayerHelper helper = l.getHelper();
            if (helper == null) {
                continue;
            }
            Counts counts = new Counts(l);
            DataType type = Nd4j.defaultFloatingPointType();
            LayerHelper counting;
            if (helper.getClass() == MKLDNNConvHelper.class) {
                counting = new CountingConvHelper(type, counts);
            } else if (helper.getClass() == MKLDNNBatchNormHelper.class) {
                counting = new CountingBatchNormHelper(type, counts);
            } else if (helper.getClass() == MKLDNNSubsamplingHelper.class) {
                counting = new CountingSubsamplingHelper(type, counts);
            } else {
                throw new AssertionError(counts.layer + ": unexpected helper " + helper.getClass().getName());
            }
            setField(l, "helper", counting);
            assertTrue(l.getHelper() == counting, counts.layer + ": the helper field is not what getHelper() returns");
            all.add(counts);
        }
        return all;
    }

    /** DL4J counts a helper's exceptions and then silently uses its built-in code; none may have happened. */
    private static void assertNoHelperFailed(ComputationGraph net, String name) {
        for (Layer l : net.getLayers()) {
            if (l.getHelper() != null) {
                assertEquals(0, (int) getField(l, "helperCountFail"),
                        name + ": the oneDNN helper of " + l.getConfig().getLayerName() + " threw and was bypassed");
            }
        }
    }

    private static Field field(Class<?> c, String name) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            try {
                Field f = k.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new AssertionError(c.getName() + " has no field " + name);
    }

    private static void setField(Object o, String name, Object value) {
        try {
            field(o.getClass(), name).set(o, value);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Object getField(Object o, String name) {
        try {
            return field(o.getClass(), name).get(o);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
