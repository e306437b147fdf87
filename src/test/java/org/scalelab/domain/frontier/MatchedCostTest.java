package org.scalelab.domain.frontier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.stats.SeedStats;

/** Interpolation at a cost and Welch's intervals, against numbers worked out by hand. */
class MatchedCostTest {
    private static final SeedStats A = SeedStats.of(0.80, 0.82, 0.84); // mean 0.82, s 0.02
    private static final SeedStats B = SeedStats.of(0.78, 0.79, 0.80); // mean 0.79, s 0.01
    private static final SeedStats C = SeedStats.of(0.86, 0.87, 0.88); // mean 0.87, s 0.01

    @Test
    void welchDifferenceOfTwoThreeSeedMeans() {
        // se = √(0.02²/3 + 0.01²/3) = 0.0129099; ν = (5e-4/3)² / ((4e-4/3)²/2 + (1e-4/3)²/2) = 2.94 → 2; t = 4.3027.
        Estimate d = Estimate.difference(A, B);
        assertEquals(0.03, d.value(), 1e-12);
        assertEquals(0.0129099, d.standardError(), 1e-6);
        assertEquals(2, d.dof());
        assertEquals(0.03 - 4.3027 * 0.0129099, d.low(), 1e-4);
        assertEquals(0.03 + 4.3027 * 0.0129099, d.high(), 1e-4);
        assertFalse(d.aboveZero()); // three seeds a point and a half apart are not enough
    }

    @Test
    void halfwayInLogCostIsTheAverageWithAQuarterOfEachVariance() {
        // t = log 2 / log 4 = 0.5: 0.5·0.82 + 0.5·0.87 = 0.845; var = 0.25·(4e-4/3) + 0.25·(1e-4/3) = 4.1667e-5,
        // se = 0.0064550; ν = (4.1667e-5)² / ((3.3333e-5)²/2 + (8.3333e-6)²/2) = 2.94 → 2.
        List<MatchedCost.Point> rule = List.of(new MatchedCost.Point(4e6, C), new MatchedCost.Point(1e6, A));
        Estimate e = MatchedCost.at(rule, 2e6).orElseThrow();
        assertEquals(0.845, e.value(), 1e-12);
        assertEquals(0.0064550, e.standardError(), 1e-6);
        assertEquals(2, e.dof());
        assertEquals(0.845 - 4.3027 * 0.0064550, e.low(), 1e-4);
    }

    @Test
    void aMeasuredCostReadsThatPointAndOutsideTheRangeNothing() {
        List<MatchedCost.Point> rule = List.of(new MatchedCost.Point(1e6, A), new MatchedCost.Point(4e6, C));
        Estimate at = MatchedCost.at(rule, 1e6).orElseThrow();
        assertEquals(0.82, at.value(), 1e-12);
        assertEquals(0.02 / Math.sqrt(3), at.standardError(), 1e-12);
        assertTrue(MatchedCost.at(rule, 5e6).isEmpty());
        assertTrue(MatchedCost.at(rule, 0.5e6).isEmpty());
        assertTrue(MatchedCost.at(List.of(), 1e6).isEmpty());
    }

    @Test
    void theGapToCompoundSubtractsTwoReadingsWithTheirIntervals() {
        List<MatchedCost.Point> compound = List.of(new MatchedCost.Point(1e6, A), new MatchedCost.Point(4e6, C));
        List<MatchedCost.Point> width = List.of(new MatchedCost.Point(1e6, B), new MatchedCost.Point(4e6, B));
        Estimate gap = MatchedCost.gap(width, compound, 2e6).orElseThrow();
        // width reads 0.5·0.79 + 0.5·0.79 with var 0.25·(1e-4/3)·2 = 1.6667e-5 (ν = 4); compound 0.845 with var
        // 4.1667e-5 (ν = 2). Gap var 5.8333e-5, se 0.0076376; ν = (5.8333e-5)² / ((1.6667e-5)²/4 + (4.1667e-5)²/2) = 3.63 → 3.
        assertEquals(0.79 - 0.845, gap.value(), 1e-12);
        assertEquals(0.0076376, gap.standardError(), 1e-6);
        assertEquals(3, gap.dof());
        assertEquals(-0.055 + 3.1824 * 0.0076376, gap.high(), 1e-4); // t(0.975, 3) = 3.1824
        assertTrue(gap.belowZero(), gap.toString());
    }

    @Test
    void oneSeedGivesAReadingWithoutAnInterval() {
        List<MatchedCost.Point> rule = List.of(new MatchedCost.Point(1e6, SeedStats.of(0.8)),
                new MatchedCost.Point(2e6, SeedStats.of(0.9)));
        Estimate e = MatchedCost.at(rule, Math.sqrt(2) * 1e6).orElseThrow();
        assertEquals(0.85, e.value(), 1e-12);
        assertFalse(e.hasInterval());
    }
}
