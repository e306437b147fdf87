package org.scalelab.ui.search;

import org.scalelab.domain.search.CoefficientConstraint;
import org.scalelab.domain.search.CoefficientGrid;
import org.scalelab.domain.search.HalvingSchedule;
import org.scalelab.domain.search.Objective;

/**
 * The search window's text inputs, each with the label its errors carry and the text it starts with (the domain's
 * defaults: the default grid, target 2 ± 0.1, budget 1, 3, 9 epochs, w = −0.07, one seed).
 */
public enum SearchField {
    ALPHA_MIN(SearchGroup.ALPHA, "α min", num(CoefficientGrid.DEFAULT.alpha().min())),
    ALPHA_MAX(SearchGroup.ALPHA, "α max", num(CoefficientGrid.DEFAULT.alpha().max())),
    ALPHA_STEP(SearchGroup.ALPHA, "α step", num(CoefficientGrid.DEFAULT.alpha().step())),
    BETA_MIN(SearchGroup.BETA, "β min", num(CoefficientGrid.DEFAULT.beta().min())),
    BETA_MAX(SearchGroup.BETA, "β max", num(CoefficientGrid.DEFAULT.beta().max())),
    BETA_STEP(SearchGroup.BETA, "β step", num(CoefficientGrid.DEFAULT.beta().step())),
    GAMMA_MIN(SearchGroup.GAMMA, "γ min", num(CoefficientGrid.DEFAULT.gamma().min())),
    GAMMA_MAX(SearchGroup.GAMMA, "γ max", num(CoefficientGrid.DEFAULT.gamma().max())),
    GAMMA_STEP(SearchGroup.GAMMA, "γ step", num(CoefficientGrid.DEFAULT.gamma().step())),
    TARGET(SearchGroup.CONSTRAINT, "target", num(CoefficientConstraint.DEFAULT_TARGET)),
    TOLERANCE(SearchGroup.CONSTRAINT, "tolerance", num(CoefficientConstraint.DEFAULT_TOLERANCE)),
    MIN_EPOCHS(SearchGroup.SCHEDULE, "min epochs", Integer.toString(HalvingSchedule.DEFAULT.minEpochs())),
    ETA(SearchGroup.SCHEDULE, "η", num(HalvingSchedule.DEFAULT.eta())),
    MAX_EPOCHS(SearchGroup.SCHEDULE, "max epochs", Integer.toString(HalvingSchedule.DEFAULT.maxEpochs())),
    MNAS_WEIGHT(SearchGroup.RANKING, "w", num(Objective.MNAS_WEIGHT)),
    /** Empty: the domain's default T, the baseline's MACs times the target. */
    MNAS_TARGET(SearchGroup.RANKING, "T", ""),
    SEEDS(SearchGroup.SEEDS, "seeds", "1");

    private final SearchGroup group;
    private final String label;
    private final String defaultText;

    SearchField(SearchGroup group, String label, String defaultText) {
        this.group = group;
        this.label = label;
        this.defaultText = defaultText;
    }

    public SearchGroup group() {
        return group;
    }

    public String label() {
        return label;
    }

    public String defaultText() {
        return defaultText;
    }

    /** A double as typed by a person: 1, 0.1, -0.07 (no exponent, no trailing zeros). */
    static String num(double v) {
        String s = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
