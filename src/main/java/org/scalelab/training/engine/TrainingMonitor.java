package org.scalelab.training.engine;

import java.nio.file.Path;
import org.scalelab.training.EpochMetrics;

/**
 * What a training run reports while it runs, as plain values (no UI types), and how it is told to stop.
 * Called on the training thread.
 */
public interface TrainingMonitor {

    /** Polled before every iteration: cancellation takes effect within one iteration. */
    boolean cancelled();

    /** After every iteration; cheap implementations only. */
    default void onIteration(int epoch, int iteration, int iterationsPerEpoch, double loss) {
    }

    /** After each epoch, once its checkpoint is written: persist it here. */
    default void onEpoch(EpochMetrics metrics, Path checkpoint) {
    }

    TrainingMonitor NONE = () -> false;
}
