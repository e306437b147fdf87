package org.scalelab.domain.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.preset.Presets;

class CostLimitsTest {
    private static final NetworkCost SIMPLE = CostModel.of(Presets.get("simple-cnn")); // 56,778 params, 590,848 MACs

    @Test
    void eachBrokenLimitIsNamedWithBothNumbers() {
        long memory = SIMPLE.trainingMemory(64).totalBytes();
        CostLimits limits = new CostLimits(500_000, 50_000, memory - 1, 64);
        assertEquals(List.of("MACs 590.8 k > 500.0 k", "params 56.8 k > 50.0 k",
                "training memory " + CostLimits.bytes(memory) + " > " + CostLimits.bytes(memory - 1) + " at batch 64"),
                limits.broken(SIMPLE));
    }

    @Test
    void aNetworkAtTheLimitFitsAndNoLimitAllowsAll() {
        assertTrue(new CostLimits(SIMPLE.macs(), SIMPLE.params(), SIMPLE.trainingMemory(64).totalBytes(), 64)
                .allows(SIMPLE));
        assertTrue(CostLimits.NONE.allows(SIMPLE));
        assertTrue(CostLimits.NONE.isNone());
        assertEquals("", CostLimits.NONE.describe());
    }

    @Test
    void memoryGrowsWithTheBatch() {
        long at64 = SIMPLE.trainingMemory(64).totalBytes();
        CostLimits limits = new CostLimits(0, 0, at64, 128);
        assertTrue(!limits.allows(SIMPLE), "twice the batch, more activations to keep");
        assertEquals("training memory ≤ " + CostLimits.bytes(at64) + " at batch 128", limits.describe());
    }

    @Test
    void negativeLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CostLimits(-1, 0, 0, 64));
        assertThrows(IllegalArgumentException.class, () -> new CostLimits(0, 0, 0, 0));
    }
}
