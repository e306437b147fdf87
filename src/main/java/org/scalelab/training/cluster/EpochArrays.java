package org.scalelab.training.cluster;

import java.util.ArrayList;
import java.util.List;
import org.scalelab.training.EpochMetrics;

/** Epoch metrics as plain arrays of doubles, for the Java serialisation of tasks and their results. */
final class EpochArrays {
    private EpochArrays() {
    }

    static double[][] of(List<EpochMetrics> epochs) {
        double[][] out = new double[epochs.size()][];
        for (int i = 0; i < out.length; i++) {
            EpochMetrics m = epochs.get(i);
            out[i] = new double[] {m.epoch(), m.loss(), m.trainAccuracy(), m.validationAccuracy(), m.imagesPerSecond(),
                    m.seconds()};
        }
        return out;
    }

    static List<EpochMetrics> read(double[][] rows) {
        List<EpochMetrics> out = new ArrayList<>(rows.length);
        for (double[] r : rows) {
            out.add(new EpochMetrics((int) r[0], r[1], r[2], r[3], r[4], r[5]));
        }
        return out;
    }
}
