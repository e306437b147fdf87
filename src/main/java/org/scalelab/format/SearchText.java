package org.scalelab.format;

import java.util.Locale;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.search.HalvingSchedule;
import org.scalelab.domain.search.Objective;
import org.scalelab.domain.search.SearchSpace;

/** How a coefficient search reads, the same in the CLI's tables and in the search window. */
public final class SearchText {
    private SearchText() {
    }

    /** α=1.2 β=1.1 γ=1.15. */
    public static String triple(CompoundCoefficients c) {
        return "α=" + Numbers.coefficient(c.alpha()) + " β=" + Numbers.coefficient(c.beta()) + " γ=" + Numbers.coefficient(c.gamma());
    }

    /** (1.2, 1.1, 1.15): a triple in a list of triples. */
    public static String tuple(CompoundCoefficients c) {
        return "(" + Numbers.coefficient(c.alpha()) + ", " + Numbers.coefficient(c.beta()) + ", " + Numbers.coefficient(c.gamma()) + ")";
    }

    /** {@code |α·β²·γ² − 2| ≤ 0.1}: the constraint the candidates meet. */
    public static String constraint(SearchSpace s) {
        return "|α·β²·γ² − " + Numbers.coefficient(s.constraint().target()) + "| ≤ " + Numbers.coefficient(s.constraint().tolerance());
    }

    /** 21 candidates round to 11 distinct networks at φ = 1 (10 duplicates, each trained once). */
    public static String rounding(SearchSpace s) {
        return String.format(Locale.ROOT, "%d candidates round to %d distinct networks at φ = 1 (%d duplicates, each "
                + "trained once)", s.candidates().size(), s.networks().size(), s.duplicates());
    }

    /** How the candidates train: successive halving with its budget, or every network fully. */
    public static String schedule(HalvingSchedule s) {
        if (s.isFull()) {
            return String.format(Locale.ROOT, "every network for %d epochs (no halving)", s.maxEpochs());
        }
        return String.format(Locale.ROOT, "successive halving from %d epoch(s), keep 1/η with η = %s, up to %d epochs "
                + "(each rung retrains from scratch)", s.minEpochs(), Numbers.coefficient(s.eta()), s.maxEpochs());
    }

    /** ranking by accuracy, selecting on the validation accuracy. */
    public static String ranking(Objective o, String score) {
        return "ranking by " + o.describe() + ", selecting on the " + score + " accuracy";
    }
}
