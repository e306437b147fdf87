package org.scalelab.domain.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NativeResolutionTest {

    @Test
    void aFixedSizeIsItsShorterSide() {
        NativeResolution n = NativeResolution.fixed(28, 32);
        assertEquals(new NativeResolution(28, 28), n);
        assertTrue(n.isFixed());
        assertEquals("28 px", n.describe());
    }

    @Test
    void onlyInputsLargerThanTheMedianAreUpsampled() {
        NativeResolution n = NativeResolution.fixed(28, 28);
        assertFalse(n.upsamples(16));
        assertFalse(n.upsamples(28));
        assertTrue(n.upsamples(32));
    }

    @Test
    void mixedSizesGiveTheSmallestAndTheLowerMedian() {
        NativeResolution n = NativeResolution.of(new int[] {375, 180, 500, 333});
        assertEquals(180, n.smallest());
        assertEquals(333, n.median()); // sorted 180, 333, 375, 500: the lower of the middle two
        assertEquals("median 333 px (smallest 180 px)", n.describe());
        assertFalse(n.upsamples(300));
        assertTrue(n.upsamples(336));
    }

    @Test
    void storingSmallerCapsBoth() {
        assertEquals(new NativeResolution(180, 224), NativeResolution.of(new int[] {180, 375, 500}).capped(224));
        assertEquals(new NativeResolution(64, 64), NativeResolution.of(new int[] {180, 375}).capped(64));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NativeResolution(0, 5));
        assertThrows(IllegalArgumentException.class, () -> new NativeResolution(10, 5));
        assertThrows(IllegalArgumentException.class, () -> NativeResolution.of(new int[0]));
    }
}
