package org.scalelab.training;

import java.util.List;

/**
 * A run as stored: its request, status, the epochs completed so far and, once done, its result.
 *
 * @param result null until the run is done
 * @param error  why it failed, was cancelled or interrupted; null otherwise
 */
public record RunRecord(String id, RunRequest request, RunStatus status, List<EpochMetrics> epochs, RunResult result,
                        String error, long createdAtMillis, long updatedAtMillis) {

    public RunRecord {
        epochs = List.copyOf(epochs);
    }

    public int epochsDone() {
        return epochs.size();
    }
}
