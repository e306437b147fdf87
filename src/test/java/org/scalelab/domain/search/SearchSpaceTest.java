package org.scalelab.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.scaling.Scaler;
import org.scalelab.domain.spec.NetworkSpec;

class SearchSpaceTest {
    private static final NetworkSpec SIMPLE = Presets.get("simple-cnn-28");

    /** α ∈ {1, 1.2, 1.4}, β, γ ∈ {1, 1.1, 1.2}: 27 points. */
    private static final CoefficientGrid SMALL = CoefficientGrid.parse("a=1:1.4:0.2,b=1:1.2:0.1,g=1:1.2:0.1");

    @Test
    void smallGridCountsAsByHand() {
        // Products within 2 ± 0.1, worked out by hand:
        //   α = 1:   1.2²·1.2² = 2.0736
        //   α = 1.2: 1.2·1.1²·1.2² = 1.2·1.2²·1.1² = 2.09088
        //   α = 1.4: 1.4·1.2² = 2.016 (twice: β or γ = 1.2), 1.4·1.1²·1.1² = 2.04974
        SearchSpace s = SearchSpace.enumerate(SIMPLE, RoundingPolicy.EFFICIENTNET, SMALL, CoefficientConstraint.DEFAULT);
        assertEquals(27, s.gridPoints());
        assertEquals(6, s.candidates().size());
        List<CompoundCoefficients> expected = List.of(new CompoundCoefficients(1, 1.2, 1.2),
                new CompoundCoefficients(1.2, 1.1, 1.2), new CompoundCoefficients(1.2, 1.2, 1.1),
                new CompoundCoefficients(1.4, 1, 1.2), new CompoundCoefficients(1.4, 1.1, 1.1),
                new CompoundCoefficients(1.4, 1.2, 1));
        assertEquals(expected, s.candidates().stream().map(Candidate::coefficients).toList());
        assertEquals(2.0736, s.candidates().get(0).product(), 1e-12);
        assertEquals(2.04974, s.candidates().get(4).product(), 1e-5);
    }

    @Test
    void triplesThatRoundToOneNetworkAreTrainedOnce() {
        // On simple-cnn-28 (one block per stage, 28 px): (1.2, 1.1, 1.2) and (1.4, 1.1, 1.1) both give two blocks
        // per stage, widths 16/32/72 (64·1.1 = 70.4 rounds to 72, 32·1.1 = 35.2 to 32) and 32 px
        // (28·1.2 = 33.6 and 28·1.1 = 30.8 both round to 32). The other four are distinct.
        SearchSpace s = SearchSpace.enumerate(SIMPLE, RoundingPolicy.EFFICIENTNET, SMALL, CoefficientConstraint.DEFAULT);
        assertEquals(5, s.networks().size());
        assertEquals(1, s.duplicates());
        Candidate a = s.candidates().get(1);
        Candidate b = s.candidates().get(4);
        assertEquals(a.network(), b.network());
        CandidateNetwork shared = s.network(a.network());
        assertEquals(2, shared.coefficients().size());
        // 2.04974 is closer to 2 than 2.09088: (1.4, 1.1, 1.1) stands for the network.
        assertEquals(new CompoundCoefficients(1.4, 1.1, 1.1), shared.representative());
        assertTrue(b.representative());
        assertTrue(a.duplicate());
        assertEquals(32, shared.spec().input().resolution());
        assertEquals(List.of(2, 2), shared.spec().stages().stream().map(st -> st.repeats()).toList());
        assertEquals(List.of(32, 72), shared.spec().stages().stream().map(st -> st.outChannels()).toList());
    }

    @Test
    void everyNetworkIsItsTriplesScaledAtPhiOneWithItsCost() {
        SearchSpace s = SearchSpace.enumerate(Presets.get("mini-effnet"), RoundingPolicy.EFFICIENTNET,
                CoefficientGrid.DEFAULT, CoefficientConstraint.DEFAULT);
        assertFalse(s.isEmpty());
        for (Candidate c : s.candidates()) {
            assertTrue(Math.abs(c.product() - 2) <= 0.1 + 1e-9, c.toString());
            CandidateNetwork n = s.network(c.network());
            assertEquals(Scaler.scale(s.baseline(), c.coefficients().at(1), RoundingPolicy.EFFICIENTNET), n.spec());
        }
        for (CandidateNetwork n : s.networks()) {
            assertEquals(CostModel.of(n.spec()).macs(), n.macs());
            assertEquals(n.macs() / (double) s.baselineCost().macs(), n.macsMultiplier(), 1e-12);
            assertEquals(1, s.candidates().stream().filter(c -> c.network() == n.index() && c.representative()).count());
        }
        long distinct = s.networks().stream().map(CandidateNetwork::spec).distinct().count();
        assertEquals(s.networks().size(), distinct);
    }

    @Test
    void toleranceZeroKeepsOnlyExactProducts() {
        // 2 = 2·1·1 and 2 = 1·(√2)²·1 are on no 0.1 grid except α = 2: one candidate.
        SearchSpace s = SearchSpace.enumerate(SIMPLE, RoundingPolicy.EFFICIENTNET, CoefficientGrid.DEFAULT,
                new CoefficientConstraint(2, 0));
        assertEquals(List.of(new CompoundCoefficients(2, 1, 1)),
                s.candidates().stream().map(Candidate::coefficients).toList());
    }

    @Test
    void gridParsingNamesTheBadPart() {
        CoefficientGrid g = CoefficientGrid.parse("a=1:1.2:0.1, γ=1.15");
        assertEquals(List.of(1.0, 1.1, 1.2), g.alpha().values());
        assertEquals(CoefficientGrid.DEFAULT.beta(), g.beta());
        assertEquals(List.of(1.15), g.gamma().values());
        assertEquals(g, CoefficientGrid.parse(g.format()));
        assertMessage("b: min 0.9 is below 1", () -> CoefficientGrid.parse("b=0.9:1.2:0.1"));
        assertMessage("unknown coefficient 'd'", () -> CoefficientGrid.parse("d=1:2:0.1"));
        assertMessage("g: 'x' contains something that is not a number", () -> CoefficientGrid.parse("g=x"));
        assertMessage("a: max 1 is below min 1.2", () -> CoefficientGrid.parse("a=1.2:1:0.1"));
        assertMessage("a is given twice", () -> CoefficientGrid.parse("a=1,a=2"));
        assertMessage("step 0 must be positive", () -> new GridAxis(1, 2, 0));
    }

    @Test
    void axisValuesAvoidFloatNoiseAndIncludeTheEnd() {
        assertEquals(List.of(1.0, 1.1, 1.2, 1.3, 1.4), new GridAxis(1, 1.4, 0.1).values());
        assertEquals(List.of(1.0, 1.25), new GridAxis(1, 1.4, 0.25).values());
        assertEquals(11, CoefficientGrid.DEFAULT.alpha().size());
        assertEquals(275, CoefficientGrid.DEFAULT.points());
    }

    @Test
    void constraintValidatesItsNumbers() {
        assertThrows(IllegalArgumentException.class, () -> new CoefficientConstraint(0.5, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new CoefficientConstraint(2, -0.1));
        assertTrue(new CoefficientConstraint(2, 0.1).accepts(1.9));
        assertFalse(new CoefficientConstraint(2, 0.1).accepts(1.89));
    }

    static void assertMessage(String fragment, org.junit.jupiter.api.function.Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(fragment), ex.getMessage());
    }
}
