package org.scalelab.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU6;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationSwish;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.scalelab.domain.graph.Act;
import org.scalelab.domain.graph.Add;
import org.scalelab.domain.graph.BatchNorm;
import org.scalelab.domain.graph.Conv;
import org.scalelab.domain.graph.Dense;
import org.scalelab.domain.graph.GlobalAvgPool;
import org.scalelab.domain.graph.Layer;
import org.scalelab.domain.graph.LayerGraph;
import org.scalelab.domain.graph.MaxPool;
import org.scalelab.domain.spec.Activation;

class Dl4jNetworkBuilderTest {
    private static final LayerGraph GRAPH = LayerGraph.of(TinyNetworks.mixed(0.2));
    private static final Map<Activation, Class<? extends IActivation>> ACTIVATIONS = Map.of(
            Activation.RELU, ActivationReLU.class,
            Activation.RELU6, ActivationReLU6.class,
            Activation.SWISH, ActivationSwish.class,
            Activation.SIGMOID, ActivationSigmoid.class,
            Activation.IDENTITY, ActivationIdentity.class);

    @ParameterizedTest
    @EnumSource(LayerSet.class)
    void everyGraphLayerIsOneVertexUnderItsNameReadingItsInputs(LayerSet set) {
        ComputationGraphConfiguration conf = configuration(BuildSettings.defaults(), set);
        Set<String> expected = new HashSet<>(List.of(Dl4jNetworkBuilder.INPUT));
        for (Layer layer : GRAPH.layers()) {
            expected.add(layer.name());
            expected.add(Dl4jNetworkBuilder.outputName(layer, set));
            List<String> inputs = new ArrayList<>();
            layer.inputs().forEach(in -> inputs.add(Dl4jNetworkBuilder.outputName(in, set)));
            assertEquals(inputs.isEmpty() ? List.of(Dl4jNetworkBuilder.INPUT) : inputs,
                    conf.getVertexInputs().get(layer.name()), layer.name());
        }
        Set<String> built = new HashSet<>(conf.getNetworkInputs());
        built.addAll(conf.getVertices().keySet());
        assertEquals(expected, built);
        assertEquals(List.of(GRAPH.output().name()), conf.getNetworkOutputs());
    }

    @ParameterizedTest
    @EnumSource(LayerSet.class)
    void eachLayerKindMapsToItsDl4jCounterpart(LayerSet set) {
        ComputationGraphConfiguration conf = configuration(BuildSettings.defaults(), set);
        for (Layer layer : GRAPH.layers()) {
            GraphVertex vertex = conf.getVertices().get(layer.name());
            Object built = vertex instanceof LayerVertex lv ? lv.getLayerConf().getLayer() : vertex;
            assertSame(dl4jClass(layer, set), built.getClass(), layer.name());
            if (layer instanceof Add) {
                assertEquals(ElementWiseVertex.Op.Add, ((ElementWiseVertex) built).getOp());
            }
        }
    }

    @Test
    void convolutionsArePaddedSameWithoutBias() {
        ComputationGraphConfiguration conf = configuration(BuildSettings.defaults());
        for (Layer layer : GRAPH.layers()) {
            if (layer instanceof Conv c) {
                ConvolutionLayer built = (ConvolutionLayer) layerConf(conf, c.name());
                assertEquals(ConvolutionMode.Same, built.getConvolutionMode(), c.name());
                assertEquals(c.bias(), built.hasBias(), c.name());
                assertArrayEquals(new int[] {c.kernel(), c.kernel()}, built.getKernelSize(), c.name());
                assertArrayEquals(new int[] {c.stride(), c.stride()}, built.getStride(), c.name());
                assertInstanceOf(ActivationIdentity.class, built.getActivationFn(), c.name());
                if (built instanceof DepthwiseConvolution2D dw) {
                    assertEquals(1, dw.getDepthMultiplier(), c.name());
                }
            }
        }
    }

