package org.scalelab.training.cluster;

import java.io.Serializable;
import java.util.List;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunResult;

/**
 * What a task hands back: for a trained run every epoch's metrics (the earlier ones of a resumed run included), the
 * result and the final checkpoint; otherwise why not.
 *
 * @param worker     the host and executor that ran the task, e.g. {@code 10.0.0.7 (executor 3)}
 * @param reason     why it failed, or what is wrong with the data there; null when trained
 * @param result     test accuracy, train seconds, images/s, latency ms; null unless trained
 * @param device     what trained it, stored with the run
 * @param checkpoint the network after the last epoch (DL4J's model zip); null unless trained
 */
public record RunTaskResult(String runId, Kind kind, String worker, String reason, double[][] epochs, double[] result,
                            String device, byte[] checkpoint) implements Serializable {

    public enum Kind {
        TRAINED,
        /** The run itself failed (diverged, out of memory, a bug): stored as failed. */
        FAILED,
        /** Stopped because the job was cancelled; nothing to store. */
        CANCELLED,
        /** The dataset cannot be read on that worker: the cluster cannot train this sweep, whatever the run. */
        DATA_UNREADABLE
    }

    static RunTaskResult trained(String runId, String worker, List<EpochMetrics> epochs, RunResult r, byte[] checkpoint) {
        return new RunTaskResult(runId, Kind.TRAINED, worker, null, EpochArrays.of(epochs),
                new double[] {r.testAccuracy(), r.trainSeconds(), r.imagesPerSecond(), r.latencyMillis()}, r.device(),
                checkpoint);
    }

    static RunTaskResult ended(String runId, Kind kind, String worker, String reason) {
        return new RunTaskResult(runId, kind, worker, reason, new double[0][], null, null, null);
    }

    public List<EpochMetrics> epochMetrics() {
        return EpochArrays.read(epochs);
    }

    public RunResult runResult() {
        return result == null ? null : new RunResult(result[0], result[1], result[2], result[3], device);
    }
}
