package org.scalelab.training.engine;

import java.nio.file.Path;
import java.util.List;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRequest;

/**
 * One run to train.
 *
 * @param checkpoint where the latest epoch's network is kept; if it exists and {@code earlier} is not empty,
 *                   training resumes after the epochs in {@code earlier}
 * @param earlier    epochs already completed in an interrupted attempt
 */
public record TrainingJob(RunRequest request, TrainingData data, Path checkpoint, List<EpochMetrics> earlier) {

    public TrainingJob {
        earlier = List.copyOf(earlier);
    }

    public String runId() {
        return request.key();
    }
}
