package org.scalelab.domain.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed statistics, Student's t and Spearman's ρ on numbers worked out by hand or from tables. */
class StatsTest {

    @Test
    void seedStatsOfThreeRuns() {
        SeedStats s = SeedStats.of(0.80, 0.82, 0.84);
        assertEquals(3, s.n());
        assertEquals(0.82, s.mean(), 1e-15);
        assertEquals(0.02, s.std(), 1e-15); // √((0.02² + 0 + 0.02²)/2)
        assertEquals(0.02 / Math.sqrt(3), s.standardError(), 1e-15);
        assertEquals(0.80, s.min());
        assertEquals(0.84, s.max());
        assertTrue(s.hasSpread());
        assertEquals(s, SeedStats.of(List.of(0.80, 0.82, 0.84)));
    }

    @Test
    void oneSeedHasNoSpread() {
        SeedStats s = SeedStats.of(0.9);
        assertEquals(0.9, s.mean());
        assertTrue(Double.isNaN(s.std()));
        assertTrue(Double.isNaN(s.standardError()));
        assertFalse(s.hasSpread());
        assertThrows(IllegalArgumentException.class, () -> SeedStats.of());
        assertThrows(IllegalArgumentException.class, () -> SeedStats.of(0.5, Double.NaN));
    }

    @Test
    void studentQuantilesMatchTheTables() {
        // Two-sided 95% (the 0.975 quantile) from any t table.
        assertEquals(12.7062, StudentT.quantile(0.95, 1), 1e-4);
        assertEquals(4.3027, StudentT.quantile(0.95, 2), 1e-4);
        assertEquals(3.1824, StudentT.quantile(0.95, 3), 1e-4);
        assertEquals(2.5706, StudentT.quantile(0.95, 5), 1e-4);
        assertEquals(2.2281, StudentT.quantile(0.95, 10), 1e-4);
        assertEquals(2.0423, StudentT.quantile(0.95, 30), 1e-4);
        assertEquals(1.9600, StudentT.quantile(0.95, 100_000), 1e-3);
        assertEquals(63.6567, StudentT.quantile(0.99, 1), 1e-3);
        assertEquals(0.5, StudentT.twoSided(1, 1), 1e-15); // atan(1)·2/π
        assertEquals(1 / Math.sqrt(3), StudentT.twoSided(1, 2), 1e-15); // t/√(2 + t²)
    }

    @Test
    void spearmanOnKnownRankings() {
        assertEquals(1, RankCorrelation.spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 35, 90}), 1e-15);
        assertEquals(-1, RankCorrelation.spearman(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1}), 1e-15);
        // No ties: ρ = 1 − 6Σd²/(n(n²−1)); ranks (1,2,3,4,5) vs (2,1,4,3,5): Σd² = 4, ρ = 1 − 24/120 = 0.8.
        assertEquals(0.8, RankCorrelation.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {2, 1, 4, 3, 5}), 1e-12);
        // Ties share the mean rank: (1, 2.5, 2.5, 4).
        assertEquals(List.of(1.0, 2.5, 2.5, 4.0),
                java.util.Arrays.stream(RankCorrelation.ranks(new double[] {0.1, 0.5, 0.5, 0.9})).boxed().toList());
        // NaN pairs are left out; fewer than two pairs give NaN.
        assertEquals(1, RankCorrelation.spearman(new double[] {1, Double.NaN, 3}, new double[] {1, 5, 2}), 1e-15);
        assertTrue(Double.isNaN(RankCorrelation.spearman(new double[] {1}, new double[] {2})));
    }
}
