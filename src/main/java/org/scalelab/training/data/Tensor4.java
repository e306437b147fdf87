package org.scalelab.training.data;

/**
 * A float32 batch of images in NCHW order, the layout DL4J's convolution layers take: element (i, k, y, x)
 * sits at {@code ((i * c + k) * h + y) * w + x}. The array is shared, not copied; like every record holding an
 * array, equality is identity of the array.
 */
public record Tensor4(float[] data, int n, int c, int h, int w) {

    public Tensor4 {
        if (n < 0 || c < 1 || h < 1 || w < 1 || data.length != (long) n * c * h * w) {
            throw new IllegalArgumentException("a " + n + "×" + c + "×" + h + "×" + w + " tensor needs "
                    + (long) n * c * h * w + " floats, not " + data.length);
        }
    }

    public float get(int image, int channel, int y, int x) {
        return data[((image * c + channel) * h + y) * w + x];
    }
}
