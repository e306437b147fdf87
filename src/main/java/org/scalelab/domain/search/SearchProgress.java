package org.scalelab.domain.search;

/**
 * How far a search is, in runs and in epochs (planned counts assume no run fails).
 */
public record SearchProgress(int runsDone, int runsPlanned, long epochsDone, long epochsPlanned) {

    /** Done over planned, by epochs: the share of the training work behind us (runs differ in cost). */
    public double fraction() {
        return epochsPlanned == 0 ? 1 : Math.min(1, epochsDone / (double) epochsPlanned);
    }
}
