package org.scalelab.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * Expected values worked out by hand from PyTorch's {@code F.interpolate(x, size, mode="bilinear", align_corners=False,
 * antialias=True)} (PIL's bilinear); the comments give what PyTorch printed for the same inputs.
 */
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
    void halvingAveragesWithTheStretchedTriangleNotJustTwoPixels() {
        // Scale 2: output 0's centre lies at source coordinate 1.0; pixel centres 0.5, 1.5, 2.5 (and the missing -0.5)
        // are 0.5, 0.5, 1.5 away, weights 1 - d/2 = 3/4, 3/4, 1/4, normalised over the pixels that exist: 3/7, 3/7, 1/7.
        // Output 1 (centre 3.0) takes pixels 1, 2, 3 with 1/7, 3/7, 3/7. The row axis does the same to rows 0, 4, 8, 12.
        float[] source = new float[16];
        for (int p = 0; p < 16; p++) {
            source[p] = p;
        }
        float left = (3 * 0 + 3 * 1 + 2) / 7f;
        float right = (1 + 3 * 2 + 3 * 3) / 7f;
        float top = (3 * 0 + 3 * 4 + 8) / 7f;
        float bottom = (4 + 3 * 8 + 3 * 12) / 7f;
        float[] expected = {top + left, top + right, bottom + left, bottom + right}; // 3.5714, 5.1429, 9.8571, 11.4286
        assertArrayEquals(expected, resize(source, 4, 4, 2, 2), 1e-5f);
    }

    @Test
    void aNonIntegerReductionAveragesEveryPixelItCovers() {
        // 7 → 3, scale 7/3: output 0's centre 7/6 takes pixels 0, 1, 2 with 1 - |j + 0.5 - 7/6| / (7/3) = 5/7, 6/7, 3/7
        // (sum 2); output 1's centre 3.5 takes pixels 1..5 with 4/7, 1, 4/7 around pixel 3 and 1/7 at both ends.
        float[] source = {0, 10, 20, 30, 40, 50, 60};
        float first = (5 / 7f * 0 + 6 / 7f * 10 + 3 / 7f * 20) / 2f;
        float middle = (1 / 7f * 10 + 4 / 7f * 20 + 30 + 4 / 7f * 40 + 1 / 7f * 50) / (1 / 7f + 4 / 7f + 1 + 4 / 7f + 1 / 7f);
        float[] result = resize(source, 1, 7, 1, 3);
        assertArrayEquals(new float[] {first, middle, 60 - first}, result, 1e-4f); // PyTorch: 8.5714, 30, 51.4286
    }

    @Test
    void fashionMnistTo14PixelsAveragesFourPixelsPerOutputAlongEachAxis() {
        // 28 → 14 is scale 2: interior output x takes pixels 2x-1, 2x, 2x+1, 2x+2 with 1/8, 3/8, 3/8, 1/8, so a
        // one-pixel line between two outputs is kept at an eighth instead of vanishing or doubling.
        float[] source = new float[28];
        source[9] = 8;
        float[] result = resize(source, 1, 28, 1, 14);
        float[] expected = new float[14];
        expected[4] = 3; // pixel 9 is 2·4 + 1
        expected[5] = 1; // and 2·5 − 1
        assertArrayEquals(expected, result, 1e-5f);
    }

    @Test
    void shrinkingOneAxisAndGrowingTheOtherTreatsEachAxisItsOwnWay() {
        // 2×4 → 4×2: columns shrink (3/7, 3/7, 1/7), rows grow (plain bilinear, as the first test).
        float[] source = {0, 7, 14, 21, 28, 35, 42, 49};
        float[] result = resize(source, 2, 4, 4, 2);
        float topLeft = (3 * 0 + 3 * 7 + 14) / 7f;
        float topRight = (7 + 3 * 14 + 3 * 21) / 7f;
        float bottomLeft = (3 * 28 + 3 * 35 + 42) / 7f;
        float bottomRight = (35 + 3 * 42 + 3 * 49) / 7f;
        // Output rows sample source rows at 0 (clamped), 0.25, 0.75, 1 (upper edge); PyTorch: 5, 16 / 12, 23 / 26, 37 / 33, 44.
        assertArrayEquals(new float[] {topLeft, topRight, topLeft + (bottomLeft - topLeft) * 0.25f,
            topRight + (bottomRight - topRight) * 0.25f},
                java.util.Arrays.copyOf(result, 4), 1e-4f);
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
        assertArrayEquals(new float[] {0, 0, 0, 0, 0, 2.5f}, target, 1e-6f); // 2×2 → 1: all four weigh the same
    }
}
