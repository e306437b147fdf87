package org.scalelab.ui.workbench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.concurrent.Latest;

/**
 * The workbench's shared state, which every feature's ViewModel reads and writes: the baseline, the scaling
 * coefficients and rules, φ, the recipe and dataset, and what follows from them (every rule's variants on the φ
 * grid, each rule's variant at the current φ, the selected variant) and the stored results of trained variants.
 * Derived values are recomputed in the background, latest change wins. FX thread only; holds no controls.
 */
public final class WorkbenchModel {
    public static final String DEFAULT_BASELINE = "mini-effnet";

    private final ObjectProperty<NetworkSpec> baseline = new SimpleObjectProperty<>(this, "baseline",
            Presets.get(DEFAULT_BASELINE));
    private final ObjectProperty<CompoundCoefficients> coefficients = new SimpleObjectProperty<>(this, "coefficients",
            CompoundCoefficients.EFFICIENTNET);
    private final ObjectProperty<RoundingPolicy> policy = new SimpleObjectProperty<>(this, "policy", RoundingPolicy.EFFICIENTNET);
    private final DoubleProperty phi = new SimpleDoubleProperty(this, "phi", 1);
    private final DoubleProperty phiMax = new SimpleDoubleProperty(this, "phiMax", 3);
    private final DoubleProperty phiStep = new SimpleDoubleProperty(this, "phiStep", 0.5);
    private final ObservableList<ScalingRule> rules = FXCollections.observableArrayList(
            ScalingRule.COMPOUND, ScalingRule.WIDTH, ScalingRule.DEPTH, ScalingRule.RESOLUTION);
    private final ObjectProperty<ScalingRule> selectedRule = new SimpleObjectProperty<>(this, "selectedRule", ScalingRule.COMPOUND);
    private final ObjectProperty<Recipe> recipe = new SimpleObjectProperty<>(this, "recipe", Recipe.defaults());
    private final StringProperty dataset = new SimpleStringProperty(this, "dataset", "fashion-mnist-bundled");

    private final ReadOnlyObjectWrapper<List<Variant>> grid = new ReadOnlyObjectWrapper<>(this, "grid", List.of());
    private final ReadOnlyObjectWrapper<Map<ScalingRule, Variant>> atPhi = new ReadOnlyObjectWrapper<>(this, "atPhi", Map.of());
    private final ReadOnlyObjectWrapper<Variant> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Variant> baselineVariant = new ReadOnlyObjectWrapper<>(this, "baselineVariant");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObservableMap<String, RunRecord> runs = FXCollections.observableHashMap();

    private final VariantGrid computer = new VariantGrid();
    private final Latest<VariantGrid.Result> latest;

    public WorkbenchModel(BackgroundExecutor executor) {
        latest = new Latest<>(executor);
        baseline.addListener(o -> recompute());
        coefficients.addListener(o -> recompute());
        policy.addListener(o -> recompute());
        phi.addListener(o -> recompute());
        phiMax.addListener(o -> recompute());
        phiStep.addListener(o -> recompute());
        rules.addListener((javafx.collections.ListChangeListener<ScalingRule>) c -> recompute());
        selectedRule.addListener(o -> selected.set(atPhi.get().get(selectedRule.get())));
        recompute();
    }

    private void recompute() {
        NetworkSpec b = baseline.get();
        CompoundCoefficients c = coefficients.get();
        RoundingPolicy p = policy.get();
        List<ScalingRule> shown = List.copyOf(rules);
        List<ScalingRule> computed = shown.contains(selectedRule.get()) ? shown
                : java.util.stream.Stream.concat(shown.stream(), java.util.stream.Stream.of(selectedRule.get())).toList();
        List<Double> phis = VariantGrid.phis(phiMax.get(), phiStep.get());
        double at = phi.get();
        latest.submit(() -> computer.compute(b, c, p, computed, phis, at), r -> {
            List<Variant> shownGrid = r.grid().stream().filter(v -> shown.contains(v.rule())).toList();
            // Moving φ leaves the grid as it was; setting an equal list would still redraw every chart.
            if (!shownGrid.equals(grid.get())) {
                grid.set(shownGrid);
            }
            atPhi.set(r.atPhi());
            baselineVariant.set(r.baseline());
            selected.set(r.atPhi().get(selectedRule.get()));
            problem.set("");
        }, e -> problem.set("cannot scale this far: " + e.getMessage()));
    }

    /** The run that trains a variant with the current recipe and dataset. */
    public RunRequest requestFor(Variant v) {
        return new RunRequest(baseline.get().name(), v.rule().id(), v.phi(), v.multipliers(), v.spec(), dataset.get(),
                recipe.get());
    }

    /** The stored run of a variant under the current recipe and dataset, if any. */
    public Optional<RunRecord> runOf(Variant v) {
        return Optional.ofNullable(runs.get(requestFor(v).key()));
    }

    public ObjectProperty<NetworkSpec> baselineProperty() {
        return baseline;
    }

    public ObjectProperty<CompoundCoefficients> coefficientsProperty() {
        return coefficients;
    }

    public ObjectProperty<RoundingPolicy> policyProperty() {
        return policy;
    }

    public DoubleProperty phiProperty() {
        return phi;
    }

    public DoubleProperty phiMaxProperty() {
        return phiMax;
    }

    public DoubleProperty phiStepProperty() {
        return phiStep;
    }

    public ObservableList<ScalingRule> rules() {
        return rules;
    }

    public ObjectProperty<ScalingRule> selectedRuleProperty() {
        return selectedRule;
    }

    public ObjectProperty<Recipe> recipeProperty() {
        return recipe;
    }

    public StringProperty datasetProperty() {
        return dataset;
    }

    /** Every shown rule's variants at the grid's φ values, rule by rule. */
    public ReadOnlyObjectProperty<List<Variant>> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    /** Each rule's variant at the slider's φ. */
    public ReadOnlyObjectProperty<Map<ScalingRule, Variant>> atPhiProperty() {
        return atPhi.getReadOnlyProperty();
    }

    /** The selected rule's variant at the slider's φ: what the sketch draws and "train selected" trains. */
    public ReadOnlyObjectProperty<Variant> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Variant> baselineVariantProperty() {
        return baselineVariant.getReadOnlyProperty();
    }

    /** Empty, or why the variants could not be computed. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Stored runs by run key: filled from the database at start and updated as runs finish. */
    public ObservableMap<String, RunRecord> runs() {
        return runs;
    }
}
