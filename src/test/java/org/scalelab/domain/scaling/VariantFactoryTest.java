package org.scalelab.domain.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.spec.NetworkSpec;

class VariantFactoryTest {
    private final NetworkSpec b0 = Presets.get("efficientnet-b0");
    private final VariantFactory factory = new VariantFactory(b0, CompoundCoefficients.EFFICIENTNET, RoundingPolicy.EFFICIENTNET);

    @Test
    void compoundUsesPowersOfTheCoefficients() {
        Variant v = factory.variant(ScalingRule.COMPOUND, 1.5);
        assertEquals(Math.pow(1.2, 1.5), v.multipliers().depth(), 1e-12);
        assertEquals(Math.pow(1.1, 1.5), v.multipliers().width(), 1e-12);
        assertEquals(Math.pow(1.15, 1.5), v.multipliers().resolution(), 1e-12);
        assertEquals(1.920, CompoundCoefficients.EFFICIENTNET.flopsBase(), 0.001);
        assertEquals(Math.pow(1.2 * 1.1 * 1.1 * 1.15 * 1.15, 1.5), CompoundCoefficients.EFFICIENTNET.predictedFlopsMultiplier(1.5), 1e-12);
    }

    @Test
    void phiZeroIsTheBaselineUnderEveryRule() {
        for (ScalingRule rule : ScalingRule.values()) {
            Variant v = factory.variant(rule, 0);
            assertEquals(b0, v.spec(), rule.id());
            assertEquals(rule == ScalingRule.COMPOUND ? 0.0 : 1.0, v.parameter(), rule.id());
        }
    }

    /** The matched variant is the closest one: nudging the parameter either way lands no closer. */
    @Test
    void singleDimensionVariantsMatchTheCompoundMacsAsCloselyAsRoundingAllows() {
        for (double phi : List.of(0.5, 1.0, 2.0, 3.3)) {
            long target = factory.variant(ScalingRule.COMPOUND, phi).cost().macs();
            for (ScalingRule rule : List.of(ScalingRule.WIDTH, ScalingRule.DEPTH, ScalingRule.RESOLUTION, ScalingRule.DWR)) {
                Variant v = factory.variant(rule, phi);
                double gap = gap(v.cost().macs(), target);
                for (double nudge : List.of(0.8, 0.9, 0.97, 1.03, 1.1, 1.25)) {
                    long other = factory.direct(rule, v.parameter() * nudge, phi).cost().macs();
                    assertTrue(gap <= gap(other, target) + 1e-12, rule + " at phi " + phi + " nudge " + nudge);
                }
                assertTrue(gap < 0.12, rule + " at phi " + phi + " is " + gap + " away");
            }
        }
    }

    private static double gap(long macs, long target) {
        return Math.abs(Math.log(macs / (double) target));
    }

    @Test
    void singleDimensionRulesOnlyMoveTheirDimension() {
        Variant w = factory.variant(ScalingRule.WIDTH, 2);
        assertEquals(b0.input().resolution(), w.spec().input().resolution());
        assertEquals(b0.blockCount(), w.spec().blockCount());
        Variant r = factory.variant(ScalingRule.RESOLUTION, 2);
        assertEquals(CostModel.of(b0).params(), r.cost().params());
        Variant d = factory.variant(ScalingRule.DEPTH, 2);
        assertEquals(b0.stages().get(0).outChannels(), d.spec().stages().get(0).outChannels());
    }

    @Test
    void dwrGrowsFlopsBySAndPutsMostOfItIntoWidth() {
        Multipliers m = ScalingRule.DWR.at(4, CompoundCoefficients.EFFICIENTNET);
        assertEquals(4, m.flopsFactor(), 1e-9);
        assertEquals(Math.pow(4, 0.4), m.width(), 1e-12);
        assertEquals(Math.pow(4, 0.1), m.depth(), 1e-12);
        assertEquals(Math.pow(4, 0.05), m.resolution(), 1e-12);
    }

    @Test
    void nonIntegerAndNegativePhiWork() {
        Variant up = factory.variant(ScalingRule.COMPOUND, 2.75);
        Variant down = factory.variant(ScalingRule.COMPOUND, -1.5);
        assertTrue(up.cost().macs() > factory.baseCost().macs());
        assertTrue(down.cost().macs() < factory.baseCost().macs());
        Variant width = factory.variant(ScalingRule.WIDTH, -1.5);
        assertTrue(width.multipliers().width() < 1);
    }

    @Test
    void realFlopsMultiplierDiffersFromThePredictionBecauseOfRounding() {
        Variant v = factory.variant(ScalingRule.COMPOUND, 1);
        double real = v.macsRelativeTo(factory.baseCost());
        assertEquals(2.229, real, 0.001); // ceil adds a block to every stage
        assertEquals(1.920, CompoundCoefficients.EFFICIENTNET.predictedFlopsMultiplier(1), 0.001);
    }
}
