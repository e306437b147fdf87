package org.scalelab.ui.scaling;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import org.scalelab.domain.scaling.BudgetSolution;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.format.Numbers;
import org.scalelab.training.RunRecord;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * The budget question of the scaling panel, without controls: "MACs budget: [2.0] × baseline". Solving sets the
 * workbench's {@link WorkbenchModel#budgetProperty() budget}; the model solves it in the background with
 * {@link org.scalelab.domain.scaling.BudgetSolver} over the current baseline, coefficients and rounding policy, and
 * the solution joins the grid (so its variants appear on the charts and in the table, hollow until trained). This
 * ViewModel shows the solved φ and each variant's MACs and error against the budget, and its accuracy once trained;
 * "Train these" queues the solution's variants of the shown rules (every seed) through the training panel. FX
 * thread only.
 */
public final class BudgetViewModel {
    /**
     * One line of the budget table.
     *
     * @param parameter the rule's setting, e.g. {@code φ 0.7} or {@code w 1.48}
     * @param error     MACs against the budget, e.g. {@code +2.6 %}
     * @param accuracy  mean ± std over the finished seeds and their number, e.g. {@code 81.0 ± 1.4 (2)}, or "–"
     */
    public record BudgetRow(Variant variant, String rule, String parameter, String params, String macs, String error,
                            String accuracy) {
    }

    private final WorkbenchModel model;
    private final Consumer<Collection<Variant>> queue;
    private final StringProperty multiplierText = new SimpleStringProperty(this, "multiplierText", "2.0");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** How far from the budget a compound network may land and still be said to spend it. */
    static final double CLOSE_ENOUGH = 0.05;
    private final ObservableList<BudgetRow> rows = FXCollections.observableArrayList();
    private final BooleanBinding canTrain;

