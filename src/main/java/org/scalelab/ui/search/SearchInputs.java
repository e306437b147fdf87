package org.scalelab.ui.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scalelab.domain.search.CoefficientConstraint;
import org.scalelab.domain.search.CoefficientGrid;
import org.scalelab.domain.search.GridAxis;
import org.scalelab.domain.search.HalvingSchedule;
import org.scalelab.domain.search.Objective;
import org.scalelab.domain.search.SearchSettings;
import org.scalelab.training.Recipe;
import org.scalelab.training.search.ScoreSource;

/**
 * The search form as typed, and its check: either every value parsed into the domain's objects, or a reason for
 * each field that is wrong. Nothing is applied from a form with a problem: {@link Checked#valid()} is all or
 * nothing. Pure: no JavaFX.
 *
 * @param texts      every {@link SearchField}'s text
 * @param trainFully no halving: every candidate trains max epochs in one rung (min epochs and η are then ignored)
 * @param ranking    accuracy or the MnasNet objective
 * @param selectOn   which accuracy selects: validation (held out of the training split) or test
 */
public record SearchInputs(Map<SearchField, String> texts, boolean trainFully, Objective.Kind ranking,
                           ScoreSource selectOn) {

    public SearchInputs {
        texts = Collections.unmodifiableMap(new EnumMap<>(texts));
        for (SearchField f : SearchField.values()) {
            if (!texts.containsKey(f)) {
                throw new IllegalArgumentException("no text for " + f);
            }
        }
    }

    /** The domain's defaults. */
    public static SearchInputs defaults() {
        Map<SearchField, String> t = new EnumMap<>(SearchField.class);
        for (SearchField f : SearchField.values()) {
            t.put(f, f.defaultText());
        }
        return new SearchInputs(t, false, Objective.Kind.ACCURACY, ScoreSource.VALIDATION);
    }

    public String text(SearchField f) {
        return texts.get(f);
    }

    /**
     * The form's values, checked as the domain checks them (α, β, γ ≥ 1, a grid of at most a million points,
     * target in [1, 64], η &gt; 1, w in [−1, 0], seeds 1..20, …), and against the recipe (selecting on validation
     * accuracy needs validation images).
     */
    public Checked check(Recipe recipe) {
        Problems p = new Problems();
        GridAxis alpha = axis(p, SearchGroup.ALPHA, "α", SearchField.ALPHA_MIN, SearchField.ALPHA_MAX, SearchField.ALPHA_STEP);
        GridAxis beta = axis(p, SearchGroup.BETA, "β", SearchField.BETA_MIN, SearchField.BETA_MAX, SearchField.BETA_STEP);
        GridAxis gamma = axis(p, SearchGroup.GAMMA, "γ", SearchField.GAMMA_MIN, SearchField.GAMMA_MAX, SearchField.GAMMA_STEP);
        CoefficientGrid grid = null;
        if (alpha != null && beta != null && gamma != null) {
            try {
                grid = new CoefficientGrid(alpha, beta, gamma);
            } catch (IllegalArgumentException e) {
                p.group(SearchGroup.GRID, "grid: " + e.getMessage());
            }
        }

        Double target = number(p, SearchField.TARGET);
        Double tolerance = number(p, SearchField.TOLERANCE);
        CoefficientConstraint constraint = null;
        if (target != null && tolerance != null) {
            try {
                constraint = new CoefficientConstraint(target, tolerance);
            } catch (IllegalArgumentException e) {
                p.field(e.getMessage().startsWith("target") ? SearchField.TARGET : SearchField.TOLERANCE, e.getMessage());
            }
        }

        HalvingSchedule schedule = schedule(p);

        Double weight = null;
        Long mnasTarget = null;
        if (ranking == Objective.Kind.MNAS) {
            weight = number(p, SearchField.MNAS_WEIGHT);
            if (weight != null) {
                try {
                    Objective.mnas(1, weight);
                } catch (IllegalArgumentException e) {
                    p.field(SearchField.MNAS_WEIGHT, e.getMessage());
                }
            }
            String t = text(SearchField.MNAS_TARGET).trim();
            if (!t.isEmpty()) {
                Double macs = number(p, SearchField.MNAS_TARGET);
                if (macs != null) {
                    if (macs < 1 || macs != Math.rint(macs) || macs > Long.MAX_VALUE / 2.0) {
                        p.field(SearchField.MNAS_TARGET, "T " + t + " must be a whole number of MACs, at least 1 "
                                + "(leave it empty for the baseline's MACs × the target)");
                    } else {
                        mnasTarget = (long) (double) macs;
                    }
                }
            }
        }
        if (selectOn == ScoreSource.VALIDATION && recipe != null && recipe.validationFraction() <= 0) {
            p.group(SearchGroup.RANKING, "the recipe holds out no validation images; select on the test accuracy");
        }

        Integer seeds = whole(p, SearchField.SEEDS);
        if (seeds != null && (seeds < 1 || seeds > SearchSettings.MAX_SEEDS)) {
            p.field(SearchField.SEEDS, "seeds " + seeds + " must lie in 1.." + SearchSettings.MAX_SEEDS);
            seeds = null;
        }

        return new Checked(p.fields, p.groups(), grid, constraint, schedule, ranking,
                weight == null ? Objective.MNAS_WEIGHT : weight, mnasTarget, selectOn, seeds == null ? 1 : seeds);
    }

    private GridAxis axis(Problems p, SearchGroup group, String name, SearchField minField, SearchField maxField,
                          SearchField stepField) {
        Double min = number(p, minField);
        Double max = number(p, maxField);
        Double step = number(p, stepField);
        if (min == null || max == null || step == null) {
            return null;
        }
        try {
            return new GridAxis(min, max, step);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            SearchField f = m.startsWith("min") ? minField : m.startsWith("max") ? maxField : stepField;
            p.field(f, name + ": " + m);
            return null;
        }
    }

    private HalvingSchedule schedule(Problems p) {
        Integer max = whole(p, SearchField.MAX_EPOCHS);
        if (trainFully) {
            if (max == null) {
                return null;
            }
            try {
                return HalvingSchedule.full(max);
            } catch (IllegalArgumentException e) {
                p.field(SearchField.MAX_EPOCHS, e.getMessage());
                return null;
            }
        }
        Integer min = whole(p, SearchField.MIN_EPOCHS);
        Double eta = number(p, SearchField.ETA);
        if (min == null || eta == null || max == null) {
            return null;
        }
        try {
            return new HalvingSchedule(min, eta, max);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            SearchField f = m.startsWith("min") ? SearchField.MIN_EPOCHS : m.startsWith("max") ? SearchField.MAX_EPOCHS
                    : SearchField.ETA;
            p.field(f, m);
            return null;
        }
    }

    private Double number(Problems p, SearchField f) {
        String t = text(f) == null ? "" : text(f).trim();
        if (t.isEmpty()) {
            p.field(f, f.label() + ": empty; type a number");
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v) && t.chars().allMatch(c -> "0123456789.-+eE".indexOf(c) >= 0)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        p.field(f, f.label() + ": '" + t + "' is not a number");
        return null;
    }

    private Integer whole(Problems p, SearchField f) {
        Double v = number(p, f);
        if (v == null) {
            return null;
        }
        if (v != Math.rint(v) || Math.abs(v) > 1_000_000) {
            p.field(f, f.label() + ": '" + text(f).trim() + "' is not a whole number");
            return null;
        }
        return (int) (double) v;
    }

    /** Problems found so far: at most one per field (the first), and group-wide ones. */
    private static final class Problems {
        final Map<SearchField, String> fields = new EnumMap<>(SearchField.class);
        final Map<SearchGroup, List<String>> extra = new EnumMap<>(SearchGroup.class);

        void field(SearchField f, String message) {
            fields.putIfAbsent(f, message);
        }

        void group(SearchGroup g, String message) {
            extra.computeIfAbsent(g, k -> new ArrayList<>()).add(message);
        }

        Map<SearchGroup, String> groups() {
            Map<SearchGroup, Set<String>> byGroup = new EnumMap<>(SearchGroup.class);
            for (SearchField f : SearchField.values()) {
                if (fields.containsKey(f)) {
                    byGroup.computeIfAbsent(f.group(), k -> new LinkedHashSet<>()).add(fields.get(f));
                }
            }
            extra.forEach((g, list) -> byGroup.computeIfAbsent(g, k -> new LinkedHashSet<>()).addAll(list));
            Map<SearchGroup, String> out = new EnumMap<>(SearchGroup.class);
            byGroup.forEach((g, set) -> out.put(g, String.join("; ", set)));
            return out;
        }
    }

    /**
     * The outcome of a check. When {@link #valid()}, every value is set; otherwise the values that parsed are set
     * and the others are null, and nothing must be applied.
     *
     * @param fieldErrors the reason for each field that is wrong
     * @param groupErrors the form's problems by group (field reasons and group-wide ones), for display in place
     * @param mnasTarget  T in MACs, or null for the default (the baseline's MACs × the target)
     */
    public record Checked(Map<SearchField, String> fieldErrors, Map<SearchGroup, String> groupErrors,
                          CoefficientGrid grid, CoefficientConstraint constraint, HalvingSchedule schedule,
                          Objective.Kind ranking, double mnasWeight, Long mnasTarget, ScoreSource selectOn, int seeds) {

        public Checked {
            fieldErrors = Collections.unmodifiableMap(new EnumMap<>(fieldErrors.isEmpty()
                    ? new EnumMap<SearchField, String>(SearchField.class) : fieldErrors));
            groupErrors = Collections.unmodifiableMap(new EnumMap<>(groupErrors.isEmpty()
                    ? new EnumMap<SearchGroup, String>(SearchGroup.class) : groupErrors));
        }

        public boolean valid() {
            return groupErrors.isEmpty() && grid != null && constraint != null && schedule != null;
        }

        /** The ranking for a baseline of these MACs (T defaults to the baseline's MACs × the target). */
        public Objective objective(long baselineMacs) {
            if (ranking == Objective.Kind.ACCURACY) {
                return Objective.accuracy();
            }
            long t = mnasTarget != null ? mnasTarget : Objective.defaultTarget(baselineMacs, constraint.target());
            return Objective.mnas(t, mnasWeight);
        }
    }
}
