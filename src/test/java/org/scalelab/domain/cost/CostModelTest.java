package org.scalelab.domain.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scalelab.domain.graph.Layer;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.EfficientNetFamily;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.scaling.Scaler;
import org.scalelab.domain.spec.NetworkSpec;

class CostModelTest {
    private static final NetworkSpec B0 = Presets.get("efficientnet-b0");

    private static NetworkCost family(EfficientNetFamily f) {
        return CostModel.of(f.apply(B0, RoundingPolicy.EFFICIENTNET));
    }

    @Test
    void efficientNetB0MatchesTorchvisionExactly() {
        NetworkCost c = CostModel.of(B0);
        assertEquals(5_288_548, c.params());
        assertEquals(0.386, c.macs() / 1e9, 0.0005);
        assertEquals(2 * c.macs(), c.flops());
        assertEquals(6.7, c.activations() / 1e6, 0.05); // pycls
    }

    @Test
    void otherReferenceModelsMatchTorchvision() {
        assertEquals(3_504_872, CostModel.of(Presets.get("mobilenet-v2")).params());
        assertEquals(0.30, CostModel.of(Presets.get("mobilenet-v2")).macs() / 1e9, 0.005);
        assertEquals(25_557_032, CostModel.of(Presets.get("resnet-50")).params());
        assertEquals(4.09, CostModel.of(Presets.get("resnet-50")).macs() / 1e9, 0.005);
    }

    /**
     * Params: torchvision's num_params, exactly. MACs: torchvision's GFLOPS (which are MACs) to their two
     * decimals (B2 is published at 288 px). Activations: pycls where published.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "B0, 5288548, 0.39, 6.7",
            "B1, 7794184, 0.69, 10.9",
            "B2, 9109994, , 13.8",
            "B3, 12233232, 1.83, 23.8",
            "B4, 19341616, 4.39, ",
            "B5, 30389784, 10.27, 98.9",
            "B6, 43040704, 19.07, ",
            "B7, 66347960, 37.75, "})
    void familyMatchesTorchvisionAndPycls(EfficientNetFamily f, long params, Double gmacs, Double macts) {
        NetworkCost c = family(f);
        assertEquals(params, c.params());
        if (gmacs != null) {
            assertEquals(gmacs, c.macs() / 1e9, 0.005);
        }
        if (macts != null) {
            assertEquals(macts, c.activations() / 1e6, 0.05);
        }
    }

    @Test
    void b2At288MatchesTorchvisionsPublishedOps() {
        NetworkSpec b2 = EfficientNetFamily.B2.apply(B0, RoundingPolicy.EFFICIENTNET);
        NetworkCost at288 = CostModel.of(b2.withInput(b2.input().withResolution(288)));
        assertEquals(1.09, at288.macs() / 1e9, 0.005);
    }

    /**
     * The paper's Table 2 (v5) rounds params to 2 significant digits and FLOPs (MACs) loosely; B4, B5 and B7's
     * published FLOPs sit 2–5% below the count of the released architecture (torchvision gets the same counts
     * as we do), so FLOPs are held to 5% and params to the published rounding.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"B0, 5.3, 0.39", "B1, 7.8, 0.70", "B2, 9.2, 1.0", "B3, 12, 1.8", "B4, 19, 4.2", "B5, 30, 9.9",
            "B6, 43, 19", "B7, 66, 37"})
    void familyReproducesThePaperTableToItsRounding(EfficientNetFamily f, double paperParamsM, double paperGflops) {
        NetworkCost c = family(f);
        double m = c.params() / 1e6;
        double unit = paperParamsM >= 10 ? 1 : 0.1;
        assertTrue(Math.abs(m - paperParamsM) <= unit, f + ": " + m + "M vs " + paperParamsM + "M");
        double g = c.macs() / 1e9;
        assertTrue(Math.abs(g / paperGflops - 1) <= 0.05, f + ": " + g + "G vs " + paperGflops + "G");
    }

    @Test
    void partsAddUpToTheTotals() {
        for (NetworkSpec spec : Presets.all()) {
            NetworkCost c = CostModel.of(spec);
            assertEquals(c.params(), c.parts().stream().mapToLong(StageCost::params).sum());
            assertEquals(c.macs(), c.parts().stream().mapToLong(StageCost::macs).sum());
            assertEquals(c.bnStats(), c.parts().stream().mapToLong(StageCost::bnStats).sum());
            assertEquals(c.activations(), c.parts().stream().mapToLong(StageCost::activations).sum());
            assertEquals(c.params(), c.graph().layers().stream().mapToLong(Layer::params).sum());
            assertEquals(spec.stages().size() + (spec.head().present() ? 3 : 2), c.parts().size(), spec.name());
        }
    }

    @Test
    void b0PartsHaveTheTableOneShapes() {
        NetworkCost c = CostModel.of(B0);
        assertEquals("stem", c.parts().get(0).label());
        assertEquals(112, c.parts().get(0).outResolution());
        int[] res = {112, 56, 28, 14, 14, 7, 7};
        for (int i = 0; i < res.length; i++) {
            assertEquals(res[i], c.parts().get(i + 1).outResolution(), "stage " + (i + 1));
        }
        assertEquals(1280, c.parts().get(8).outChannels());
        assertEquals(7, c.parts().get(8).outResolution());
    }

    @Test
    void macsGrowWithDepthWidthSquaredAndResolutionSquared() {
        NetworkSpec mini = Presets.get("simple-cnn");
        long base = CostModel.of(mini).macs();
        long wide = CostModel.of(Scaler.scale(mini, new Multipliers(1, 2, 1), RoundingPolicy.EFFICIENTNET)).macs();
        long big = CostModel.of(Scaler.scale(mini, new Multipliers(1, 1, 2), RoundingPolicy.EFFICIENTNET)).macs();
        assertTrue(wide > 3.5 * base && wide < 4.1 * base, "width x2: " + wide / (double) base);
        assertTrue(big > 3.5 * base && big < 4.1 * base, "resolution x2: " + big / (double) base);
    }

    @Test
    void trainingMemoryCountsWeightsGradientsAdamAndActivations() {
        NetworkCost c = CostModel.of(Presets.get("simple-cnn"));
        MemoryEstimate m = c.trainingMemory(64);
        assertEquals((c.params() + c.bnStats()) * 4, m.weightBytes());
        assertEquals(c.params() * 4, m.gradientBytes());
        assertEquals(c.params() * 8, m.optimizerBytes());
        assertEquals(c.outputElements() * 64 * 4, m.activationBytes());
        assertEquals(2 * c.trainingMemory(32).activationBytes(), m.activationBytes());
    }
}
