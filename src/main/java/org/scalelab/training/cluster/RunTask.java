package org.scalelab.training.cluster;

import java.io.Serializable;
import java.util.List;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRequest;

/**
 * One run sent to an executor, in a form Java serialisation carries: the request as JSON and, for a run interrupted
 * after some epochs, those epochs and the checkpoint to resume from.
 *
 * @param checkpoint the checkpoint after the last of {@code earlier}; null to train from the start
 */
public record RunTask(String runId, String requestJson, double[][] earlier, byte[] checkpoint) implements Serializable {

    public static RunTask of(RunRequest request, List<EpochMetrics> earlier, byte[] checkpoint) {
        boolean resume = checkpoint != null && !earlier.isEmpty();
        return new RunTask(request.key(), RunRequestJson.write(request), EpochArrays.of(resume ? earlier : List.of()),
                resume ? checkpoint : null);
    }

    /** The request; throws {@link IllegalArgumentException} if it does not decode to the run it was sent as. */
    public RunRequest request() {
        RunRequest r = RunRequestJson.read(requestJson);
        if (!r.key().equals(runId)) {
            throw new IllegalArgumentException("run " + runId + " arrived as run " + r.key()
                    + ": the driver and the executor run different versions of ScaleLab");
        }
        return r;
    }

    public List<EpochMetrics> earlierEpochs() {
        return EpochArrays.read(earlier);
    }
}
