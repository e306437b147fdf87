package org.scalelab.domain.search;

import java.util.List;

/**
 * The rungs successive halving will run for a number of candidates, and what they cost in epochs: visible
 * (and adjustable through the {@link HalvingSchedule}) before anything trains.
 */
public record HalvingPlan(HalvingSchedule schedule, int candidates, List<Rung> rungs) {

    public HalvingPlan {
        rungs = List.copyOf(rungs);
    }

    /** Epochs trained in all rungs together (every rung retrains from scratch). */
    public long totalEpochs() {
        return rungs.stream().mapToLong(Rung::epochCost).sum();
    }

    /** Epochs to train every candidate for the full budget instead. */
    public long fullEpochs() {
        return (long) candidates * schedule.maxEpochs();
    }

    /** Runs in all rungs together. */
    public int runs() {
        return rungs.stream().mapToInt(Rung::candidates).sum();
    }

    /** Candidates trained in the last rung, with the full budget. */
    public int finalists() {
        return rungs.isEmpty() ? 0 : rungs.get(rungs.size() - 1).candidates();
    }

    /** Runs planned when each finalist also trains {@code seeds − 1} more seeds (assuming no run fails). */
    public int runs(int seeds) {
        return runs() + finalists() * (seeds - 1);
    }

    /** Epochs planned when each finalist also trains {@code seeds − 1} more seeds for the full budget. */
    public long totalEpochs(int seeds) {
        return totalEpochs() + (long) finalists() * (seeds - 1) * schedule.maxEpochs();
    }

    public Rung last() {
        return rungs.get(rungs.size() - 1);
    }
}
