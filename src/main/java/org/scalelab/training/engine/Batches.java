package org.scalelab.training.engine;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Copies mini-batches out of {@link Samples} into ND4J arrays: images NCHW, labels one-hot. */
final class Batches {
    private Batches() {
    }

    static INDArray images(Samples s, int[] order, int from, int to) {
        int len = s.imageLength();
        float[] buf = new float[(to - from) * len];
        for (int i = from; i < to; i++) {
            System.arraycopy(s.pixels(), order[i] * len, buf, (i - from) * len, len);
        }
        return Nd4j.create(buf, new long[] {to - from, s.channels(), s.size(), s.size()}, 'c');
    }

    static INDArray oneHot(Samples s, int[] order, int from, int to) {
        float[] buf = new float[(to - from) * s.classes()];
        for (int i = from; i < to; i++) {
            buf[(i - from) * s.classes() + s.labels()[order[i]]] = 1f;
        }
        return Nd4j.create(buf, new long[] {to - from, s.classes()}, 'c');
    }

    static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Fisher–Yates with a seeded generator: the same seed and epoch give the same order. */
    static int[] shuffled(int n, long seed) {
        int[] order = identity(n);
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
