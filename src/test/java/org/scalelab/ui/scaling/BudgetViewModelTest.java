package org.scalelab.ui.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.BudgetSolution;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.format.Numbers;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;
import org.scalelab.training.RunStatus;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.training.FakeTraining;
import org.scalelab.ui.training.TrainingPanelViewModel;
import org.scalelab.ui.workbench.WorkbenchModel;

/** The budget question: solve, show φ and each variant's MACs against the budget, queue them for training. */
class BudgetViewModelTest {
    private final DirectExecutor executor = new DirectExecutor();
    private WorkbenchModel model;
    private FakeTraining backend;
    private BudgetViewModel vm;

    @BeforeEach
    void setUp() {
        model = new WorkbenchModel(executor);
        model.baselineProperty().set(Presets.get("simple-cnn"));
        backend = new FakeTraining();
        TrainingPanelViewModel training = new TrainingPanelViewModel(model, backend, executor);
        vm = new BudgetViewModel(model, training::train);
    }

    @Test
    void nothingIsAskedUntilSolve() {
        assertEquals("2.0", vm.multiplierTextProperty().get());
        assertNull(model.budgetProperty().get());
        assertTrue(vm.rows().isEmpty());
        assertEquals("", vm.summaryProperty().get());
        assertFalse(vm.canTrainProperty().get());
    }

    @Test
    void solvingShowsThePhiAndEachVariantsMacsAgainstTheBudget() {
        vm.solve();
        assertEquals(2.0, model.budgetProperty().get());
        BudgetSolution s = model.budgetSolutionProperty().get();
        // Rounding makes the closest compound network far from 2×: the sentence says so instead of "spends".
        double off = s.error(s.compound());
        assertTrue(Math.abs(off) > BudgetViewModel.CLOSE_ENOUGH, "the test's setting");
        assertEquals("Budget " + Numbers.count(s.targetMacs()) + " MACs, 2.00 × the baseline's "
                + Numbers.count(s.baseline().macs()) + ". No compound network comes closer than φ = 0.1, which is "
                + String.format(java.util.Locale.ROOT, "%.1f", 100 * Math.abs(off)) + " % " + (off > 0 ? "over" : "under")
                + " it (rounding the blocks and channels allows no network in between).", vm.summaryProperty().get());
        assertEquals(List.of(ScalingRule.COMPOUND, ScalingRule.WIDTH, ScalingRule.DEPTH, ScalingRule.RESOLUTION),
                vm.rows().stream().map(r -> r.variant().rule()).toList());
        for (BudgetViewModel.BudgetRow row : vm.rows()) {
            assertEquals(Numbers.count(row.variant().cost().macs()), row.macs());
            assertEquals(String.format(Locale.ROOT, "%+.1f %%", 100 * s.error(row.variant())), row.error());
            assertEquals("–", row.accuracy());
        }
        assertEquals("φ 0.1", vm.rows().get(0).parameter());
        assertEquals(String.format(Locale.ROOT, "w %.2f", s.matched().get(0).multipliers().width()), vm.rows().get(1).parameter());
        assertTrue(vm.canTrainProperty().get());
    }

    @Test
    void trainTheseQueuesEverySeedOfEveryShownVariantAndTheyReachTheGrid() {
        model.seedsProperty().set(2);
        vm.solve();
        vm.trainThese();
        BudgetSolution s = model.budgetSolutionProperty().get();
        List<RunRequest> expected = s.variants().stream().flatMap(v -> model.requestsFor(v).stream())
                .collect(java.util.stream.Collectors.toMap(RunRequest::key, q -> q, (a, b) -> a, java.util.LinkedHashMap::new))
                .values().stream().toList();
        assertEquals(expected, backend.submitted, "four variants (two if networks coincide once) × two seeds");
        assertTrue(backend.submitted.size() >= 6);
        assertTrue(vm.messageProperty().get().startsWith("queued 4 variants × 2 seeds"), vm.messageProperty().get());
        for (Variant v : s.variants()) {
            assertTrue(model.gridProperty().get().contains(v), "the charts and the table plot the grid: " + v.rule());
        }

        // Once they are trained, the table shows the comparison at equal MACs.
        Variant width = s.matched().get(0);
        for (RunRequest q : model.requestsFor(width)) {
            model.runs().put(q.key(), new RunRecord(q.key(), q, RunStatus.DONE, List.of(),
                    new RunResult(q.recipe().seed() == 42 ? 0.80 : 0.82, 1, 1, 1, "test"), null, 0, 0));
        }
        assertEquals("81.0 ± 1.4 % (2)", vm.rows().get(1).accuracy());
    }

    @Test
    void onlyShownRulesAreQueued() {
        model.rules().setAll(ScalingRule.COMPOUND, ScalingRule.WIDTH);
        vm.solve();
        assertEquals(2, vm.rows().size());
        vm.trainThese();
        assertEquals(List.of("compound", "width"), backend.submitted.stream().map(RunRequest::rule).toList());
    }

    @Test
    void aBadBudgetIsRefusedWithTheReason() {
        vm.multiplierTextProperty().set("twice");
        vm.solve();
        assertTrue(vm.errorProperty().get().startsWith("budget: type a positive number"), vm.errorProperty().get());
        assertNull(model.budgetProperty().get());
        vm.multiplierTextProperty().set("-2");
        vm.solve();
        assertNull(model.budgetProperty().get());
        vm.multiplierTextProperty().set("3 ×");
        vm.solve();
        assertEquals(3.0, model.budgetProperty().get());
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void coefficientsThatNeverScaleHaveNoSolution() {
        vm.solve();
        model.coefficientsProperty().set(new CompoundCoefficients(1, 1, 1));
        assertTrue(vm.summaryProperty().get().startsWith("no solution: α = β = γ = 1"), vm.summaryProperty().get());
        assertTrue(vm.rows().isEmpty());
        vm.trainThese();
        assertTrue(backend.submitted.isEmpty());
    }

    @Test
    void clearingTakesTheBudgetsVariantsOffTheGrid() {
        int before = model.gridProperty().get().size();
        vm.solve();
        assertEquals(before + 4, model.gridProperty().get().size());
        vm.clear();
        assertNull(model.budgetProperty().get());
        assertEquals(before, model.gridProperty().get().size());
        assertTrue(vm.rows().isEmpty());
    }

    @Test
    void aRowSelectsItsVariant() {
        vm.solve();
        vm.select(vm.rows().get(3));
        assertEquals(ScalingRule.RESOLUTION, model.selectedRuleProperty().get());
        assertEquals(vm.rows().get(3).variant().spec(), model.selectedProperty().get().spec());
    }

    @Test
    void aBudgetFromAProjectShowsInTheField() {
        model.budgetProperty().set(1.5);
        assertEquals("1.5", vm.multiplierTextProperty().get());
        assertFalse(vm.rows().isEmpty());
    }
}
