package org.scalelab.domain.search;

import java.util.List;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.stats.SeedStats;

/**
 * One network's path through a search.
 *
 * @param network       the network and the triples that give it
 * @param rungs         its result in each rung it trained in, first rung first
 * @param stoppedAtRung the last rung it trained in (the plan's last rung for finalists); -1 if it never trained
 *                      (a cancelled search)
 * @param accuracy      selection accuracy over the seeds of its last rung ({@link SeedStats#n()} = 1 unless the
 *                      finalists were repeated); null if it has none
 * @param testAccuracy  the same for test accuracy; null if it has none
 * @param score         the objective of the mean accuracy in its last rung; NaN if it has none
 * @param rank          1 for the winner
 * @param failure       why its last run failed, or null
 */
public record CandidateOutcome(CandidateNetwork network, List<RungScore> rungs, int stoppedAtRung, SeedStats accuracy,
                               SeedStats testAccuracy, double score, int rank, String failure) {

    public CandidateOutcome {
        rungs = List.copyOf(rungs);
    }

    public CompoundCoefficients coefficients() {
        return network.representative();
    }

    /** Its score in a rung, NaN if it did not train there. */
    public double scoreAt(int rung) {
        return rungs.stream().filter(r -> r.rung() == rung).mapToDouble(RungScore::score).findFirst().orElse(Double.NaN);
    }

    /** Its selection accuracy in a rung (first seed), NaN if it did not train there. */
    public double accuracyAt(int rung) {
        return rungs.stream().filter(r -> r.rung() == rung).mapToDouble(RungScore::accuracy).findFirst().orElse(Double.NaN);
    }
}
