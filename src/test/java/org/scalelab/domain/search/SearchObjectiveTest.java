package org.scalelab.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchObjectiveTest {

    @Test
    void accuracyRankingIsTheAccuracy() {
        Objective o = Objective.accuracy();
        assertEquals(0.873, o.score(0.873, 123_456), 0);
        assertTrue(Double.isNaN(o.score(Double.NaN, 1)));
    }

    @Test
    void mnasObjectiveAtTheTargetIsTheAccuracy() {
        Objective o = Objective.mnas(4_000_000);
        assertEquals(0.9, o.score(0.9, 4_000_000), 1e-15);
    }

    @Test
    void doublingTheCostIsWorthAboutFivePercentRelativeAccuracy() {
        // MnasNet's reasoning for w = −0.07: 1.05·2^w ≈ 1.
        Objective o = Objective.mnas(1_000_000);
        double atTarget = o.score(0.80, 1_000_000);
        double doubled = o.score(0.80 * 1.05, 2_000_000);
        assertEquals(atTarget, doubled, 0.80 * 0.001);
        assertEquals(0.8 * Math.pow(2, -0.07), o.score(0.8, 2_000_000), 1e-15);
        // Cheaper than the target gains: half the MACs multiplies by 2^0.07 ≈ 1.0497.
        assertEquals(0.8 * 1.0497, o.score(0.8, 500_000), 1e-4);
    }

    @Test
    void mnasCanReverseAnAccuracyRanking() {
        // 0.5 points better but 3× the MACs loses under MnasNet: 0.855·3^−0.07 = 0.8227 < 0.85.
        Objective o = Objective.mnas(1_000_000);
        assertTrue(o.score(0.855, 3_000_000) < o.score(0.85, 1_000_000));
        assertTrue(Objective.accuracy().score(0.855, 3_000_000) > Objective.accuracy().score(0.85, 1_000_000));
    }

    @Test
    void defaultTargetIsTheBaselineTimesTheConstraintTarget() {
        assertEquals(3_901_184, Objective.defaultTarget(1_950_592, 2));
        assertEquals(Objective.MNAS_WEIGHT, Objective.mnas(10).weight());
        assertEquals(Objective.Kind.MNAS, Objective.Kind.parse(" MNAS "));
        SearchSpaceTest.assertMessage("expected accuracy or mnas", () -> Objective.Kind.parse("flops"));
        SearchSpaceTest.assertMessage("must lie in [-1, 0]", () -> Objective.mnas(10, 0.07));
        SearchSpaceTest.assertMessage("target MACs 0 must be positive", () -> Objective.mnas(0));
    }
}
