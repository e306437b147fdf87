package org.scalelab.domain.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingSpeedTest {

    @Test
    void aRunIsItsFixedCostPlusTrainedAndTestedImages() {
        TrainingSpeed s = new TrainingSpeed(1e-3, 1e-9, 5, "x");
        // 1e-3 + 1e-9 · 2e6 = 3e-3 s per trained image, a third per tested one.
        assertEquals(5 + 10_000 * 3e-3 + 3_000 * 1e-3, s.runSeconds(2_000_000, 10_000, 3_000), 1e-9);
    }

    @Test
    void theFitRecoversALineThroughTheRunsAndClipsNoiseAtZero() {
        List<double[]> runs = List.of(new double[] {1e6, 2e-3}, new double[] {3e6, 4e-3}, new double[] {5e6, 6e-3});
        TrainingSpeed s = TrainingSpeed.fit(runs, TrainingSpeed.DEFAULT, "fitted");
        assertEquals(1e-3, s.secondsPerImage(), 1e-12);
        assertEquals(1e-9, s.secondsPerImagePerMac(), 1e-18);
        assertEquals("fitted", s.basis());
        // Faster for bigger networks is noise: a flat line through the mean instead.
        TrainingSpeed flat = TrainingSpeed.fit(List.of(new double[] {1e6, 3e-3}, new double[] {2e6, 2e-3},
                new double[] {3e6, 1e-3}), TrainingSpeed.DEFAULT, "fitted");
        assertEquals(0, flat.secondsPerImagePerMac(), 0);
        assertEquals(2e-3, flat.secondsPerImage(), 1e-12);
    }

    @Test
    void tooFewRunsKeepTheFallback() {
        assertSame(TrainingSpeed.DEFAULT, TrainingSpeed.fit(List.of(new double[] {1e6, 1e-3}, new double[] {1e6, 2e-3},
                new double[] {1e6, 3e-3}), TrainingSpeed.DEFAULT, "fitted")); // one cost only: no slope to fit
        assertSame(TrainingSpeed.DEFAULT, TrainingSpeed.fit(List.of(), TrainingSpeed.DEFAULT, "fitted"));
    }
}
