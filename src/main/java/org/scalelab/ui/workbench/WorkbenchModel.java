package org.scalelab.ui.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.scalelab.domain.cost.CostLimits;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.BudgetSolution;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.NativeResolution;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.stats.SeedStats;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunStatus;
import org.scalelab.training.data.FashionMnist;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.concurrent.Latest;

/**
 * The workbench's shared state, which every feature's ViewModel reads and writes: the baseline, the scaling
 * coefficients and rules, φ, the recipe and dataset, and what follows from them (every rule's variants on the φ
 * grid, each rule's variant at the current φ, the selected variant) and the stored results of trained variants.
 * Derived values are recomputed in the background, latest change wins. FX thread only; holds no controls.
 *
 * <p>Seeds: every variant stands for {@link #seedsProperty() N} runs, with the recipe's seed, seed + 1, …,
 * seed + N − 1 (distinct run keys); what is shown for a variant is the summary of those of them that finished.
 *
 * <p>Budget: with a {@link #budgetProperty() MACs budget} set, its {@link BudgetSolution} joins the grid: the
 * solved φ becomes a grid point whose variants are the compound one at that φ and each shown rule's variant
 * matched to the budget (rather than to the compound variant's MACs, as at the other grid points).
 */
public final class WorkbenchModel {
    public static final String DEFAULT_BASELINE = "mini-effnet";
    /** The most seeds per variant the workbench asks for. */
    public static final int MAX_SEEDS = org.scalelab.project.Project.MAX_SEEDS;

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
    private final StringProperty dataset = new SimpleStringProperty(this, "dataset",
            FashionMnist.BUNDLED_ID);
    private final IntegerProperty seeds = new SimpleIntegerProperty(this, "seeds", 1);
    private final BooleanProperty fitCurves = new SimpleBooleanProperty(this, "fitCurves", false);
    private final ObjectProperty<Double> budget = new SimpleObjectProperty<>(this, "budget");
    /** The dataset's native resolution once known (null before): inputs above it are upsampled. */
    private final ObjectProperty<NativeResolution> nativeResolution = new SimpleObjectProperty<>(this,
            "nativeResolution");
    /** The cost limits of the lecture's problem (accuracy subject to MACs, params, memory); none by default. */
    private final ObjectProperty<CostLimits> limits = new SimpleObjectProperty<>(this, "limits", CostLimits.NONE);

    private final ReadOnlyObjectWrapper<List<Variant>> grid = new ReadOnlyObjectWrapper<>(this, "grid", List.of());
    private final ReadOnlyObjectWrapper<Map<ScalingRule, Variant>> atPhi = new ReadOnlyObjectWrapper<>(this, "atPhi", Map.of());
    private final ReadOnlyObjectWrapper<Variant> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Variant> baselineVariant = new ReadOnlyObjectWrapper<>(this, "baselineVariant");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<BudgetSolution> budgetSolution = new ReadOnlyObjectWrapper<>(this, "budgetSolution");
    private final ReadOnlyStringWrapper budgetProblem = new ReadOnlyStringWrapper(this, "budgetProblem", "");
    private final ObservableMap<String, RunRecord> runs = FXCollections.observableHashMap();
    /**
     * Run keys of each scaled spec's seeds: hashing a spec costs a JSON walk and a SHA-256 per seed, and the grid's
     * specs repeat as φ moves, so they are hashed once per recipe, dataset and seed count.
     */
    private final Map<NetworkSpec, List<String>> keys = new HashMap<>();

    private final VariantGrid computer = new VariantGrid();
    private final Latest<VariantGrid.Result> latest;

    public WorkbenchModel(BackgroundExecutor executor) {
        latest = new Latest<>(executor);
        // First listeners of these properties: the key cache is right before any feature hears of the change.
        recipe.addListener(o -> keys.clear());
        dataset.addListener(o -> keys.clear());
        seeds.addListener(o -> {
            if (seeds.get() < 1 || seeds.get() > MAX_SEEDS) {
                seeds.set(Math.max(1, Math.min(MAX_SEEDS, seeds.get())));
            }
            keys.clear();
        });
        budget.addListener(o -> recompute());
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
        Double macsBudget = budget.get();
        latest.submit(() -> computer.compute(b, c, p, computed, phis, at, macsBudget), r -> {
            List<Variant> shownGrid = r.grid().stream().filter(v -> shown.contains(v.rule())).toList();
            // Moving φ leaves the grid as it was; setting an equal list would still redraw every chart.
            if (!shownGrid.equals(grid.get())) {
                grid.set(shownGrid);
            }
            atPhi.set(r.atPhi());
            baselineVariant.set(r.baseline());
            selected.set(r.atPhi().get(selectedRule.get()));
            if (!Objects.equals(r.budget(), budgetSolution.get())) {
                budgetSolution.set(r.budget());
            }
            budgetProblem.set(r.budgetProblem());
            problem.set("");
        }, e -> problem.set("cannot scale this far: " + e.getMessage()));
    }

