package org.scalelab.training.store;

import org.scalelab.training.RunStatus;

/**
 * Which runs {@link ExperimentStore#runs} lists; a null component matches every run.
 * {@code RunFilter.all().inExperiment(id).withStatus(RunStatus.DONE)} reads as it filters.
 */
public record RunFilter(Long experimentId, RunStatus status, String baseline) {

    public static RunFilter all() {
        return new RunFilter(null, null, null);
    }

    public RunFilter inExperiment(long id) {
        return new RunFilter(id, status, baseline);
    }

    public RunFilter withStatus(RunStatus s) {
        return new RunFilter(experimentId, s, baseline);
    }

    public RunFilter ofBaseline(String name) {
        return new RunFilter(experimentId, status, name);
    }
}
