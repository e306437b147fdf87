package org.scalelab.training.data;

import java.util.Arrays;

/**
 * Per-channel mean and standard deviation of pixel values scaled to [0, 1]. Computed once on the training
 * images and then used unchanged for validation and test images, so that no information leaks from them.
 */
public record ChannelStats(float[] mean, float[] std) {

    public ChannelStats {
        if (mean.length == 0 || mean.length != std.length) {
            throw new IllegalArgumentException("one mean and one std per channel: " + Arrays.toString(mean) + ", "
                    + Arrays.toString(std));
        }
        for (float s : std) {
            if (!(s > 0) || Float.isInfinite(s)) {
                throw new IllegalArgumentException("standard deviations must be positive and finite: "
                        + Arrays.toString(std));
            }
        }
        mean = mean.clone();
        std = std.clone();
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] std() {
        return std.clone();
    }

    public int channels() {
        return mean.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChannelStats that && Arrays.equals(mean, that.mean) && Arrays.equals(std, that.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "mean " + Arrays.toString(mean) + ", std " + Arrays.toString(std);
    }
}
