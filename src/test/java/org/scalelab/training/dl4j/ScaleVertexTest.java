package org.scalelab.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.scalelab.domain.graph.LayerGraph;
import org.scalelab.domain.graph.Scale;
import org.scalelab.domain.spec.NetworkSpec;

/**
 * The SE multiply's forward against its definition, and its backward against finite differences of the whole
 * network in double precision. A deliberately wrong backward must fail the same check, so a pass means something.
 */
class ScaleVertexTest {
    private static final int BATCH = 3;
    private static final NetworkSpec SPEC = TinyNetworks.squeezeExcite();

    private DataType savedDataType;
    private DataType savedFloatType;

    @BeforeEach
    void doublePrecision() {
        savedDataType = Nd4j.dataType();
        savedFloatType = Nd4j.defaultFloatingPointType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        Nd4j.getRandom().setSeed(7);
    }

    @AfterEach
    void restorePrecision() {
        Nd4j.setDefaultDataTypes(savedDataType, savedFloatType);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void forwardScalesEveryChannelByItsGate(boolean training) {
        ComputationGraph net = network(UnaryOperator.identity());
        Map<String, INDArray> acts = net.feedForward(input(), training);
        for (Scale scale : TinyNetworks.scales(SPEC)) {
            INDArray map = acts.get(Dl4jNetworkBuilder.outputName(scale.input()));
            INDArray gate = acts.get(Dl4jNetworkBuilder.outputName(scale.gate()));
            INDArray out = acts.get(scale.name());
            assertArrayEquals(map.shape(), out.shape(), scale.name());
            for (long n = 0; n < map.size(0); n++) {
                for (long c = 0; c < map.size(1); c++) {
                    for (long h = 0; h < map.size(2); h++) {
                        for (long w = 0; w < map.size(3); w++) {
                            assertEquals(map.getDouble(n, c, h, w) * gate.getDouble(n, c), out.getDouble(n, c, h, w),
                                    1e-12, scale.name());
                        }
                    }
                }
            }
        }
    }

    @Test
    void backwardMatchesFiniteDifferences() {
        assertTrue(gradientsMatch(network(UnaryOperator.identity())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gate gradient averaged over H,W instead of summed", "map gradient not scaled by the gate"})
    void aWrongBackwardFailsTheCheck(String mistake) {
        UnaryOperator<ComputationGraphConfiguration> breakScales = conf -> {
            TinyNetworks.scales(SPEC).forEach(s -> conf.getVertices().put(s.name(), new WrongBackward(mistake)));
            return conf;
        };
        assertFalse(gradientsMatch(network(breakScales)));
    }

    private static boolean gradientsMatch(ComputationGraph net) {
        return GradientCheckUtil.checkGradients(new GradientCheckUtil.GraphConfig()
                .net(net)
                .inputs(new INDArray[] {input()})
                .labels(new INDArray[] {labels()})
                .excludeParams(runningStatistics(net))
                .epsilon(1e-6)
                .maxRelError(1e-5)
                .minAbsoluteError(1e-9)
                .print(GradientCheckUtil.PrintMode.FAILURES_ONLY)
                .exitOnFirstError(true));
    }

    /** BN's running mean and (log) std are state that the forward pass in training mode never reads. */
    private static Set<String> runningStatistics(ComputationGraph net) {
        return net.paramTable().keySet().stream()
                .filter(k -> k.endsWith("_mean") || k.endsWith("_var") || k.endsWith("_log10stdev"))
                .collect(Collectors.toSet());
    }

    /** Gradient checks need plain gradients: no updater state, no dropout, double precision. */
    private static ComputationGraph network(UnaryOperator<ComputationGraphConfiguration> edit) {
        BuildSettings settings = new BuildSettings(3, new NoOp(), 0, WorkspaceMode.ENABLED);
        ComputationGraph net = new ComputationGraph(edit.apply(Dl4jNetworkBuilder.configuration(LayerGraph.of(SPEC), settings)));
        net.init();
        return net;
    }

    private static INDArray input() {
        int res = SPEC.input().resolution();
        return Nd4j.rand(DataType.DOUBLE, BATCH, SPEC.input().channels(), res, res).subi(0.5).muli(4);
    }

    private static INDArray labels() {
        INDArray labels = Nd4j.zeros(DataType.DOUBLE, BATCH, SPEC.input().classes());
        for (int i = 0; i < BATCH; i++) {
            labels.putScalar(i, i % SPEC.input().classes(), 1.0);
        }
        return labels;
    }

    /** A ScaleVertex whose backward makes one of two plausible mistakes. */
    static final class WrongBackward extends ScaleVertex {
        private final String mistake;

        WrongBackward(String mistake) {
            this.mistake = mistake;
        }

        @Override
        public WrongBackward clone() {
            return new WrongBackward(mistake);
        }

        @Override
        @SuppressWarnings("overrides") // see ScaleVertexImpl
        public org.deeplearning4j.nn.graph.vertex.GraphVertex instantiate(ComputationGraph graph, String name, int idx,
                                                                          INDArray paramsView, boolean initializeParams,
                                                                          DataType dataType) {
            return new ScaleVertexImpl(graph, name, idx, dataType) {
                @Override
                public Pair<Gradient, INDArray[]> doBackward(boolean tbptt, LayerWorkspaceMgr workspaceMgr) {
                    Pair<Gradient, INDArray[]> right = super.doBackward(tbptt, workspaceMgr);
                    INDArray[] grads = right.getSecond();
                    if (mistake.startsWith("gate")) {
                        grads[1].divi(inputs[0].size(2) * inputs[0].size(3));
                    } else {
                        grads[0].assign(epsilon);
                    }
                    return right;
                }
            };
        }
    }
}
