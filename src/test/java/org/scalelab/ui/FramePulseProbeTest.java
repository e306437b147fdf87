package org.scalelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The probe's percentiles and stutter count over known gaps (no toolkit needed). */
class FramePulseProbeTest {
    private static final long MS = 1_000_000L;

    @Test
    void percentilesCountEveryGap() {
        FramePulseProbe probe = new FramePulseProbe();
        for (int i = 0; i < 990; i++) {
            probe.record(16 * MS + 500_000);
        }
        for (int i = 0; i < 9; i++) {
            probe.record(40 * MS);
        }
        probe.record(3_500 * MS);

        assertEquals(1000, probe.pulses());
        assertEquals(17, probe.percentileMillis(0.5));
        assertEquals(17, probe.percentileMillis(0.99));
        assertEquals(41, probe.percentileMillis(0.999));
        assertEquals(3500, probe.percentileMillis(1.0), 1e-9);
        assertEquals(3_500 * MS, probe.maxGapNanos());
        assertTrue(probe.report().contains("1 gaps ≥ 100 ms"), probe.report());
    }

    @Test
    void anEmptyProbeReportsZeros() {
        FramePulseProbe probe = new FramePulseProbe();
        assertEquals(0, probe.percentileMillis(0.99));
        assertTrue(probe.report().startsWith("pulse probe: 0 pulses"));
    }
}
