package org.scalelab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.scaling.VariantFactory;
import org.scalelab.domain.scaling.BudgetSolution;
import org.scalelab.domain.scaling.BudgetSolver;
import org.scalelab.domain.stats.SeedStats;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;
import org.scalelab.training.RunStatus;
import org.scalelab.ui.concurrent.DirectExecutor;

/** Seeds per variant (distinct runs, their summary) and the MACs budget's variants on the grid. */
class SeedsAndBudgetTest {
    private final WorkbenchModel model = new WorkbenchModel(new DirectExecutor());

    private void put(RunRequest q, RunStatus status, double accuracy) {
        RunResult result = status == RunStatus.DONE ? new RunResult(accuracy, 1, 1, 1, "test") : null;
        model.runs().put(q.key(), new RunRecord(q.key(), q, status, List.of(), result, null, 0, 0));
    }

    @Test
    void eachSeedIsItsOwnRunStartingAtTheRecipesSeed() {
        Variant v = model.selectedProperty().get();
        assertEquals(List.of(42L), model.seedList());
        assertEquals(List.of(model.requestFor(v)), model.requestsFor(v));

        model.seedsProperty().set(3);
        List<RunRequest> qs = model.requestsFor(v);
        assertEquals(List.of(42L, 43L, 44L), qs.stream().map(q -> q.recipe().seed()).toList());
        assertEquals(3, qs.stream().map(RunRequest::key).distinct().count(), "the seed is part of the run key");
        assertEquals(model.requestFor(v), qs.get(0), "the first seed is the recipe's own run");
        assertEquals(qs.stream().map(RunRequest::key).toList(), model.runKeys(v));
        // Everything but the seed is the recipe's.
        assertEquals(model.recipeProperty().get().withSeed(44), qs.get(2).recipe());
    }

    @Test
    void seedsStayBetweenOneAndTheMaximum() {
        model.seedsProperty().set(0);
        assertEquals(1, model.seedsProperty().get());
        model.seedsProperty().set(500);
        assertEquals(WorkbenchModel.MAX_SEEDS, model.seedsProperty().get());
    }

    @Test
    void theSummaryCountsFinishedSeedsOfTheCurrentRangeOnly() {
        Variant v = model.selectedProperty().get();
        model.seedsProperty().set(3);
        List<RunRequest> qs = model.requestsFor(v);
        put(qs.get(0), RunStatus.DONE, 0.80);
        put(qs.get(1), RunStatus.RUNNING, 0);
        assertEquals(List.of(0.80), model.accuracies(v));
        put(qs.get(1), RunStatus.DONE, 0.84);
        put(qs.get(2), RunStatus.DONE, 0.82);
        SeedStats s = model.accuracyStats(v).orElseThrow();
        assertEquals(3, s.n());
        assertEquals(0.82, s.mean(), 1e-12);
        assertEquals(0.02, s.std(), 1e-12);
        assertEquals(0.80, s.min(), 1e-12);

        model.seedsProperty().set(1);
        assertEquals(List.of(0.80), model.accuracies(v), "seeds 43 and 44 are outside the range asked for");
        model.recipeProperty().set(model.recipeProperty().get().withEpochs(5));
        assertTrue(model.accuracyStats(v).isEmpty(), "another recipe, other runs");
    }

    @Test
    void aBudgetAddsItsSolvedPhiWithTheVariantsThatSpendIt() {
        model.baselineProperty().set(org.scalelab.domain.preset.Presets.get("simple-cnn"));
        int before = model.gridProperty().get().size();
        model.budgetProperty().set(2.0);
        BudgetSolution s = model.budgetSolutionProperty().get();
        VariantFactory factory = new VariantFactory(model.baselineProperty().get(), model.coefficientsProperty().get(),
                model.policyProperty().get());
        BudgetSolution expected = BudgetSolver.solve(factory, 2.0,
                List.of(ScalingRule.WIDTH, ScalingRule.DEPTH, ScalingRule.RESOLUTION));
        assertEquals(expected.phi(), s.phi());
        assertEquals(expected.targetMacs(), s.targetMacs());
        assertEquals(expected.variants().stream().map(Variant::spec).toList(), s.variants().stream().map(Variant::spec).toList());
        assertEquals("", model.budgetProblemProperty().get());
        double phi = s.phi();
        assertEquals(0.1, phi, 1e-12, "simple-cnn's compound variant comes closest to twice its MACs at φ = 0.1");
        assertEquals(before + 4, model.gridProperty().get().size(), "one more φ for each of the four rules");
        for (Variant v : s.variants()) {
            assertTrue(model.gridProperty().get().stream().anyMatch(g -> g.rule() == v.rule() && g.phi() == phi
                    && g.spec().equals(v.spec())), v.rule() + " budget variant on the grid");
        }
        // At the solved φ every rule's variant is the budget's, so selecting it selects what was solved.
        model.selectedRuleProperty().set(ScalingRule.WIDTH);
        model.phiProperty().set(phi);
        assertEquals(s.matched().get(0).spec(), model.selectedProperty().get().spec());
        assertNotEquals(factory.variant(ScalingRule.WIDTH, phi).spec(), s.matched().get(0).spec(),
                "matched to the budget, not to the compound variant's MACs (as elsewhere on the grid)");
        assertTrue(Math.abs(s.error(s.matched().get(0))) < Math.abs(s.error(factory.variant(ScalingRule.WIDTH, phi))));

        model.budgetProperty().set(null);
        assertEquals(before, model.gridProperty().get().size());
        assertNull(model.budgetSolutionProperty().get());
    }

    @Test
    void aBudgetFollowsTheShownRulesAndTheCoefficients() {
        model.budgetProperty().set(2.0);
        model.rules().remove(ScalingRule.DEPTH);
        BudgetSolution s = model.budgetSolutionProperty().get();
        assertEquals(List.of(ScalingRule.WIDTH, ScalingRule.RESOLUTION), s.matched().stream().map(Variant::rule).toList());
        BudgetSolution sameAgain = s;
        model.phiProperty().set(2.25);
        assertSame(sameAgain, model.budgetSolutionProperty().get(), "moving φ does not solve again");

        model.coefficientsProperty().set(new CompoundCoefficients(1, 1, 1));
        assertNull(model.budgetSolutionProperty().get());
        assertTrue(model.budgetProblemProperty().get().contains("α = β = γ = 1"), model.budgetProblemProperty().get());
        assertFalse(model.gridProperty().get().isEmpty(), "the grid itself still shows");
    }
}
