package org.scalelab.domain.frontier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Areas of hand-made fronts, cost in decades, reference (1e8 MACs, 0.70). */
class HypervolumeTest {
    private static double area(CostPoint... points) {
        return Hypervolume.of(List.of(points), 1e8, 0.70);
    }

    @Test
    void oneRectanglePerStepOfTheFront() {
        // (1e6, 0.80): 2 decades × 0.10; (1e7, 0.90): 1 decade × the next 0.10. The dominated (1e7, 0.85) adds nothing.
        assertEquals(0.3, area(new CostPoint("a", 1e6, 0.80), new CostPoint("b", 1e7, 0.90),
                new CostPoint("c", 1e7, 0.85)), 1e-12);
    }

    @Test
    void aCheaperOrBetterFrontHasMoreArea() {
        assertEquals(0.3, area(new CostPoint("a", 1e6, 0.85)), 1e-12);
        assertEquals(0.45, area(new CostPoint("a", 1e5, 0.85)), 1e-12);
        assertEquals(0.4, area(new CostPoint("a", 1e6, 0.90)), 1e-12);
    }

    @Test
    void pointsBeyondTheReferenceCountForNothing() {
        assertEquals(0.0, area(new CostPoint("costly", 2e8, 0.95), new CostPoint("weak", 1e6, 0.65)), 1e-12);
        assertEquals(0.0, area(), 1e-12);
    }

    @Test
    void aBadReferenceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Hypervolume.of(List.of(), 0, 0.5));
    }
}