    /**
     * DL4J's BN layer ignores its activation, so with DL4J's own classes a separate ActivationLayer applies it; the
     * fast BN layer applies its own.
     */
    @ParameterizedTest
    @EnumSource(LayerSet.class)
    void batchNormHasItsConstantsAndItsActivation(LayerSet set) {
        ComputationGraphConfiguration conf = configuration(BuildSettings.defaults(), set);
        for (Layer layer : GRAPH.layers()) {
            if (layer instanceof BatchNorm bn) {
                BatchNormalization built = (BatchNormalization) layerConf(conf, bn.name());
                assertEquals(1e-3, built.getEps(), bn.name());
                assertEquals(0.9, built.getDecay(), bn.name());
                String out = Dl4jNetworkBuilder.outputName(bn, set);
                if (set == LayerSet.FAST) {
                    assertEquals(bn.name(), out);
                    assertActivation(bn.activation(), built, set);
                } else {
                    assertEquals(bn.activation() == Activation.IDENTITY, out.equals(bn.name()), bn.name());
                    if (!out.equals(bn.name())) {
                        assertActivation(bn.activation(), layerConf(conf, out), set);
                        assertEquals(List.of(bn.name()), conf.getVertexInputs().get(out));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(LayerSet.class)
    void denseAndActivationLayersUseTheirActivations(LayerSet set) {
        ComputationGraphConfiguration conf = configuration(BuildSettings.defaults(), set);
        for (Layer layer : GRAPH.layers()) {
            if (layer instanceof Dense d && !d.output()) {
                assertActivation(d.activation(), layerConf(conf, d.name()), set);
            } else if (layer instanceof Act a) {
                assertActivation(a.activation(), layerConf(conf, a.name()), set);
            }
        }
    }

    /** DL4J's dropOut(p) keeps inputs with probability p, so dropout 0.2 must appear as 0.8. */
    @Test
    void classifierIsSoftmaxCrossEntropyWithDropoutAsRetainProbability() {
        OutputLayer withDropout = (OutputLayer) layerConf(configuration(BuildSettings.defaults()), GRAPH.output().name());
        assertInstanceOf(ActivationSoftmax.class, withDropout.getActivationFn());
        assertInstanceOf(LossMCXENT.class, withDropout.getLossFn());
        assertEquals(0.8, ((Dropout) withDropout.getIDropout()).getP(), 1e-12);

        LayerGraph noDropout = LayerGraph.of(TinyNetworks.mixed(0));
        OutputLayer without = (OutputLayer) layerConf(Dl4jNetworkBuilder.configuration(noDropout, BuildSettings.defaults()),
                noDropout.output().name());
        assertNull(without.getIDropout());
    }

    /** One SGD step with decay differs from one without by exactly lr · decay · W on conv and dense weights only. */
    @Test
    void weightDecayShrinksConvAndDenseWeightsOnceAndNothingElse() {
        double lr = 0.1;
        double decay = 0.01;
        ComputationGraph initial = Dl4jNetworkBuilder.build(TinyNetworks.mixed(0), sgd(lr, 0));
        ComputationGraph plain = trained(sgd(lr, 0), 1);
        ComputationGraph decayed = trained(sgd(lr, decay), 1);
        Set<String> weights = new HashSet<>();
        for (Layer layer : GRAPH.layers()) {
            if (layer instanceof Conv || layer instanceof Dense) {
                weights.add(layer.name() + "_W");
            }
        }
        for (String key : initial.paramTable().keySet()) {
            INDArray expected = weights.contains(key) ? initial.getParam(key).mul(-lr * decay) : initial.getParam(key).mul(0);
            INDArray actual = decayed.getParam(key).sub(plain.getParam(key));
            assertEquals(0, actual.sub(expected).amaxNumber().doubleValue(), 1e-6, key);
        }
    }

    /** Workspaces change where arrays live, never the numbers: a check on the vertex's workspace handling. */
    @Test
    void trainingWithAndWithoutWorkspacesGivesTheSameNetwork() {
        ComputationGraph withWorkspaces = trained(new BuildSettings(9, new Adam(1e-2), 0, WorkspaceMode.ENABLED), 2);
        ComputationGraph without = trained(new BuildSettings(9, new Adam(1e-2), 0, WorkspaceMode.NONE), 2);
        INDArray difference = withWorkspaces.params().sub(without.params());
        assertEquals(0, difference.amaxNumber().doubleValue(), 1e-6);
    }

    private static BuildSettings sgd(double lr, double weightDecay) {
        return new BuildSettings(9, new Sgd(lr), weightDecay, WorkspaceMode.ENABLED);
    }

    /** The no-dropout variant, so that two runs see the same batches and masks. */
    private static ComputationGraph trained(BuildSettings settings, int steps) {
        ComputationGraph net = Dl4jNetworkBuilder.build(TinyNetworks.mixed(0), settings);
        Nd4j.getRandom().setSeed(11);
        int res = GRAPH.spec().input().resolution();
        INDArray x = Nd4j.rand(4, GRAPH.spec().input().channels(), res, res);
        INDArray y = Nd4j.zeros(4, GRAPH.spec().input().classes());
        for (int i = 0; i < 4; i++) {
            y.putScalar(i, i % GRAPH.spec().input().classes(), 1);
        }
        for (int i = 0; i < steps; i++) {
            net.fit(new DataSet(x, y));
        }
        return net;
    }

    private static Class<?> dl4jClass(Layer layer, LayerSet set) {
        boolean fast = set == LayerSet.FAST;
        if (layer instanceof Conv c) {
            return c.depthwise() ? (fast ? DepthwiseNoRecompute.class : DepthwiseConvolution2D.class)
                    : (fast ? ConvolutionNoRecompute.class : ConvolutionLayer.class);
        }
        if (layer instanceof BatchNorm) {
            return fast ? BatchNormActivation.class : BatchNormalization.class;
        }
        if (layer instanceof Act) {
            return ActivationLayer.class;
        }
        if (layer instanceof MaxPool) {
            return SubsamplingLayer.class;
        }
        if (layer instanceof GlobalAvgPool) {
            return GlobalPoolingLayer.class;
        }
        if (layer instanceof Dense d) {
            return d.output() ? OutputLayer.class : DenseLayer.class;
        }
        return layer instanceof Add ? ElementWiseVertex.class : ScaleVertex.class;
    }

    private static void assertActivation(Activation expected, org.deeplearning4j.nn.conf.layers.Layer layer, LayerSet set) {
        IActivation fn = layer instanceof ActivationLayer a ? a.getActivationFn() : ((BaseLayer) layer).getActivationFn();
        Class<?> want = expected == Activation.RELU && set == LayerSet.FAST ? FastRelu.class : ACTIVATIONS.get(expected);
        assertSame(want, fn.getClass(), layer.getLayerName());
    }

    private static org.deeplearning4j.nn.conf.layers.Layer layerConf(ComputationGraphConfiguration conf, String name) {
        return ((LayerVertex) conf.getVertices().get(name)).getLayerConf().getLayer();
    }

    private static ComputationGraphConfiguration configuration(BuildSettings settings) {
        return Dl4jNetworkBuilder.configuration(GRAPH, settings);
    }

    private static ComputationGraphConfiguration configuration(BuildSettings settings, LayerSet set) {
        return Dl4jNetworkBuilder.configuration(GRAPH, settings, set);
    }
}
