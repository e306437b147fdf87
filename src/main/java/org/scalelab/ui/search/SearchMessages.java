package org.scalelab.ui.search;

import java.util.Locale;
import org.scalelab.domain.search.CandidateNetwork;
import org.scalelab.domain.search.CandidateOutcome;
import org.scalelab.domain.search.HalvingPlan;
import org.scalelab.domain.search.Objective;
import org.scalelab.domain.search.Rung;
import org.scalelab.domain.search.SearchResult;
import org.scalelab.domain.search.SearchSpace;
import org.scalelab.format.Numbers;
import org.scalelab.format.SearchText;
import org.scalelab.training.Recipe;
import org.scalelab.training.search.ScoreSource;

/**
 * The search window's sentences: what the form will do, where a search stands, how each network ended. Phrases that
 * the CLI's {@code search} prints too come from {@link SearchText}, so both read the same.
 */
final class SearchMessages {
    private SearchMessages() {
    }

    /** How many grid points meet the constraint and how many distinct networks they round to. */
    static String candidates(SearchSpace space) {
        String constraint = SearchText.constraint(space);
        if (space.isEmpty()) {
            return String.format(Locale.ROOT, "None of the %,d grid points meets %s: widen the grid or the tolerance.",
                    space.gridPoints(), constraint);
        }
        int triples = space.candidates().size();
        String head = String.format(Locale.ROOT, "%,d of %,d grid points meet %s: ", triples, space.gridPoints(), constraint);
        if (space.duplicates() == 0) {
            return head + Numbers.plural(triples, "candidate", "candidates") + ", each a distinct network.";
        }
        return head + SearchText.rounding(space) + ".";
    }

    /** The plan's totals: runs, epochs, compared with training every network fully, and in baseline epochs. */
    static String plan(SearchPreview p) {
        if (p.space().isEmpty()) {
            return "";
        }
        int n = p.space().networks().size();
        String seeds = p.settings().seeds() > 1 ? String.format(Locale.ROOT, ", the finalists' %d extra seeds included",
                p.settings().seeds() - 1) : "";
        String halving = p.plan().rungs().size() == 1 ? "every network trains fully"
                : String.format(Locale.ROOT, "training all %d fully would take %,d", n, p.fullEpochs());
        return String.format(Locale.ROOT, "In all: %s, %s%s (%s) ≈ %.0f baseline epochs of compute by MACs.",
                Numbers.plural(p.plannedRuns(), "run", "runs"), Numbers.plural(p.plannedEpochs(), "epoch", "epochs"),
                seeds, halving, p.baselineEpochs());
    }

    /** What ranks the networks and on which accuracy. */
    static String objective(Objective o, ScoreSource source, SearchSpace space) {
        String on = source == ScoreSource.VALIDATION ? "validation accuracy (images held out of the training split)"
                : "test accuracy";
        if (o.kind() == Objective.Kind.ACCURACY) {
            return "Ranking by " + on + ".";
        }
        return String.format(Locale.ROOT, "Ranking by ACC·(MACs/T)^w on the %s, w = %s, T = %s MACs (%s × the baseline's).",
                source.id() + " accuracy", Numbers.coefficient(o.weight()), Numbers.grouped(o.targetMacs()),
                String.format(Locale.ROOT, "%.3g", o.targetMacs() / (double) space.baselineCost().macs()));
    }

    /** What the search starts from: baseline, rounding, dataset, recipe. */
    static String context(Recipe r, String dataset, SearchSpace space) {
        String size = r.trainSize() == 0 ? "all training images" : Numbers.grouped(r.trainSize()) + " training images";
        return String.format(Locale.ROOT, "%s (%s params, %s MACs) · %s rounding · %s · batch %d, %s, lr %s, %s, seed %d, "
                        + "%s, %.0f%% held out for validation · each rung trains from scratch with its own epochs",
                space.baseline().name(), Numbers.count(space.baselineCost().params()),
                Numbers.count(space.baselineCost().macs()), space.policy().name(), dataset, r.batchSize(),
                r.optimizer().name(), SearchField.num(r.learningRate()), r.schedule().name(), r.seed(), size,
                100 * r.validationFraction());
    }

    /** The status of a form ready to run. */
    static String ready(SearchPreview p) {
        return p.space().isEmpty() ? "No candidate: nothing to train." : "Ready: " + Numbers.plural(p.plannedRuns(),
                "run", "runs") + " of " + Numbers.plural(p.plannedEpochs(), "epoch", "epochs")
                + " (runs already in the database are not trained again).";
    }

    /** What follows a rung in the plan's table. */
    static String next(Rung r, int seeds) {
        return r.last() ? (seeds > 1 && r.candidates() > 0 ? "finalists: more seeds" : "ranked: the best wins")
                : "best " + r.promoted() + " go on";
    }

    /** A run of the search, as the activity line names it. */
    static String label(CandidateNetwork n, int epochs, int replicate) {
        return String.format(Locale.ROOT, "network %d (%s), %s%s", n.index() + 1, SearchText.triple(n.representative()),
                Numbers.plural(epochs, "epoch", "epochs"), replicate > 0 ? ", seed +" + replicate : "");
    }

    /** Where a network's path through the search ended. */
    static String stopped(CandidateOutcome o, HalvingPlan plan, boolean cancelled) {
        if (o.failure() != null && !"cancelled".equals(o.failure())) {
            return "failed in rung " + (o.stoppedAtRung() + 1) + ": " + o.failure();
        }
        if (o.stoppedAtRung() < 0) {
            return "not trained (cancelled)";
        }
        if (cancelled) {
            int reached = o.rungs().stream().filter(r -> Double.isFinite(r.accuracy())).mapToInt(r -> r.rung())
                    .max().orElse(-1);
            return reached < 0 ? "not trained (cancelled)" : "trained up to rung " + (reached + 1) + " (cancelled)";
        }
        if (o.stoppedAtRung() == plan.last().index()) {
            return plan.rungs().size() == 1 ? "trained fully" : "finalist";
        }
        Rung r = plan.rungs().get(o.stoppedAtRung());
        return "stopped after rung " + (r.index() + 1) + " (" + Numbers.plural(r.epochs(), "epoch", "epochs") + ")";
    }

    /** The winner: its triple, accuracy, score and cost. */
    static String winner(CandidateOutcome o, SearchResult r, ScoreSource score) {
        return String.format(Locale.ROOT, "Winner: %s · %s %s accuracy after %s%s · %s params, %s MACs "
                        + "(×%.2f the baseline's)", SearchText.triple(o.coefficients()),
                Numbers.accuracy(o.accuracy()), score.id(),
                Numbers.plural(r.plan().schedule().maxEpochs(), "epoch", "epochs"),
                r.objective().kind() == Objective.Kind.MNAS ? " · score " + Numbers.fraction(o.score()) : "",
                Numbers.count(o.network().params()), Numbers.count(o.network().macs()),
                o.network().macsMultiplier());
    }

    /** Runs, runs answered from the database and failures of an ended search. */
    static String summary(SearchResult r, int failures, String firstFailure) {
        return Numbers.plural(r.runs(), "run", "runs") + (r.cachedRuns() > 0
                ? ", " + r.cachedRuns() + " answered from the database" : "") + (failures > 0
                ? ", " + Numbers.plural(failures, "failure", "failures") + " (first: " + firstFailure + ")" : "");
    }
}