    /**
     * The φ values of the grid, ascending: the steps of {@link #phiStepProperty()} up to {@link #phiMaxProperty()},
     * and the budget's φ once solved. Keys and the slider snap to them ({@link PhiGrid}).
     */
    public List<Double> gridPhis() {
        List<Double> out = new ArrayList<>(VariantGrid.phis(phiMax.get(), phiStep.get()));
        BudgetSolution b = budgetSolution.get();
        if (b != null && out.stream().noneMatch(p -> Math.abs(p - b.phi()) < 1e-9)) {
            out.add(b.phi());
            out.sort(null);
        }
        return out;
    }

    /** The run that trains a variant with the current recipe and dataset (the recipe's own seed: the first seed). */
    public RunRequest requestFor(Variant v) {
        return requestFor(v, recipe.get().seed());
    }

    /** The run that trains a variant with the current recipe and dataset and this seed. */
    public RunRequest requestFor(Variant v, long seed) {
        Recipe r = recipe.get();
        return new RunRequest(baseline.get().name(), v.rule().id(), v.phi(), v.multipliers(), v.spec(), dataset.get(),
                seed == r.seed() ? r : r.withSeed(seed));
    }

    /** The seeds each variant is trained with: the recipe's seed, seed + 1, …, seed + N − 1. */
    public List<Long> seedList() {
        long first = recipe.get().seed();
        List<Long> out = new ArrayList<>(seeds.get());
        for (int i = 0; i < seeds.get(); i++) {
            out.add(first + i);
        }
        return out;
    }

    /** One run per seed of {@link #seedList()}: what training a variant queues. */
    public List<RunRequest> requestsFor(Variant v) {
        return seedList().stream().map(s -> requestFor(v, s)).toList();
    }

    /** The run keys of a variant's seeds, in seed order (cached per spec). */
    public List<String> runKeys(Variant v) {
        List<String> k = keys.get(v.spec());
        if (k == null) {
            if (keys.size() > 2_000) {
                keys.clear();
            }
            k = requestsFor(v).stream().map(RunRequest::key).toList();
            keys.put(v.spec(), k);
        }
        return k;
    }

    /** Test accuracies of the variant's finished seeds, in seed order; empty when none has finished. */
    public List<Double> accuracies(Variant v) {
        List<Double> out = new ArrayList<>(2);
        for (String key : runKeys(v)) {
            RunRecord r = runs.get(key);
            if (r != null && r.status() == RunStatus.DONE && r.result() != null) {
                out.add(r.result().testAccuracy());
            }
        }
        return out;
    }

    /** Mean, spread and count of the variant's finished seeds; empty when none has finished. */
    public Optional<SeedStats> accuracyStats(Variant v) {
        List<Double> acc = accuracies(v);
        return acc.isEmpty() ? Optional.empty() : Optional.of(SeedStats.of(acc));
    }

    /** Whether the variant's input is larger than the data's native resolution (false while that is unknown). */
    public boolean isUpsampled(Variant v) {
        NativeResolution n = nativeResolution.get();
        return n != null && n.upsamples(v.spec().input().resolution());
    }

    /** Whether the variant is within the cost limits, the lecture's "subject to" (memory at the recipe's batch). */
    public boolean isFeasible(Variant v) {
        return limitsAtRecipeBatch().allows(v.cost());
    }

    /** The limits as set, at the recipe's batch size (which the memory limit is measured at). */
    public CostLimits limitsAtRecipeBatch() {
        CostLimits l = limits.get();
        return new CostLimits(l.maxMacs(), l.maxParams(), l.maxMemoryBytes(), recipe.get().batchSize());
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

    /** Runs per variant, 1 to {@value #MAX_SEEDS} (values outside are clamped): seeds recipe.seed … seed + N − 1. */
    public IntegerProperty seedsProperty() {
        return seeds;
    }

    /** Whether the charts fit and draw a saturating curve per rule (a view setting the project keeps). */
    public BooleanProperty fitCurvesProperty() {
        return fitCurves;
    }

    /**
     * A MACs budget as a multiple of the baseline's MACs, or null for none. When set, its solution (the compound φ
     * that spends it and the single-dimension variants matched to it) joins the grid.
     */
    public ObjectProperty<Double> budgetProperty() {
        return budget;
    }

    /** The solution of {@link #budgetProperty()} for the current baseline, coefficients and rules; null without one. */
    public ReadOnlyObjectProperty<BudgetSolution> budgetSolutionProperty() {
        return budgetSolution.getReadOnlyProperty();
    }

    /** Empty, or why the budget has no solution (for instance α = β = γ = 1). */
    public ReadOnlyStringProperty budgetProblemProperty() {
        return budgetProblem.getReadOnlyProperty();
    }

    /** Every shown rule's variants at the grid's φ values, rule by rule. */
    public ObjectProperty<NativeResolution> nativeResolutionProperty() {
        return nativeResolution;
    }

    public ObjectProperty<CostLimits> limitsProperty() {
        return limits;
    }

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
