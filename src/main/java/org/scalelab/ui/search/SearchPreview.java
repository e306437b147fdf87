package org.scalelab.ui.search;

import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.search.CandidateNetwork;
import org.scalelab.domain.search.CoefficientConstraint;
import org.scalelab.domain.search.CoefficientGrid;
import org.scalelab.domain.search.HalvingPlan;
import org.scalelab.domain.search.Rung;
import org.scalelab.domain.search.SearchSettings;
import org.scalelab.domain.search.SearchSpace;
import org.scalelab.domain.search.SuccessiveHalving;
import org.scalelab.domain.spec.NetworkSpec;

/**
 * What a search would do, known before anything trains: the candidates (every triple under the constraint, the
 * distinct networks they round to, each network's φ = 1 cost), the settings and the halving plan with its cost.
 * Computed off the FX thread (the enumeration scales and costs every accepted triple).
 *
 * @param plannedRuns    runs in all rungs, the finalists' extra seeds included (if no run fails)
 * @param plannedEpochs  epochs in all those runs
 * @param baselineEpochs the same work in epochs of the baseline, weighting each run by its network's MACs over the
 *                       baseline's: exact for the first rung (every network trains), estimated with the mean
 *                       multiplier for later rungs, whose survivors are not known yet
 */
public record SearchPreview(SearchSpace space, SearchSettings settings, HalvingPlan plan, int plannedRuns,
                            long plannedEpochs, double baselineEpochs) {

    /** Epochs to train every network fully, once, instead of halving. */
    public long fullEpochs() {
        return plan.fullEpochs();
    }

    /**
     * Computes previews; remembers the last enumeration so that changing only the schedule, ranking or seeds does
     * not enumerate again. Safe to call from several background threads.
     */
    public static final class Computer {
        private record Key(NetworkSpec baseline, RoundingPolicy policy, CoefficientGrid grid,
                           CoefficientConstraint constraint) {
        }

        private Key lastKey;
        private SearchSpace lastSpace;

        /** @param checked a valid check of the form */
        public SearchPreview compute(NetworkSpec baseline, RoundingPolicy policy, SearchInputs.Checked checked) {
            if (!checked.valid()) {
                throw new IllegalArgumentException("the form has problems: " + checked.groupErrors().values());
            }
            SearchSpace space = space(new Key(baseline, policy, checked.grid(), checked.constraint()));
            SearchSettings settings = new SearchSettings(checked.schedule(), checked.objective(space.baselineCost().macs()),
                    checked.seeds());
            SuccessiveHalving halving = new SuccessiveHalving(space, settings);
            HalvingPlan plan = halving.plan();
            return new SearchPreview(space, settings, plan, halving.plannedRuns(), halving.plannedEpochs(),
                    baselineEpochs(space, plan, checked.seeds()));
        }

        private SearchSpace space(Key key) {
            synchronized (this) {
                if (key.equals(lastKey)) {
                    return lastSpace;
                }
            }
            SearchSpace space = SearchSpace.enumerate(key.baseline(), key.policy(), key.grid(), key.constraint());
            synchronized (this) {
                lastKey = key;
                lastSpace = space;
            }
            return space;
        }
    }

    static double baselineEpochs(SearchSpace space, HalvingPlan plan, int seeds) {
        if (plan.rungs().isEmpty()) {
            return 0;
        }
        double sum = space.networks().stream().mapToDouble(CandidateNetwork::macsMultiplier).sum();
        double mean = sum / space.networks().size();
        double total = 0;
        for (Rung r : plan.rungs()) {
            total += r.index() == 0 ? sum * r.epochs() : mean * r.candidates() * r.epochs();
        }
        total += mean * plan.finalists() * (seeds - 1) * (double) plan.schedule().maxEpochs();
        return total;
    }
}
