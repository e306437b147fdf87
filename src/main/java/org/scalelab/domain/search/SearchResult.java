package org.scalelab.domain.search;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a coefficient search: every distinct network's path, ranked, and the winner.
 *
 * <p>Ranking: networks that reached a later rung rank above those stopped earlier (successive halving's own
 * order); within a rung by score (the mean over seeds for repeated finalists), ties to the cheaper network, then
 * the lower index; networks without a result come last.
 *
 * @param seeds       seeds per finalist (1: no repeats)
 * @param ranking     one outcome per network, best first
 * @param cancelled   whether the search stopped before its end; the ranking then covers the rungs completed
 * @param runs        runs the search asked for (every rung and seed)
 * @param cachedRuns  of those, runs found already trained in the database
 * @param seconds     wall time of the search
 */
public record SearchResult(SearchSpace space, HalvingPlan plan, Objective objective, int seeds,
                           List<CandidateOutcome> ranking, boolean cancelled, int runs, int cachedRuns, double seconds) {

    public SearchResult {
        ranking = List.copyOf(ranking);
    }

    /** The best finalist, unless the search was cancelled or no finalist has a result. */
    public Optional<CandidateOutcome> winner() {
        if (cancelled || ranking.isEmpty() || plan.rungs().isEmpty()) {
            return Optional.empty();
        }
        CandidateOutcome best = ranking.get(0);
        boolean finished = best.stoppedAtRung() == plan.last().index() && Double.isFinite(best.score());
        return finished ? Optional.of(best) : Optional.empty();
    }

    public CandidateOutcome outcome(int network) {
        return ranking.stream().filter(o -> o.network().index() == network).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no network " + network));
    }
}
