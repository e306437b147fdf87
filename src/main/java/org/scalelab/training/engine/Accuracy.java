package org.scalelab.training.engine;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Top-1 accuracy of a network on samples, in inference mode. */
final class Accuracy {
    private static final int BATCH = 256;

    private Accuracy() {
    }

    /** Over the first {@code limit} samples (all of them when limit ≥ count); NaN for none. */
    static double of(ComputationGraph net, Samples s, int limit) {
        int n = Math.min(limit, s.count());
        if (n == 0) {
            return Double.NaN;
        }
        int[] order = Batches.identity(n);
        long correct = 0;
        for (int from = 0; from < n; from += BATCH) {
            int to = Math.min(n, from + BATCH);
            INDArray out = net.output(false, Batches.images(s, order, from, to))[0];
            INDArray predicted = out.argMax(1);
            for (int i = from; i < to; i++) {
                if (predicted.getInt(i - from) == s.labels()[i]) {
                    correct++;
                }
            }
        }
        return correct / (double) n;
    }
}
