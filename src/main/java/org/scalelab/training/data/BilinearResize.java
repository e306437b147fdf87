package org.scalelab.training.data;

/**
 * Bilinear resizing of one channel plane, exactly as PyTorch's
 * {@code F.interpolate(x, size=(h, w), mode="bilinear", align_corners=False, antialias=True)} (and PIL's
 * {@code Image.resize(..., BILINEAR)}).
 *
 * <p>Along an axis that grows or keeps its size, output pixel {@code d} samples the source at
 * {@code s = (d + 0.5) * in / out - 0.5} (pixel centres line up), clamped below at 0, from the neighbours
 * {@code floor(s)} and {@code min(floor(s) + 1, in - 1)}: plain bilinear interpolation, which is what
 * antialiasing reduces to there. Along an axis that shrinks by {@code scale = in / out > 1} the triangle
 * filter is stretched by {@code scale}, so that every source pixel within {@code scale} of the output pixel's
 * centre {@code (d + 0.5) * scale} contributes {@code 1 - |distance| / scale}, the weights normalised to sum
 * to 1 (at the borders too): each output pixel averages the area it covers instead of sampling two pixels and
 * skipping the rest, which would alias fine detail into the smaller image. The same size gives back the input.
 *
 * <p>The weights are computed once per geometry, and the two axes are resized one after the other (first along
 * rows into a buffer, then between rows). An instance keeps that buffer, so it serves one thread.
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
        this.rows = Axis.of(sourceHeight, targetHeight);
        this.columns = Axis.of(sourceWidth, targetWidth);
        this.resizedRows = new float[sourceHeight * targetWidth];
    }

    /** Resizes the plane at {@code source[sourceOffset…]} into {@code target[targetOffset…]}. */
    void resize(float[] source, int sourceOffset, float[] target, int targetOffset) {
        if (sourceHeight == targetHeight && sourceWidth == targetWidth) {
            System.arraycopy(source, sourceOffset, target, targetOffset, sourceHeight * sourceWidth);
            return;
        }
        for (int y = 0; y < sourceHeight; y++) {
            columns.resample(source, sourceOffset + y * sourceWidth, 1, resizedRows, y * targetWidth, 1);
        }
        for (int x = 0; x < targetWidth; x++) {
            rows.resample(resizedRows, x, targetWidth, target, targetOffset + x, targetWidth);
        }
    }

    /**
     * Per output coordinate along one axis: the first source pixel, how many follow, and their weights. Two taps
     * (interpolating between neighbours) when the axis grows, about {@code 2 · scale} when it shrinks.
     */
    private static final class Axis {
        final int[] first;
        final int[] count;
        final float[] weights;
        final int stride;

        private Axis(int out, int taps) {
            first = new int[out];
            count = new int[out];
            weights = new float[out * taps];
            stride = taps;
        }

        static Axis of(int in, int out) {
            return in > out ? shrinking(in, out) : growing(in, out);
        }

        /** Plain bilinear: the two neighbours of {@code s}, the upper weighted by its fractional part. */
        private static Axis growing(int in, int out) {
            Axis axis = new Axis(out, 2);
            double scale = (double) in / out;
            for (int d = 0; d < out; d++) {
                double s = Math.max(0.0, (d + 0.5) * scale - 0.5); // below in - 0.5, so floor(s) is in range
                int floor = (int) s;
                float upper = (float) (s - floor);
                axis.first[d] = floor;
                axis.count[d] = floor + 1 < in ? 2 : 1;
                axis.weights[2 * d] = axis.count[d] == 2 ? 1f - upper : 1f;
                axis.weights[2 * d + 1] = axis.count[d] == 2 ? upper : 0f;
            }
            return axis;
        }

        /** The triangle filter stretched by the scale, as PIL's and PyTorch's antialiased bilinear. */
        private static Axis shrinking(int in, int out) {
            double scale = (double) in / out;
            int taps = (int) Math.ceil(scale) * 2 + 1;
            Axis axis = new Axis(out, taps);
            for (int d = 0; d < out; d++) {
                double centre = (d + 0.5) * scale;
                int from = Math.max(0, (int) (centre - scale + 0.5));
                int to = Math.min(in, (int) (centre + scale + 0.5));
                double[] w = new double[to - from];
                double sum = 0;
                for (int j = from; j < to; j++) {
                    w[j - from] = Math.max(0.0, 1.0 - Math.abs(j + 0.5 - centre) / scale);
                    sum += w[j - from];
                }
                axis.first[d] = from;
                axis.count[d] = to - from;
                for (int k = 0; k < w.length; k++) {
                    axis.weights[d * taps + k] = (float) (w[k] / sum);
                }
            }
            return axis;
        }

        /**
         * Resamples one line: source pixels {@code source[from + i·step]}, output pixels {@code target[to + d·outStep]}.
         * Two taps use {@code a + (b − a)·w}, the same arithmetic as before antialiasing, so growing gives
         * bit-identical results.
         */
        void resample(float[] source, int from, int step, float[] target, int to, int outStep) {
            for (int d = 0; d < first.length; d++) {
                int at = from + first[d] * step;
                int w = d * stride;
                float value;
                if (stride == 2) {
                    float a = source[at];
                    value = count[d] == 2 ? a + (source[at + step] - a) * weights[w + 1] : a;
                } else {
                    value = 0f;
                    for (int k = 0; k < count[d]; k++) {
                        value += source[at + k * step] * weights[w + k];
                    }
                }
                target[to + d * outStep] = value;
            }
        }
    }
}
