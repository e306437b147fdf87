package org.scalelab.training.data;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * An immutable set of labelled 8-bit images of one shape. Pixels lie in one array, image after image, each
 * image channel-major (CHW): the byte of image {@code i}, channel {@code c}, row {@code y}, column {@code x}
 * sits at {@code ((i * C + c) * H + y) * W + x}, the layout CIFAR-10 stores and NCHW tensors use.
 */
public final class ImageSet {
    private final int channels;
    private final int height;
    private final int width;
    private final byte[] pixels;
    private final int[] labels;
    private final List<String> classNames;

    /**
     * Copies the arrays, so later changes to them do not reach the set.
     *
     * @throws IllegalArgumentException when the arrays disagree with the shape or a label has no class
     */
    public ImageSet(int channels, int height, int width, byte[] pixels, int[] labels, List<String> classNames) {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("image shape " + channels + "×" + height + "×" + width
                    + " must be positive");
        }
        if (classNames.isEmpty() || new HashSet<>(classNames).size() != classNames.size()) {
            throw new IllegalArgumentException("class names must be present and distinct: " + classNames);
        }
        long expected = (long) labels.length * channels * height * width;
        if (pixels.length != expected) {
            throw new IllegalArgumentException(labels.length + " images of " + channels + "×" + height + "×" + width
                    + " need " + expected + " pixel bytes, not " + pixels.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classNames.size()) {
                throw new IllegalArgumentException("label " + labels[i] + " of image " + i + " is out of range for "
                        + classNames.size() + " classes");
            }
        }
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.pixels = pixels.clone();
        this.labels = labels.clone();
        this.classNames = List.copyOf(classNames);
    }

    public int size() {
        return labels.length;
    }

    public int channels() {
        return channels;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** Bytes per image: channels × height × width. */
    public int imageLength() {
        return channels * height * width;
    }

    public int classCount() {
        return classNames.size();
    }

    public List<String> classNames() {
        return classNames;
    }

    public int label(int image) {
        return labels[image];
    }

    public int[] labels() {
        return labels.clone();
    }

    /** One pixel as 0..255. */
    public int pixel(int image, int channel, int y, int x) {
        return pixels[((image * channels + channel) * height + y) * width + x] & 0xFF;
    }

    /** A copy of all pixels in the layout described above. */
    public byte[] pixels() {
        return pixels.clone();
    }

    /** The pixels themselves, for readers, writers and the preprocessor of this package; never modify them. */
    byte[] pixelData() {
        return pixels;
    }

    /** How many images each class has, indexed by label. */
    public int[] classCounts() {
        int[] counts = new int[classNames.size()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** The images at the given indices, in that order; an index may repeat. */
    public ImageSet subset(int[] indices) {
        int length = imageLength();
        byte[] chosenPixels = new byte[indices.length * length];
        int[] chosenLabels = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i < 0 || i >= labels.length) {
                throw new IndexOutOfBoundsException("image " + i + " of " + labels.length);
            }
            System.arraycopy(pixels, i * length, chosenPixels, k * length, length);
            chosenLabels[k] = labels[i];
        }
        return new ImageSet(channels, height, width, chosenPixels, chosenLabels, classNames);
    }

    /** Whether both hold images of the same shape labelled with the same classes. */
    public boolean sameFormatAs(ImageSet other) {
        return channels == other.channels && height == other.height && width == other.width
                && classNames.equals(other.classNames);
    }

    @Override
    public String toString() {
        return size() + " images of " + channels + "×" + height + "×" + width + " in " + classCount() + " classes "
                + Arrays.toString(classCounts());
    }
}
