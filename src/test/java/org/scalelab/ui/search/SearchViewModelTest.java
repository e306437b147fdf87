package org.scalelab.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.scaling.Scaler;
import org.scalelab.domain.search.Objective;
import org.scalelab.domain.search.SearchResult;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRequest;
import org.scalelab.training.search.ScoreSource;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * The search window's ViewModel with plain JUnit: a {@link DirectExecutor} (or a {@link QueueExecutor} where the
 * threads matter) and a backend that answers each run with an accuracy defined here as a function of α, β, γ
 * (the run's multipliers at φ = 1) and the epochs. The baseline is the 28-px mini-effnet ({@code mini-effnet-28}),
 * whose candidate counts the assertions pin.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SearchViewModelTest {
    private final DirectExecutor direct = new DirectExecutor();
    private final WorkbenchModel model = withBaseline(new WorkbenchModel(direct));

    private static WorkbenchModel withBaseline(WorkbenchModel m) {
        m.baselineProperty().set(Presets.get("mini-effnet-28"));
        return m;
    }

    /** Peaks near α 1.27, β 1.13, γ 1.21, with unequal weights so that no two grid networks tie. */
    static double shape(double a, double b, double g) {
        return -(0.7 * sq(a - 1.27) + 1.9 * sq(b - 1.13) + 2.3 * sq(g - 1.21));
    }

    /** Validation accuracy: the shape, plus a little per epoch (the same for every network). */
    static double accuracy(RunRequest q) {
        Multipliers m = q.multipliers();
        return 0.80 + 0.1 * shape(m.depth(), m.width(), m.resolution()) + 0.02 * Math.log(q.recipe().epochs());
    }

    private static double sq(double x) {
        return x * x;
    }

    private static CompoundCoefficients triple(RunRequest q) {
        Multipliers m = q.multipliers();
        return new CompoundCoefficients(m.depth(), m.width(), m.resolution());
    }

    private SearchViewModel vm(AnsweringBackend backend) {
        return new SearchViewModel(model, backend, direct);
    }

    @Test
    void countsCandidatesAndDistinctNetworksOfTheDefaultGrid() {
        SearchViewModel vm = vm(new AnsweringBackend(SearchViewModelTest::accuracy));
        NetworkSpec base = model.baselineProperty().get();
        // By hand: the default grid's triples with |α·β²·γ² − 2| ≤ 0.1, and the networks they scale to.
        int triples = 0;
        int points = 0;
        Set<NetworkSpec> networks = new HashSet<>();
        for (int a = 10; a <= 20; a++) {
            for (int b = 10; b <= 14; b++) {
                for (int g = 10; g <= 14; g++) {
                    points++;
                    double product = a / 10.0 * sq(b / 10.0) * sq(g / 10.0);
                    if (Math.abs(product - 2) <= 0.1 + 1e-9) {
                        triples++;
                        networks.add(Scaler.scale(base, new CompoundCoefficients(a / 10.0, b / 10.0, g / 10.0).at(1),
                                model.policyProperty().get()));
                    }
                }
            }
        }
        assertEquals(275, points);
        assertTrue(vm.validProperty().get());
        assertEquals(triples, vm.previewProperty().get().space().candidates().size());
        assertEquals(networks.size(), vm.rows().size());
        assertTrue(networks.size() < triples, "rounding merges some triples on a 28-px baseline");
        assertTrue(vm.candidatesTextProperty().get().startsWith(triples + " of 275 grid points meet |α·β²·γ² − 2| ≤ 0.1"),
                vm.candidatesTextProperty().get());
        assertTrue(vm.candidatesTextProperty().get().contains(networks.size() + " distinct networks"));
        assertTrue(vm.candidatesTextProperty().get().contains((triples - networks.size()) + " duplicates"));
        // Each row's φ = 1 cost is its own scaled network's.
        for (SearchRow row : vm.rows()) {
            NetworkSpec spec = Scaler.scale(base, row.coefficients().at(1), model.policyProperty().get());
            assertEquals(CostModel.of(spec).params(), row.params());
            assertEquals(CostModel.of(spec).macs(), row.macs());
            for (CompoundCoefficients other : row.sameNetwork()) {
                assertEquals(spec, Scaler.scale(base, other.at(1), model.policyProperty().get()));
            }
        }
        assertTrue(vm.canRunProperty().get());
    }

    @Test
    void thePlanFollowsTheScheduleLive() {
        SearchViewModel vm = vm(new AnsweringBackend(SearchViewModelTest::accuracy));
        int n = vm.rows().size();
        assertEquals(14, n);
        // 1, 3, 9 epochs; each rung keeps ⌈n/3⌉: 14 → 5 → 2.
        assertPlan(vm, new int[][] {{14, 1}, {5, 3}, {2, 9}});
        assertTrue(vm.planTextProperty().get().contains("21 runs, 47 epochs"), vm.planTextProperty().get());
        assertTrue(vm.planTextProperty().get().contains("training all 14 fully would take 126"));

        vm.textProperty(SearchField.ETA).set("2");
        // η = 2: 14 → 7 → 4 → 2 → 1, epochs 1, 2, 4, 8 and a single survivor straight to max.
        assertPlan(vm, new int[][] {{14, 1}, {7, 2}, {4, 4}, {2, 8}, {1, 9}});
        assertTrue(vm.planTextProperty().get().contains("28 runs, 69 epochs"), vm.planTextProperty().get());

        vm.trainFullyProperty().set(true);
        vm.textProperty(SearchField.ETA).set("not used");
        assertTrue(vm.validProperty().get(), "η is ignored when every candidate trains fully");
        assertPlan(vm, new int[][] {{14, 9}});
        assertTrue(vm.planTextProperty().get().contains("14 runs, 126 epochs"));

        vm.trainFullyProperty().set(false);
        assertFalse(vm.validProperty().get());
        assertTrue(vm.errorProperty(SearchField.ETA).get().contains("'not used' is not a number"));
        vm.textProperty(SearchField.ETA).set("3");
        vm.textProperty(SearchField.SEEDS).set("3");
        // The 2 finalists train 2 more seeds each at max epochs: 4 runs, 36 epochs more.
        assertEquals(4, vm.rungs().size());
        RungRow seeds = vm.rungs().get(3);
        assertEquals("seeds", seeds.label());
        assertEquals(36, seeds.epochCost());
        assertTrue(vm.planTextProperty().get().contains("25 runs, 83 epochs"), vm.planTextProperty().get());
    }

    private static void assertPlan(SearchViewModel vm, int[][] expected) {
        List<int[]> actual = vm.rungs().stream().map(r -> new int[] {r.networks(), r.epochs()}).toList();
        assertEquals(expected.length, actual.size(), "rungs");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], actual.get(i)[0], "networks in rung " + (i + 1));
            assertEquals(expected[i][1], actual.get(i)[1], "epochs in rung " + (i + 1));
            assertEquals((long) expected[i][0] * expected[i][1], vm.rungs().get(i).epochCost());
        }
    }

    @Test
    void invalidInputIsFlaggedInPlaceAndNeverApplied() {
        AnsweringBackend backend = new AnsweringBackend(SearchViewModelTest::accuracy);
        SearchViewModel vm = vm(backend);
        SearchPreview before = vm.previewProperty().get();
        List<SearchRow> rowsBefore = List.copyOf(vm.rows());
        CompoundCoefficients coefficients = model.coefficientsProperty().get();

        vm.textProperty(SearchField.ALPHA_MIN).set("0.9");
        assertTrue(vm.errorProperty(SearchField.ALPHA_MIN).get().contains("below 1"),
                vm.errorProperty(SearchField.ALPHA_MIN).get());
        assertTrue(vm.errorProperty(SearchGroup.ALPHA).get().startsWith("α: min 0.9"));
        assertFalse(vm.validProperty().get());
        assertFalse(vm.canRunProperty().get());
        vm.run();
        assertTrue(backend.submitted.isEmpty());
        assertSame(before, vm.previewProperty().get());
        assertEquals(rowsBefore, List.copyOf(vm.rows()));
        assertEquals(coefficients, model.coefficientsProperty().get());

        vm.textProperty(SearchField.ALPHA_MIN).set("1");
        vm.textProperty(SearchField.BETA_MAX).set("abc");
        assertEquals("", vm.errorProperty(SearchField.ALPHA_MIN).get());
        assertTrue(vm.errorProperty(SearchField.BETA_MAX).get().contains("'abc' is not a number"));
        vm.textProperty(SearchField.BETA_MAX).set("1.4");
        vm.textProperty(SearchField.GAMMA_STEP).set("0.0001");
        assertTrue(vm.errorProperty(SearchField.GAMMA_STEP).get().contains("at most 1000"));
        vm.textProperty(SearchField.GAMMA_STEP).set("0.1");
        assertTrue(vm.validProperty().get());

        // Each axis alone is fine, together they are too many points.
        for (SearchField f : List.of(SearchField.ALPHA_MAX, SearchField.BETA_MAX, SearchField.GAMMA_MAX)) {
            vm.textProperty(f).set("4");
        }
        for (SearchField f : List.of(SearchField.ALPHA_STEP, SearchField.BETA_STEP, SearchField.GAMMA_STEP)) {
            vm.textProperty(f).set("0.01");
        }
        assertTrue(vm.errorProperty(SearchGroup.GRID).get().contains("grid points; at most 1000000"),
                vm.errorProperty(SearchGroup.GRID).get());
        assertFalse(vm.validProperty().get());

        vm.textProperty(SearchField.ALPHA_STEP).set("0.5");
        vm.textProperty(SearchField.BETA_STEP).set("0.5");
        vm.textProperty(SearchField.GAMMA_STEP).set("0.5");
        assertTrue(vm.validProperty().get());
        vm.textProperty(SearchField.TOLERANCE).set("-0.1");
        assertTrue(vm.errorProperty(SearchField.TOLERANCE).get().contains("must be 0 or more"));
        vm.textProperty(SearchField.TOLERANCE).set("0");
        vm.textProperty(SearchField.TARGET).set("2.1");
        vm.textProperty(SearchField.MAX_EPOCHS).set("0");
        assertTrue(vm.errorProperty(SearchField.MAX_EPOCHS).get().startsWith("max epochs 0 must lie in 1..1000"));
        vm.textProperty(SearchField.MAX_EPOCHS).set("2.5");
        assertTrue(vm.errorProperty(SearchField.MAX_EPOCHS).get().contains("not a whole number"));
        vm.textProperty(SearchField.MAX_EPOCHS).set("9");
        vm.textProperty(SearchField.SEEDS).set("21");
        assertTrue(vm.errorProperty(SearchField.SEEDS).get().contains("must lie in 1..20"));
        vm.textProperty(SearchField.SEEDS).set("1");
        // w only matters (and is only checked) when ranking by the MnasNet objective.
        vm.textProperty(SearchField.MNAS_WEIGHT).set("0.5");
        assertTrue(vm.validProperty().get());
        vm.rankingProperty().set(Objective.Kind.MNAS);
        assertTrue(vm.errorProperty(SearchField.MNAS_WEIGHT).get().contains("must lie in [-1, 0]"));
        vm.textProperty(SearchField.MNAS_WEIGHT).set("-0.07");
        vm.textProperty(SearchField.MNAS_TARGET).set("12.5");
        assertTrue(vm.errorProperty(SearchField.MNAS_TARGET).get().contains("whole number of MACs"));
        vm.textProperty(SearchField.MNAS_TARGET).set("");
        assertTrue(vm.validProperty().get());
        // A grid with no triple near the target is valid input, but nothing can run.
        assertTrue(vm.candidatesTextProperty().get().startsWith("None of the 343 grid points meets |α·β²·γ² − 2.1| ≤ 0:"),
                vm.candidatesTextProperty().get());
        assertFalse(vm.canRunProperty().get());
        assertTrue(vm.rows().isEmpty());

        // Selecting on validation accuracy needs validation images.
        Recipe r = model.recipeProperty().get();
        model.recipeProperty().set(new Recipe(r.epochs(), r.batchSize(), r.optimizer(), r.learningRate(), r.schedule(),
                r.weightDecay(), r.seed(), r.trainSize(), 0));
        assertTrue(vm.errorProperty(SearchGroup.RANKING).get().contains("holds out no validation images"));
        vm.selectOnProperty().set(ScoreSource.TEST);
        assertEquals("", vm.errorProperty(SearchGroup.RANKING).get());
        assertTrue(backend.submitted.isEmpty());
    }

    @Test
    void halvingStopsTheWeakOnesAndRanksTheRest() {
        AnsweringBackend backend = new AnsweringBackend(SearchViewModelTest::accuracy);
        SearchViewModel vm = vm(backend);
        assertFalse(vm.canApplyWinnerProperty().get());
        vm.run();
        List<SearchRow> candidates = List.copyOf(vm.rows());

        assertFalse(vm.runningProperty().get());
        SearchResult result = vm.resultProperty().get();
        assertNotNull(result);
        assertFalse(result.cancelled());
        // Rung by rung, the networks that went on are the best by the accuracy function (no ties on this grid).
        Comparator<SearchRow> best = Comparator.comparingDouble(
                (SearchRow r) -> shape(r.coefficients().alpha(), r.coefficients().beta(), r.coefficients().gamma())).reversed();
        List<SearchRow> byShape = new ArrayList<>(candidates);
        byShape.sort(best);
        assertEquals(14, backend.submitted.size() - 5 - 2);
        assertEquals(triples(byShape.subList(0, 5)), trainedWith(backend, 3));
        assertEquals(triples(byShape.subList(0, 2)), trainedWith(backend, 9));
        assertEquals(14, trainedWith(backend, 1).size());

        SearchRow winner = byShape.get(0);
        assertEquals(winner.index(), vm.winnerNetworkProperty().get());
        assertSame(winner, vm.rows().get(0), "ranked rows, best first");
        assertTrue(winner.winnerProperty().get());
        assertEquals(1, winner.rankProperty().get());
        assertEquals("finalist", winner.statusProperty().get());
        assertEquals(0.80 + 0.1 * shape(winner.coefficients().alpha(), winner.coefficients().beta(),
                winner.coefficients().gamma()) + 0.02 * Math.log(9), winner.accuracyAt(2), 1e-12);
        assertTrue(vm.winnerTextProperty().get().startsWith("Winner: " + SearchFormat.triple(winner.coefficients())));

        SearchRow weakest = byShape.get(13);
        assertTrue(Double.isFinite(weakest.accuracyAt(0)));
        assertTrue(Double.isNaN(weakest.accuracyAt(1)));
        assertTrue(Double.isNaN(weakest.accuracyAt(2)));
        assertEquals("stopped after rung 1 (1 epoch)", weakest.statusProperty().get());
        assertEquals(14, weakest.rankProperty().get());
        assertEquals("stopped after rung 2 (3 epochs)", byShape.get(2).statusProperty().get());
        for (int i = 0; i < 14; i++) {
            assertEquals(i + 1, vm.rows().get(i).rankProperty().get());
        }
        assertEquals(21, vm.points().size());
        assertEquals(1.0, vm.progressProperty().get(), 1e-12);
        assertTrue(vm.rungs().stream().allMatch(r -> r.statusProperty().get().equals("done")));
        assertEquals(14, vm.rungs().get(0).doneProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Done in"), vm.statusProperty().get());
        // Validation accuracy selects; the test accuracy (0.01 lower here) is reported beside it.
        assertEquals(winner.accuracyAt(2) - 0.01, winner.testAccuracyProperty().get(), 1e-12);
    }

    private static Set<CompoundCoefficients> triples(List<SearchRow> rows) {
        return rows.stream().map(SearchRow::coefficients).collect(Collectors.toSet());
    }

    private static Set<CompoundCoefficients> trainedWith(AnsweringBackend backend, int epochs) {
        return backend.submitted.stream().filter(q -> q.recipe().epochs() == epochs).map(SearchViewModelTest::triple)
                .collect(Collectors.toSet());
    }

    @Test
    void theMnasObjectiveTradesAccuracyForCost() {
        // Accuracy grows with MACs: ranking by accuracy picks the largest network, the MnasNet objective does not.
        NetworkSpec base = model.baselineProperty().get();
        long baseMacs = CostModel.of(base).macs();
        java.util.function.ToDoubleFunction<RunRequest> acc = q ->
                0.70 + 0.03 * Math.log(CostModel.of(q.spec()).macs() / (double) baseMacs);
        AnsweringBackend backend = new AnsweringBackend(acc);
        SearchViewModel vm = vm(backend);
        vm.trainFullyProperty().set(true);
        vm.textProperty(SearchField.MAX_EPOCHS).set("3");
        vm.run();
        int byAccuracy = vm.winnerNetworkProperty().get();

        vm.rankingProperty().set(Objective.Kind.MNAS);
        assertTrue(vm.objectiveTextProperty().get().contains("w = -0.07, T = " + SearchFormat.thousands(2 * baseMacs)),
                vm.objectiveTextProperty().get());
        assertEquals(-1, vm.winnerNetworkProperty().get(), "a changed form shows its own preview, not the old result");
        int trainedBefore = backend.trained.size();
        vm.run();
        assertEquals(trainedBefore, backend.trained.size(), "the same runs: all answered from the database");
        assertEquals(14, vm.resultProperty().get().cachedRuns());
        int byMnas = vm.winnerNetworkProperty().get();

        // By hand: argmax of accuracy, and of ACC·(MACs/T)^−0.07 with T = 2 × the baseline's MACs.
        int bestAcc = -1;
        int bestMnas = -1;
        double maxAcc = Double.NEGATIVE_INFINITY;
        double maxMnas = Double.NEGATIVE_INFINITY;
        for (SearchRow row : vm.rows()) {
            double a = 0.70 + 0.03 * Math.log(row.macs() / (double) baseMacs);
            double s = a * Math.pow(row.macs() / (2.0 * baseMacs), -0.07);
            assertEquals(s, row.scoreProperty().get(), 1e-12);
            if (a > maxAcc) {
                maxAcc = a;
                bestAcc = row.index();
            }
            if (s > maxMnas) {
                maxMnas = s;
                bestMnas = row.index();
            }
        }
        assertEquals(bestAcc, byAccuracy);
        assertEquals(bestMnas, byMnas);
        assertNotEquals(byAccuracy, byMnas);
        assertTrue(vm.winnerTextProperty().get().contains("score"));
    }

    @Test
    void applyWinnerSetsTheWorkbenchCoefficients() {
        SearchViewModel vm = vm(new AnsweringBackend(SearchViewModelTest::accuracy));
        vm.applyWinner();
        assertEquals(CompoundCoefficients.EFFICIENTNET, model.coefficientsProperty().get(), "no result: nothing applied");
        vm.run();
        assertTrue(vm.canApplyWinnerProperty().get());
        SearchRow winner = vm.rows().get(0);
        vm.applyWinner();
        assertEquals(winner.coefficients(), model.coefficientsProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Applied α"));
    }

    @Test
    void cancelStopsTheSearchWithAPartialResult() {
        AnsweringBackend backend = new AnsweringBackend(SearchViewModelTest::accuracy);
        SearchViewModel vm = vm(backend);
        // The user clicks cancel while the first run of rung 2 trains.
        backend.hold = q -> q.recipe().epochs() == 3;
        backend.onSubmit = (n, q) -> {
            if (q.recipe().epochs() == 3) {
                assertTrue(vm.runningProperty().get());
                vm.cancel();
            }
        };
        vm.run();

        assertFalse(vm.runningProperty().get());
        SearchResult result = vm.resultProperty().get();
        assertTrue(result.cancelled());
        assertTrue(result.winner().isEmpty());
        assertEquals(-1, vm.winnerNetworkProperty().get());
        assertFalse(vm.canApplyWinnerProperty().get());
        assertEquals(15, backend.submitted.size(), "14 in rung 1, then one before the cancel");
        assertEquals(List.of(backend.submitted.get(14).key()), backend.cancelled);
        assertTrue(vm.statusProperty().get().startsWith("Cancelled"), vm.statusProperty().get());
        assertTrue(vm.rows().stream().allMatch(r -> Double.isFinite(r.accuracyAt(0))), "rung 1 results are kept");
        assertTrue(vm.rows().stream().allMatch(r -> r.statusProperty().get().endsWith("(cancelled)")));
        assertTrue(vm.rungs().get(1).statusProperty().get().startsWith("cancelled"));
        vm.applyWinner();
        assertEquals(CompoundCoefficients.EFFICIENTNET, model.coefficientsProperty().get());
        assertTrue(vm.canRunProperty().get(), "a new search can start");
    }

    @Test
    void theSearchWaitsOffTheUiThreadAndCancelsRunsInFlight() throws InterruptedException {
        QueueExecutor queue = new QueueExecutor();
        WorkbenchModel m = withBaseline(new WorkbenchModel(queue));
        AnsweringBackend backend = new AnsweringBackend(SearchViewModelTest::accuracy);
        backend.hold = q -> true;
        SearchViewModel vm = new SearchViewModel(m, backend, queue);
        queue.runUntil(() -> vm.canRunProperty().get(), 20);

        vm.run(); // returns at once: the driver waits on a worker thread
        assertTrue(vm.runningProperty().get());
        queue.runUntil(() -> backend.held().size() == 14, 20);
        String first = backend.submitted.get(0).key();
        backend.progress(first, 1, 1, 5, 10);
        queue.runUntil(() -> vm.activityProperty().get().contains("epoch 1/1"), 20);
        assertEquals(0.5 / 47, vm.progressProperty().get(), 1e-9, "half an epoch of 47");

        backend.held().forEach(backend::finish);
        queue.runUntil(() -> backend.held().size() == 5 && vm.rungs().get(1).statusProperty().get().startsWith("training"), 20);
        assertTrue(vm.rungs().get(0).statusProperty().get().startsWith("done"));
        assertEquals(14.0 / 47, vm.progressProperty().get(), 1e-9);
        Set<String> inFlight = backend.held();

        vm.cancel();
        queue.runUntil(() -> !vm.runningProperty().get(), 20);
        assertTrue(vm.resultProperty().get().cancelled());
        assertEquals(inFlight, Set.copyOf(backend.cancelled));
        assertNull(vm.resultProperty().get().winner().orElse(null));
        assertEquals(19, backend.submitted.size());
    }

    @Test
    void runsAreTheCliSearchRunsSoTheDatabaseSharesThem() {
        AnsweringBackend backend = new AnsweringBackend(SearchViewModelTest::accuracy);
        SearchViewModel vm = vm(backend);
        vm.textProperty(SearchField.SEEDS).set("3");
        vm.run();
        NetworkSpec base = model.baselineProperty().get();
        Recipe recipe = model.recipeProperty().get();
        // The CLI's run for a triple: the φ = 1 spec, the recipe with the rung's epochs and seed + replicate.
        Set<String> expected = new HashSet<>();
        for (RunRequest q : backend.submitted) {
            CompoundCoefficients c = triple(q);
            RunRequest cli = new RunRequest(base.name(), "search", 1.0, c.at(1),
                    Scaler.scale(base, c.at(1), model.policyProperty().get()), model.datasetProperty().get(),
                    recipe.withEpochs(q.recipe().epochs()).withSeed(q.recipe().seed()));
            assertEquals(cli.key(), q.key());
            assertTrue(q.recipe().seed() >= recipe.seed() && q.recipe().seed() <= recipe.seed() + 2);
            expected.add(q.key());
        }
        assertEquals(21 + 4, expected.size(), "two finalists × two more seeds");
        SearchRow winner = vm.rows().get(0);
        assertEquals(3, winner.finalAccuracyProperty().get().n());
        assertEquals(2, winner.seeds().size());
        assertEquals("done", vm.rungs().get(3).statusProperty().get());
        // The same search again trains nothing.
        int trained = backend.trained.size();
        vm.textProperty(SearchField.SEEDS).set("2");
        vm.textProperty(SearchField.SEEDS).set("3");
        vm.run();
        assertEquals(trained, backend.trained.size());
        assertEquals(25, vm.resultProperty().get().cachedRuns());
        assertEquals(winner.index(), vm.winnerNetworkProperty().get());
    }

    @Test
    void aFailedRunStopsItsNetworkOnly() {
        AnsweringBackend backend = new AnsweringBackend(SearchViewModelTest::accuracy);
        SearchViewModel vm = vm(backend);
        CompoundCoefficients bestTriple = vm.rows().stream().map(SearchRow::coefficients).max(Comparator.comparingDouble(
                (CompoundCoefficients c) -> shape(c.alpha(), c.beta(), c.gamma()))).orElseThrow();
        backend.failing = q -> triple(q).equals(bestTriple);
        vm.run();
        SearchRow best = vm.rows().stream().filter(r -> r.coefficients().equals(bestTriple)).findFirst().orElseThrow();
        assertTrue(best.statusProperty().get().startsWith("failed in rung 1: out of memory (simulated)"),
                best.statusProperty().get());
        assertEquals(14, best.rankProperty().get(), "a failed network ranks last");
        assertNotEquals(best.index(), vm.winnerNetworkProperty().get());
        assertTrue(vm.winnerNetworkProperty().get() >= 0);
        assertTrue(vm.statusProperty().get().contains("1 failure (first: out of memory (simulated))"),
                vm.statusProperty().get());
    }
}
