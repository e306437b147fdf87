package org.scalelab.training.service;

import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunResult;

/** What the experiment service tells its listeners, as plain values. Delivered on the service's threads. */
public sealed interface RunEvent {

    String runId();

    /** Accepted into the queue (or re-queued to resume after an interruption). */
    record Queued(String runId, RunRecord record) implements RunEvent {
    }

    record Started(String runId, boolean resuming) implements RunEvent {
    }

    /** After every iteration. */
    record Progress(String runId, int epoch, int epochs, int iteration, int iterationsPerEpoch, double loss)
            implements RunEvent {
    }

    record EpochDone(String runId, EpochMetrics metrics) implements RunEvent {
    }

    /** Trained now, or {@code cached}: found already done in the store. */
    record Finished(String runId, RunResult result, boolean cached) implements RunEvent {
    }

    record Failed(String runId, String reason) implements RunEvent {
    }

    record Cancelled(String runId) implements RunEvent {
    }
}