    /** @param queue trains variants (every seed of each): the training panel's {@code train} */
    public BudgetViewModel(WorkbenchModel model, Consumer<Collection<Variant>> queue) {
        this.model = model;
        this.queue = queue;
        Double asked = model.budgetProperty().get();
        if (asked != null) {
            multiplierText.set(format(asked));
        }
        model.budgetProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(parse(multiplierText.get()))) {
                multiplierText.set(format(now));
            }
            refresh();
        });
        model.budgetSolutionProperty().addListener(o -> refresh());
        model.budgetProblemProperty().addListener(o -> refresh());
        model.rules().addListener((javafx.collections.ListChangeListener<ScalingRule>) c -> refresh());
        model.seedsProperty().addListener(o -> refresh());
        model.recipeProperty().addListener(o -> refresh());
        model.datasetProperty().addListener(o -> refresh());
        model.runs().addListener((MapChangeListener<String, RunRecord>) c -> refresh());
        canTrain = Bindings.createBooleanBinding(() -> !rows.isEmpty(), rows);
        refresh();
    }

    /** Solves the typed budget: it becomes the workbench's, and its solution joins the grid. */
    public void solve() {
        Double m = parse(multiplierText.get());
        if (m == null) {
            error.set("budget: type a positive number, e.g. 2 for twice the baseline's MACs");
            return;
        }
        error.set("");
        message.set("");
        model.budgetProperty().set(m);
    }

    /** Forgets the budget: its variants leave the grid (their runs stay stored). */
    public void clear() {
        error.set("");
        message.set("");
        model.budgetProperty().set(null);
    }

    /** Queues the solution's variants of the shown rules, every seed, for a comparison at equal MACs. */
    public void trainThese() {
        List<Variant> vs = shownVariants();
        if (vs.isEmpty()) {
            return;
        }
        queue.accept(vs);
        int seeds = model.seedsProperty().get();
        message.set(String.format(Locale.ROOT, "queued %d variant%s × %d seed%s", vs.size(),
                vs.size() == 1 ? "" : "s", seeds, seeds == 1 ? "" : "s"));
    }

    /** Selects a budget variant everywhere: its rule at the solved φ (where the grid holds the budget's variants). */
    public void select(BudgetRow row) {
        if (row != null) {
            model.selectedRuleProperty().set(row.variant().rule());
            model.phiProperty().set(row.variant().phi());
        }
    }

    private List<Variant> shownVariants() {
        BudgetSolution s = model.budgetSolutionProperty().get();
        if (s == null || model.budgetProperty().get() == null) {
            return List.of();
        }
        return s.variants().stream().filter(v -> model.rules().contains(v.rule())).toList();
    }

    private void refresh() {
        BudgetSolution s = model.budgetSolutionProperty().get();
        String problem = model.budgetProblemProperty().get();
        if (model.budgetProperty().get() == null) {
            summary.set("");
            rows.clear();
            return;
        }
        if (!problem.isEmpty() || s == null) {
            summary.set(problem.isEmpty() ? "solving…" : "no solution: " + problem);
            rows.clear();
            return;
        }
        summary.set(summary(s));
        rows.setAll(shownVariants().stream().map(v -> row(s, v)).toList());
    }

    /**
     * What the solution means: φ spends the budget when its compound network lands within {@value #CLOSE_ENOUGH} of
     * it; otherwise rounding allows no closer network (one extra block doubles a one-block stage) and the sentence
     * says how far off the closest one is, so it never contradicts the row below it.
     */
    static String summary(BudgetSolution s) {
        String budget = String.format(Locale.ROOT, "%s MACs, %.2f × the baseline's %s", Numbers.count(s.targetMacs()),
                s.multiplier(), Numbers.count(s.baseline().macs()));
        double off = s.error(s.compound());
        if (Math.abs(off) <= CLOSE_ENOUGH) {
            return "φ = " + trim(s.phi()) + " spends the budget: " + budget;
        }
        return String.format(Locale.ROOT, "Budget %s. No compound network comes closer than φ = %s, which is %.1f %% %s "
                + "it (rounding the blocks and channels allows no network in between).", budget, trim(s.phi()),
                100 * Math.abs(off), off > 0 ? "over" : "under");
    }

    private BudgetRow row(BudgetSolution s, Variant v) {
        var m = v.multipliers();
        String parameter = switch (v.rule()) {
            case COMPOUND -> "φ " + trim(v.parameter());
            case WIDTH -> String.format(Locale.ROOT, "w %.2f", m.width());
            case DEPTH -> String.format(Locale.ROOT, "d %.2f", m.depth());
            case RESOLUTION -> String.format(Locale.ROOT, "r %.2f", m.resolution());
            case DWR -> String.format(Locale.ROOT, "d %.2f w %.2f r %.2f", m.depth(), m.width(), m.resolution());
        };
        return new BudgetRow(v, shortName(v.rule()), parameter, Numbers.count(v.cost().params()),
                Numbers.count(v.cost().macs()), String.format(Locale.ROOT, s.reaches(v) ? "%+.1f %%" : "%+.0f %% (out of reach)",
                        100 * s.error(v)),
                VariantRow.accuracy(model.accuracyStats(v)));
    }

    /** The narrow panel's rule names. */
    static String shortName(ScalingRule rule) {
        return switch (rule) {
            case COMPOUND -> "Compound";
            case WIDTH -> "Width";
            case DEPTH -> "Depth";
            case RESOLUTION -> "Resolution";
            case DWR -> "dWr";
        };
    }

    private static Double parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(text.trim().replace(',', '.').replaceFirst("[×xX]$", "").trim());
            return Double.isFinite(d) && d > 0 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%.1f", d) : trim(d);
    }

    private static String trim(double d) {
        String s = String.format(Locale.ROOT, "%.6f", d).replaceFirst("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }

    /** The budget as typed, a multiple of the baseline's MACs. */
    public StringProperty multiplierTextProperty() {
        return multiplierText;
    }

    /** Empty, or why the typed budget was not taken. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "φ = 0.7 spends the budget: 3.45 M MACs, 2.00 × the baseline's 1.72 M", or why there is none; empty without a budget. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What "Train these" queued. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The solution's variants of the shown rules: compound first, then the matched ones. */
    public ObservableList<BudgetRow> rows() {
        return rows;
    }

    public BooleanBinding canTrainProperty() {
        return canTrain;
    }
}
