package org.scalelab.training.engine;

import java.util.SplittableRandom;

/** A small, learnable image task: the class is the position of a bright 4×4 patch on noise. */
final class SyntheticData {
    static final int SIZE = 12;
    static final int CLASSES = 4;

    private SyntheticData() {
    }

    static Samples samples(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] pixels = new float[count * SIZE * SIZE];
        int[] labels = new int[count];
        for (int n = 0; n < count; n++) {
            int label = n % CLASSES;
            labels[n] = label;
            int top = label / 2 * 6 + 1;
            int left = label % 2 * 6 + 1;
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    boolean patch = y >= top && y < top + 4 && x >= left && x < left + 4;
                    pixels[n * SIZE * SIZE + y * SIZE + x] = (float) (rnd.nextGaussian() * 0.5 + (patch ? 2 : 0));
                }
            }
        }
        return new Samples(pixels, labels, count, 1, SIZE, CLASSES);
    }

    static TrainingData data() {
        return new TrainingData(samples(256, 1), samples(64, 2), samples(128, 3));
    }
}
