package org.scalelab.training.data;

/**
 * Bilinear resizing of one channel plane, exactly as PyTorch's
 * {@code F.interpolate(x, size=(h, w), mode="bilinear", align_corners=False, antialias=False)}: output pixel
 * {@code d} samples the source at {@code s = (d + 0.5) * in / out - 0.5} (pixel centres line up), clamped below
 * at 0, from the neighbours {@code floor(s)} and {@code min(floor(s) + 1, in - 1)}. Without antialiasing a large
 * reduction skips source pixels, as PyTorch's does. The same size gives back the input unchanged.
 *
 * <p>The sampling positions and weights are computed once per geometry, and the two axes are interpolated one
 * after the other (first along rows into a buffer, then between rows), which gives the same weights as the
 * four-neighbour formula with about half the arithmetic. An instance keeps that buffer, so it serves one thread.
 */
final class BilinearResize {
    private final int sourceHeight;
    private final int sourceWidth;
    private final int targetHeight;
    private final int targetWidth;
    private final Axis rows;
    private final Axis columns;
    private final float[] resizedRows;

    BilinearResize(int sourceHeight, int sourceWidth, int targetHeight, int targetWidth) {
        if (sourceHeight < 1 || sourceWidth < 1 || targetHeight < 1 || targetWidth < 1) {
            throw new IllegalArgumentException("sizes must be positive: " + sourceHeight + "×" + sourceWidth + " → "
                    + targetHeight + "×" + targetWidth);
        }
        this.sourceHeight = sourceHeight;
        this.sourceWidth = sourceWidth;
        this.targetHeight = targetHeight;
        this.targetWidth = targetWidth;
        this.rows = new Axis(sourceHeight, targetHeight);
        this.columns = new Axis(sourceWidth, targetWidth);
        this.resizedRows = new float[sourceHeight * targetWidth];
    }

    /** Resizes the plane at {@code source[sourceOffset…]} into {@code target[targetOffset…]}. */
    void resize(float[] source, int sourceOffset, float[] target, int targetOffset) {
        if (sourceHeight == targetHeight && sourceWidth == targetWidth) {
            System.arraycopy(source, sourceOffset, target, targetOffset, sourceHeight * sourceWidth);
            return;
        }
        int[] x0 = columns.lower;
        int[] x1 = columns.upper;
        float[] wx = columns.weight;
        for (int y = 0; y < sourceHeight; y++) {
            int row = sourceOffset + y * sourceWidth;
            int out = y * targetWidth;
            for (int x = 0; x < targetWidth; x++) {
                float left = source[row + x0[x]];
                resizedRows[out + x] = left + (source[row + x1[x]] - left) * wx[x];
            }
        }
        int out = targetOffset;
        for (int y = 0; y < targetHeight; y++) {
            int top = rows.lower[y] * targetWidth;
            int bottom = rows.upper[y] * targetWidth;
            float wy = rows.weight[y];
            for (int x = 0; x < targetWidth; x++) {
                float upper = resizedRows[top + x];
                target[out++] = upper + (resizedRows[bottom + x] - upper) * wy;
            }
        }
    }

    /** Per output coordinate along one axis: the two source neighbours and the weight of the upper one. */
    private static final class Axis {
        final int[] lower;
        final int[] upper;
        final float[] weight;

        Axis(int in, int out) {
            lower = new int[out];
            upper = new int[out];
            weight = new float[out];
            double scale = (double) in / out;
            for (int d = 0; d < out; d++) {
                double s = Math.max(0.0, (d + 0.5) * scale - 0.5); // below in - 0.5, so floor(s) is in range
                int floor = (int) s;
                lower[d] = floor;
                upper[d] = Math.min(floor + 1, in - 1);
                weight[d] = (float) (s - floor);
            }
        }
    }
}
