package org.scalelab.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.spec.BlockType;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.StageSpec;

/** The built network has exactly the parameters the cost model counts: DL4J keeps BN mean/var as params. */
class NetworkParamCountTest {
    private static final int RANDOM_SPECS = 120;
    /** Every fourth random spec also runs forward; the index cycles the first block type, so all types run. */
    private static final int FORWARD_EVERY = 4;

    static Stream<String> presets() {
        return Presets.names().stream();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void presetHasTheCostModelsParamCount(String name) {
        NetworkSpec spec = Presets.get(name);
        assertParamCount(spec, Dl4jNetworkBuilder.build(spec, BuildSettings.defaults()));
    }

    @Test
    void randomSpecsHaveTheCostModelsParamCountAndClassifyInForward() {
        RandomSpecs specs = new RandomSpecs(20240611L);
        Set<BlockType> types = EnumSet.noneOf(BlockType.class);
        int withSqueezeExcite = 0;
        for (int i = 0; i < RANDOM_SPECS; i++) {
            NetworkSpec spec = specs.next(i);
            spec.stages().stream().map(StageSpec::type).forEach(types::add);
            withSqueezeExcite += spec.stages().stream().anyMatch(StageSpec::hasSqueezeExcite) ? 1 : 0;
            ComputationGraph net = Dl4jNetworkBuilder.build(spec, BuildSettings.defaults());
            assertParamCount(spec, net);
            if (i % FORWARD_EVERY == 0) {
                assertClassifies(spec, net);
            }
        }
        assertEquals(EnumSet.allOf(BlockType.class), types);
        assertTrue(withSqueezeExcite > RANDOM_SPECS / 4, "too few specs with SE: " + withSqueezeExcite);
    }

    private static void assertParamCount(NetworkSpec spec, ComputationGraph net) {
        NetworkCost cost = CostModel.of(spec);
        assertEquals(cost.params() + cost.bnStats(), net.numParams(), () -> spec.name() + " " + notation(spec));
    }

    private static void assertClassifies(NetworkSpec spec, ComputationGraph net) {
        int batch = 2;
        int res = spec.input().resolution();
        INDArray x = Nd4j.rand(batch, spec.input().channels(), res, res);
        INDArray probabilities = net.outputSingle(x);
        assertEquals(batch, probabilities.rows(), notation(spec));
        assertEquals(spec.input().classes(), probabilities.columns(), notation(spec));
        for (int row = 0; row < batch; row++) {
            assertEquals(1.0, probabilities.getRow(row).sumNumber().doubleValue(), 1e-5, notation(spec));
        }
    }

    private static String notation(NetworkSpec spec) {
        return spec.input() + " " + spec.stem() + " " + spec.stages() + " " + spec.head() + " " + spec.classifier();
    }
}
