package org.scalelab.ui.lecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.stats.SeedStats;
import org.scalelab.format.Numbers;
import org.scalelab.training.RunRecord;
import org.scalelab.ui.scaling.VariantRow;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * What lecture mode's readout says about the selected variant, in words large enough for a room: φ; the rule with
 * d, w, r and the input size; MACs and params; the accuracy as mean ± std over its seeds. With {@link
 * #compareProperty() compare} on, one row per rule at the current cost (each rule's variant at φ, matched to the
 * compound variant's MACs), so the rules can be compared at equal cost. FX thread only; holds no controls.
 */
public final class LectureReadoutViewModel {
    /** The rules compared, in the paper's order. */
    static final List<ScalingRule> COMPARED = List.of(ScalingRule.COMPOUND, ScalingRule.WIDTH, ScalingRule.DEPTH,
            ScalingRule.RESOLUTION);

    /** One rule's row of the comparison. */
    public record Row(ScalingRule rule, String name, String settings, String macs, String accuracy) {
    }

    private final WorkbenchModel model;
    private final ReadOnlyStringWrapper phi = new ReadOnlyStringWrapper(this, "phi", "");
    private final ReadOnlyStringWrapper variant = new ReadOnlyStringWrapper(this, "variant", "");
    private final ReadOnlyStringWrapper cost = new ReadOnlyStringWrapper(this, "cost", "");
    private final ReadOnlyStringWrapper accuracy = new ReadOnlyStringWrapper(this, "accuracy", "");
    private final BooleanProperty compare = new SimpleBooleanProperty(this, "compare", false);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public LectureReadoutViewModel(WorkbenchModel model) {
        this.model = model;
        model.selectedProperty().addListener(o -> refresh());
        model.atPhiProperty().addListener(o -> refresh());
        model.phiProperty().addListener(o -> refresh());
        model.seedsProperty().addListener(o -> refresh());
        model.recipeProperty().addListener(o -> refresh());
        model.datasetProperty().addListener(o -> refresh());
        model.runs().addListener((MapChangeListener<String, RunRecord>) c -> refresh());
        compare.addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        phi.set(String.format(Locale.ROOT, "φ = %.2f", model.phiProperty().get()));
        Variant v = model.selectedProperty().get();
        if (v == null) {
            variant.set("");
            cost.set("");
            accuracy.set("");
        } else {
            var m = v.multipliers();
            variant.set(String.format(Locale.ROOT, "%s · d %.2f · w %.2f · r %.2f · %d px", VariantRow.shortName(v.rule()),
                    m.depth(), m.width(), m.resolution(), v.spec().input().resolution()));
            cost.set(Numbers.count(v.cost().macs()) + " MACs · " + Numbers.count(v.cost().params()) + " params");
            accuracy.set(accuracyText(model.accuracyStats(v)));
        }
        if (!compare.get()) {
            rows.clear();
            return;
        }
        List<Row> out = new ArrayList<>();
        for (ScalingRule r : COMPARED) {
            Variant at = model.atPhiProperty().get().get(r);
            if (at != null) {
                out.add(row(at));
            }
        }
        rows.setAll(out);
    }

    private Row row(Variant v) {
        var m = v.multipliers();
        String settings = switch (v.rule()) {
            case WIDTH -> String.format(Locale.ROOT, "w %.2f", m.width());
            case DEPTH -> String.format(Locale.ROOT, "d %.2f", m.depth());
            case RESOLUTION -> String.format(Locale.ROOT, "r %.2f · %d px", m.resolution(), v.spec().input().resolution());
            default -> String.format(Locale.ROOT, "d %.2f · w %.2f · r %.2f", m.depth(), m.width(), m.resolution());
        };
        return new Row(v.rule(), VariantRow.shortName(v.rule()), settings, Numbers.count(v.cost().macs()) + " MACs",
                accuracyText(model.accuracyStats(v)));
    }

    /** "accuracy 81.9 ± 0.4 % (3 seeds)", "accuracy 81.9 % (1 seed)" or "not trained yet". */
    static String accuracyText(Optional<SeedStats> stats) {
        if (stats.isEmpty()) {
            return "not trained yet";
        }
        SeedStats s = stats.get();
        String seeds = s.n() + (s.n() == 1 ? " seed" : " seeds");
        return s.hasSpread()
                ? String.format(Locale.ROOT, "accuracy %.1f ± %.1f %% (%s)", 100 * s.mean(), 100 * s.std(), seeds)
                : String.format(Locale.ROOT, "accuracy %.1f %% (%s)", 100 * s.mean(), seeds);
    }

    /** "φ = 1.00". */
    public ReadOnlyStringProperty phiProperty() {
        return phi.getReadOnlyProperty();
    }

    /** "Compound · d 1.20 · w 1.10 · r 1.15 · 32 px". */
    public ReadOnlyStringProperty variantProperty() {
        return variant.getReadOnlyProperty();
    }

    /** "8.05 M MACs · 0.128 M params". */
    public ReadOnlyStringProperty costProperty() {
        return cost.getReadOnlyProperty();
    }

    /** "accuracy 81.9 ± 0.4 % (3 seeds)" or "not trained yet". */
    public ReadOnlyStringProperty accuracyProperty() {
        return accuracy.getReadOnlyProperty();
    }

    /** Whether the rules are compared at the current cost (lecture mode's C key). */
    public BooleanProperty compareProperty() {
        return compare;
    }

    /** The comparison, one row per rule; empty while {@link #compareProperty()} is off. */
    public ObservableList<Row> rows() {
        return rows;
    }
}
