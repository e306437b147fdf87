package org.scalelab.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Expected values are PyTorch's {@code F.interpolate(x, size, mode="bilinear", align_corners=False)}, by hand. */
class BilinearResizeTest {
    private static float[] resize(float[] source, int sourceHeight, int sourceWidth, int height, int width) {
        float[] target = new float[height * width];
        new BilinearResize(sourceHeight, sourceWidth, height, width).resize(source, 0, target, 0);
        return target;
    }

    @Test
    void upsamplesTwoByTwoToFourByFourWithPixelCentresAligned() {
        // Output x samples the source at (x + 0.5) / 2 - 0.5 = -0.25 (clamped to 0), 0.25, 0.75, 1.25 (upper edge).
        float[] expected = {
            1.00f, 1.25f, 1.75f, 2.00f,
            1.50f, 1.75f, 2.25f, 2.50f,
            2.50f, 2.75f, 3.25f, 3.50f,
            3.00f, 3.25f, 3.75f, 4.00f,
        };
        assertArrayEquals(expected, resize(new float[] {1, 2, 3, 4}, 2, 2, 4, 4), 1e-6f);
    }

    @Test
    void halvingAveragesEachTwoByTwoBlock() {
        float[] source = new float[16];
        for (int p = 0; p < 16; p++) {
            source[p] = p;
        }
        assertArrayEquals(new float[] {2.5f, 4.5f, 10.5f, 12.5f}, resize(source, 4, 4, 2, 2), 1e-6f);
    }

    @Test
    void aNonIntegerRatioSamplesBetweenNeighbours() {
        // 3 → 5 columns: sample positions 0 (clamped from -0.2), 0.4, 1.0, 1.6, 2.2 (upper edge).
        assertArrayEquals(new float[] {0, 4, 10, 16, 20}, resize(new float[] {0, 10, 20}, 1, 3, 1, 5), 1e-5f);
    }

    @Test
    void theSameSizeGivesBackTheInputExactly() {
        float[] source = {0.1f, 0.7f, 0.3f, 0.9f, 0.25f, 1f};
        assertArrayEquals(source, resize(source, 2, 3, 2, 3), 0f);
    }

    @Test
    void readsAndWritesAtOffsets() {
        float[] source = {9, 9, 1, 2, 3, 4};
        float[] target = new float[6];
        new BilinearResize(2, 2, 1, 1).resize(source, 2, target, 5);
        assertArrayEquals(new float[] {0, 0, 0, 0, 0, 2.5f}, target, 1e-6f);
    }
}
