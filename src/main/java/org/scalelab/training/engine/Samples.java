package org.scalelab.training.engine;

/**
 * Images ready for a network: float32 NCHW pixels (already resized and normalised) and class labels.
 * Kept on the Java heap; mini-batches are copied out of it, so shuffling costs no native memory.
 */
public record Samples(float[] pixels, int[] labels, int count, int channels, int size, int classes) {

    public Samples {
        if (pixels.length != (long) count * channels * size * size) {
            throw new IllegalArgumentException("pixels hold " + pixels.length + " values, expected " + count + "×"
                    + channels + "×" + size + "×" + size);
        }
        if (labels.length != count) {
            throw new IllegalArgumentException(labels.length + " labels for " + count + " images");
        }
        for (int label : labels) {
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label " + label + " outside 0.." + (classes - 1));
            }
        }
    }

    public int imageLength() {
        return channels * size * size;
    }
}
