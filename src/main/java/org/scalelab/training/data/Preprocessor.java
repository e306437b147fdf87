package org.scalelab.training.data;

import java.util.stream.IntStream;

/**
 * Turns 8-bit images into the float32 NCHW input of a network: maps the channels the network wants (grey
 * copied to every channel, or RGB to grey by the BT.601 luma 0.299 R + 0.587 G + 0.114 B), scales to [0, 1],
 * resizes bilinearly exactly as PyTorch's {@code F.interpolate(x, size, mode="bilinear", align_corners=False,
 * antialias=True)} does (pixel centres aligned, and antialiased when shrinking; see {@code BilinearResize}), and
 * standardises each channel with
 * the training set's {@link ChannelStats}: {@code (x - mean) / std}.
 *
 * <p>The statistics are those of the training images after the channel mapping, at their own resolution:
 * resizing hardly moves them and that keeps {@link #fit} cheap. A channel that is constant in the training set
 * gets a standard deviation of 1, so it is only centred.
 */
public final class Preprocessor {
    /** Images per parallel task: big enough to amortise the task, small enough to spread over the cores. */
    private static final int BLOCK = 256;
    /** A byte's value scaled to [0, 1], looked up rather than divided. */
    private static final float[] UNIT = new float[256];

    static {
        for (int v = 0; v < 256; v++) {
            UNIT[v] = v / 255f;
        }
    }

    private final int channels;
    private final int height;
    private final int width;
    private final ChannelStats stats;

    /** A preprocessor with statistics known from before, e.g. stored with a trained model. */
    public Preprocessor(int channels, int height, int width, ChannelStats stats) {
        if (channels < 1 || height < 1 || width < 1 || stats.channels() != channels) {
            throw new IllegalArgumentException("target " + channels + "×" + height + "×" + width + " with " + stats);
        }
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.stats = stats;
    }

    /** A preprocessor to {@code channels × height × width} standardised by the statistics of {@code train}. */
    public static Preprocessor fit(ImageSet train, int channels, int height, int width) {
        return new Preprocessor(channels, height, width, statistics(train, channels));
    }

    /** Per-channel mean and population standard deviation of a set's [0, 1] pixels, mapped to {@code channels}. */
    public static ChannelStats statistics(ImageSet set, int channels) {
        if (set.size() == 0) {
            throw new IllegalArgumentException("no images to compute statistics from");
        }
        ChannelMapping mapping = new ChannelMapping(set, channels);
        int plane = set.height() * set.width();
        float[] scratch = new float[plane];
        double[] sum = new double[channels];
        double[] sumOfSquares = new double[channels];
        for (int i = 0; i < set.size(); i++) {
            for (int c = 0; c < channels; c++) {
                mapping.fill(i, c, scratch);
                double planeSum = 0;
                double planeSumOfSquares = 0;
                for (int p = 0; p < plane; p++) {
                    double v = scratch[p];
                    planeSum += v;
                    planeSumOfSquares += v * v;
                }
                sum[c] += planeSum;
                sumOfSquares[c] += planeSumOfSquares;
            }
        }
        float[] mean = new float[channels];
        float[] std = new float[channels];
        double count = (double) set.size() * plane;
        for (int c = 0; c < channels; c++) {
            double m = sum[c] / count;
            double variance = Math.max(0.0, sumOfSquares[c] / count - m * m);
            mean[c] = (float) m;
            std[c] = variance > 1e-12 ? (float) Math.sqrt(variance) : 1f;
        }
        return new ChannelStats(mean, std);
    }

    public ChannelStats stats() {
        return stats;
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

    /** All images of a set. */
    public Tensor4 apply(ImageSet set) {
        return apply(set, 0, set.size());
    }

    /**
     * Images {@code from} (inclusive) to {@code to} (exclusive): one mini-batch, when the whole set is too big.
     * Blocks of images are processed in parallel; every value is computed the same way whatever the threads.
     */
    public Tensor4 apply(ImageSet set, int from, int to) {
        if (from < 0 || to > set.size() || from > to) {
            throw new IndexOutOfBoundsException("images " + from + " to " + to + " of " + set.size());
        }
        long length = (long) (to - from) * channels * height * width;
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(length + " floats do not fit one array; preprocess in smaller batches");
        }
        ChannelMapping mapping = new ChannelMapping(set, channels);
        float[] out = new float[(int) length];
        int blocks = (to - from + BLOCK - 1) / BLOCK;
        IntStream.range(0, blocks).parallel().forEach(block -> {
            int first = from + block * BLOCK;
            applyToBlock(set, mapping, first, Math.min(first + BLOCK, to), out, (first - from) * channels * height * width);
        });
        return new Tensor4(out, to - from, channels, height, width);
    }

    private void applyToBlock(ImageSet set, ChannelMapping mapping, int from, int to, float[] out, int offset) {
        BilinearResize resize = new BilinearResize(set.height(), set.width(), height, width);
        float[] mean = stats.mean();
        float[] std = stats.std();
        float[] scratch = new float[set.height() * set.width()];
        int plane = height * width;
        for (int i = from; i < to; i++) {
            for (int c = 0; c < channels; c++, offset += plane) {
                mapping.fill(i, c, scratch);
                resize.resize(scratch, 0, out, offset);
                float shift = mean[c];
                float scale = 1f / std[c];
                for (int p = offset; p < offset + plane; p++) {
                    out[p] = (out[p] - shift) * scale;
                }
            }
        }
    }

    /** Labels as one-hot rows: {@code size × classCount} floats, row-major. */
    public static float[] oneHot(ImageSet set) {
        int classes = set.classCount();
        float[] rows = new float[set.size() * classes];
        for (int i = 0; i < set.size(); i++) {
            rows[i * classes + set.label(i)] = 1f;
        }
        return rows;
    }

    /** Reads one target channel of one image as [0, 1] floats at the source resolution. */
    private static final class ChannelMapping {
        private final byte[] pixels;
        private final int sourceChannels;
        private final int plane;
        private final boolean toLuma;

        ChannelMapping(ImageSet set, int targetChannels) {
            boolean supported = set.channels() == targetChannels || set.channels() == 1
                    || set.channels() == 3 && targetChannels == 1;
            if (!supported) {
                throw new IllegalArgumentException("cannot map " + set.channels() + " channels to " + targetChannels
                        + "; supported: the same count, grey to any, RGB to grey");
            }
            this.pixels = set.pixelData();
            this.sourceChannels = set.channels();
            this.plane = set.height() * set.width();
            this.toLuma = sourceChannels == 3 && targetChannels == 1;
        }

        void fill(int image, int targetChannel, float[] target) {
            int start = image * sourceChannels * plane;
            if (toLuma) {
                for (int p = 0; p < plane; p++) {
                    target[p] = Luma.of(UNIT[pixels[start + p] & 0xFF], UNIT[pixels[start + plane + p] & 0xFF],
                            UNIT[pixels[start + 2 * plane + p] & 0xFF]);
                }
                return;
            }
            int from = sourceChannels == 1 ? start : start + targetChannel * plane;
            for (int p = 0; p < plane; p++) {
                target[p] = UNIT[pixels[from + p] & 0xFF];
            }
        }
    }
}
