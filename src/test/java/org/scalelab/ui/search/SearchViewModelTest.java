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
import org.scalelab.format.Numbers;
import org.scalelab.format.SearchText;
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

    private SearchViewModel vm(AnsweringTraining backend) {
        return new SearchViewModel(model, backend, direct);
    }

    @Test
    void countsCandidatesAndDistinctNetworksOfTheDefaultGrid() {
        SearchViewModel vm = vm(new AnsweringTraining(SearchViewModelTest::accuracy));
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
        assertTrue(vm.form().validProperty().get());
        assertEquals(triples, vm.form().previewProperty().get().space().candidates().size());
        assertEquals(networks.size(), vm.search().rows().size());
        assertTrue(networks.size() < triples, "rounding merges some triples on a 28-px baseline");
        assertTrue(vm.form().candidatesTextProperty().get().startsWith(triples + " of 275 grid points meet |α·β²·γ² − 2| ≤ 0.1"),
                vm.form().candidatesTextProperty().get());
        assertTrue(vm.form().candidatesTextProperty().get().contains(networks.size() + " distinct networks"));
        assertTrue(vm.form().candidatesTextProperty().get().contains((triples - networks.size()) + " duplicates"));
        // Each row's φ = 1 cost is its own scaled network's.
        for (SearchRow row : vm.search().rows()) {
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
        SearchViewModel vm = vm(new AnsweringTraining(SearchViewModelTest::accuracy));
        int n = vm.search().rows().size();
        assertEquals(14, n);
        // 1, 3, 9 epochs; each rung keeps ⌈n/3⌉: 14 → 5 → 2.
        assertPlan(vm, new int[][] {{14, 1}, {5, 3}, {2, 9}});
        assertTrue(vm.form().planTextProperty().get().contains("21 runs, 47 epochs"), vm.form().planTextProperty().get());
        assertTrue(vm.form().planTextProperty().get().contains("training all 14 fully would take 126"));

        vm.form().textProperty(SearchField.ETA).set("2");
        // η = 2: 14 → 7 → 4 → 2 → 1, epochs 1, 2, 4, 8 and a single survivor straight to max.
        assertPlan(vm, new int[][] {{14, 1}, {7, 2}, {4, 4}, {2, 8}, {1, 9}});
        assertTrue(vm.form().planTextProperty().get().contains("28 runs, 69 epochs"), vm.form().planTextProperty().get());

        vm.form().trainFullyProperty().set(true);
        vm.form().textProperty(SearchField.ETA).set("not used");
        assertTrue(vm.form().validProperty().get(), "η is ignored when every candidate trains fully");
        assertPlan(vm, new int[][] {{14, 9}});
        assertTrue(vm.form().planTextProperty().get().contains("14 runs, 126 epochs"));

        vm.form().trainFullyProperty().set(false);
        assertFalse(vm.form().validProperty().get());
        assertTrue(vm.form().errorProperty(SearchField.ETA).get().contains("'not used' is not a number"));
        vm.form().textProperty(SearchField.ETA).set("3");
        vm.form().textProperty(SearchField.SEEDS).set("3");
        // The 2 finalists train 2 more seeds each at max epochs: 4 runs, 36 epochs more.
        assertEquals(4, vm.search().rungs().size());
        RungRow seeds = vm.search().rungs().get(3);
        assertEquals("seeds", seeds.label());
        assertEquals(36, seeds.epochCost());
        assertTrue(vm.form().planTextProperty().get().contains("25 runs, 83 epochs"), vm.form().planTextProperty().get());
    }

    private static void assertPlan(SearchViewModel vm, int[][] expected) {
        List<int[]> actual = vm.search().rungs().stream().map(r -> new int[] {r.networks(), r.epochs()}).toList();
        assertEquals(expected.length, actual.size(), "rungs");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], actual.get(i)[0], "networks in rung " + (i + 1));
            assertEquals(expected[i][1], actual.get(i)[1], "epochs in rung " + (i + 1));
            assertEquals((long) expected[i][0] * expected[i][1], vm.search().rungs().get(i).epochCost());
        }
    }

    @Test
    void invalidInputIsFlaggedInPlaceAndNeverApplied() {
        AnsweringTraining backend = new AnsweringTraining(SearchViewModelTest::accuracy);
        SearchViewModel vm = vm(backend);
        SearchPreview before = vm.form().previewProperty().get();
        List<SearchRow> rowsBefore = List.copyOf(vm.search().rows());
        CompoundCoefficients coefficients = model.coefficientsProperty().get();

        vm.form().textProperty(SearchField.ALPHA_MIN).set("0.9");
        assertTrue(vm.form().errorProperty(SearchField.ALPHA_MIN).get().contains("below 1"),
                vm.form().errorProperty(SearchField.ALPHA_MIN).get());
        assertTrue(vm.form().errorProperty(SearchGroup.ALPHA).get().startsWith("α: min 0.9"));
        assertFalse(vm.form().validProperty().get());
        assertFalse(vm.canRunProperty().get());
        vm.run();
        assertTrue(backend.submitted.isEmpty());
        assertSame(before, vm.form().previewProperty().get());
        assertEquals(rowsBefore, List.copyOf(vm.search().rows()));
        assertEquals(coefficients, model.coefficientsProperty().get());

        vm.form().textProperty(SearchField.ALPHA_MIN).set("1");
        vm.form().textProperty(SearchField.BETA_MAX).set("abc");
        assertEquals("", vm.form().errorProperty(SearchField.ALPHA_MIN).get());
        assertTrue(vm.form().errorProperty(SearchField.BETA_MAX).get().contains("'abc' is not a number"));
        vm.form().textProperty(SearchField.BETA_MAX).set("1.4");
        vm.form().textProperty(SearchField.GAMMA_STEP).set("0.0001");
        assertTrue(vm.form().errorProperty(SearchField.GAMMA_STEP).get().contains("at most 1000"));
        vm.form().textProperty(SearchField.GAMMA_STEP).set("0.1");
        assertTrue(vm.form().validProperty().get());

        // Each axis alone is fine, together they are too many points.
        for (SearchField f : List.of(SearchField.ALPHA_MAX, SearchField.BETA_MAX, SearchField.GAMMA_MAX)) {
            vm.form().textProperty(f).set("4");
        }
        for (SearchField f : List.of(SearchField.ALPHA_STEP, SearchField.BETA_STEP, SearchField.GAMMA_STEP)) {
            vm.form().textProperty(f).set("0.01");
        }
        assertTrue(vm.form().errorProperty(SearchGroup.GRID).get().contains("grid points; at most 1000000"),
                vm.form().errorProperty(SearchGroup.GRID).get());
        assertFalse(vm.form().validProperty().get());

        vm.form().textProperty(SearchField.ALPHA_STEP).set("0.5");
        vm.form().textProperty(SearchField.BETA_STEP).set("0.5");
        vm.form().textProperty(SearchField.GAMMA_STEP).set("0.5");
        assertTrue(vm.form().validProperty().get());
        vm.form().textProperty(SearchField.TOLERANCE).set("-0.1");
        assertTrue(vm.form().errorProperty(SearchField.TOLERANCE).get().contains("must be 0 or more"));
        vm.form().textProperty(SearchField.TOLERANCE).set("0");
        vm.form().textProperty(SearchField.TARGET).set("2.1");
        vm.form().textProperty(SearchField.MAX_EPOCHS).set("0");
        assertTrue(vm.form().errorProperty(SearchField.MAX_EPOCHS).get().startsWith("max epochs 0 must lie in 1..1000"));
        vm.form().textProperty(SearchField.MAX_EPOCHS).set("2.5");
        assertTrue(vm.form().errorProperty(SearchField.MAX_EPOCHS).get().contains("not a whole number"));
        vm.form().textProperty(SearchField.MAX_EPOCHS).set("9");
        vm.form().textProperty(SearchField.SEEDS).set("21");
        assertTrue(vm.form().errorProperty(SearchField.SEEDS).get().contains("must lie in 1..20"));
        vm.form().textProperty(SearchField.SEEDS).set("1");
        // w only matters (and is only checked) when ranking by the MnasNet objective.
        vm.form().textProperty(SearchField.MNAS_WEIGHT).set("0.5");
        assertTrue(vm.form().validProperty().get());
        vm.form().rankingProperty().set(Objective.Kind.MNAS);
        assertTrue(vm.form().errorProperty(SearchField.MNAS_WEIGHT).get().contains("must lie in [-1, 0]"));
        vm.form().textProperty(SearchField.MNAS_WEIGHT).set("-0.07");
        vm.form().textProperty(SearchField.MNAS_TARGET).set("12.5");
        assertTrue(vm.form().errorProperty(SearchField.MNAS_TARGET).get().contains("whole number of MACs"));
        vm.form().textProperty(SearchField.MNAS_TARGET).set("");
        assertTrue(vm.form().validProperty().get());
        // A grid with no triple near the target is valid input, but nothing can run.
        assertTrue(vm.form().candidatesTextProperty().get().startsWith("None of the 343 grid points meets |α·β²·γ² − 2.1| ≤ 0:"),
                vm.form().candidatesTextProperty().get());
        assertFalse(vm.canRunProperty().get());
        assertTrue(vm.search().rows().isEmpty());

        // Selecting on validation accuracy needs validation images.
        Recipe r = model.recipeProperty().get();
        model.recipeProperty().set(new Recipe(r.epochs(), r.batchSize(), r.optimizer(), r.learningRate(), r.schedule(),
                r.weightDecay(), r.seed(), r.trainSize(), 0));
        assertTrue(vm.form().errorProperty(SearchGroup.RANKING).get().contains("holds out no validation images"));
        vm.form().selectOnProperty().set(ScoreSource.TEST);
        assertEquals("", vm.form().errorProperty(SearchGroup.RANKING).get());
        assertTrue(backend.submitted.isEmpty());
    }

    @Test
    void halvingStopsTheWeakOnesAndRanksTheRest() {
        AnsweringTraining backend = new AnsweringTraining(SearchViewModelTest::accuracy);
        SearchViewModel vm = vm(backend);
        assertFalse(vm.canApplyWinnerProperty().get());
        vm.run();
        List<SearchRow> candidates = List.copyOf(vm.search().rows());

        assertFalse(vm.search().runningProperty().get());
        SearchResult result = vm.search().resultProperty().get();
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
        assertEquals(winner.index(), vm.search().winnerNetworkProperty().get());
        assertSame(winner, vm.search().rows().get(0), "ranked rows, best first");
        assertTrue(winner.winnerProperty().get());
        assertEquals(1, winner.rankProperty().get());
        assertEquals("finalist", winner.statusProperty().get());
        assertEquals(0.80 + 0.1 * shape(winner.coefficients().alpha(), winner.coefficients().beta(),
                winner.coefficients().gamma()) + 0.02 * Math.log(9), winner.accuracyAt(2), 1e-12);
        assertTrue(vm.search().winnerTextProperty().get().startsWith("Winner: " + SearchText.triple(winner.coefficients())));

        SearchRow weakest = byShape.get(13);
        assertTrue(Double.isFinite(weakest.accuracyAt(0)));
        assertTrue(Double.isNaN(weakest.accuracyAt(1)));
        assertTrue(Double.isNaN(weakest.accuracyAt(2)));
        assertEquals("stopped after rung 1 (1 epoch)", weakest.statusProperty().get());
        assertEquals(14, weakest.rankProperty().get());
        assertEquals("stopped after rung 2 (3 epochs)", byShape.get(2).statusProperty().get());
        for (int i = 0; i < 14; i++) {
            assertEquals(i + 1, vm.search().rows().get(i).rankProperty().get());
        }
        assertEquals(21, vm.search().points().size());
        assertEquals(1.0, vm.search().progressProperty().get(), 1e-12);
        assertTrue(vm.search().rungs().stream().allMatch(r -> r.statusProperty().get().equals("done")));
        assertEquals(14, vm.search().rungs().get(0).doneProperty().get());
        assertTrue(vm.search().statusProperty().get().startsWith("Done in"), vm.search().statusProperty().get());
        // Validation accuracy selects; the test accuracy (0.01 lower here) is reported beside it.
        assertEquals(winner.accuracyAt(2) - 0.01, winner.testAccuracyProperty().get(), 1e-12);
    }

    private static Set<CompoundCoefficients> triples(List<SearchRow> rows) {
        return rows.stream().map(SearchRow::coefficients).collect(Collectors.toSet());
    }

    private static Set<CompoundCoefficients> trainedWith(AnsweringTraining backend, int epochs) {
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
        AnsweringTraining backend = new AnsweringTraining(acc);
        SearchViewModel vm = vm(backend);
        vm.form().trainFullyProperty().set(true);
        vm.form().textProperty(SearchField.MAX_EPOCHS).set("3");
        vm.run();
        int byAccuracy = vm.search().winnerNetworkProperty().get();

        vm.form().rankingProperty().set(Objective.Kind.MNAS);
        assertTrue(vm.form().objectiveTextProperty().get().contains("w = -0.07, T = " + Numbers.grouped(2 * baseMacs)),
                vm.form().objectiveTextProperty().get());
        assertEquals(-1, vm.search().winnerNetworkProperty().get(), "a changed form shows its own preview, not the old result");
        int trainedBefore = backend.trained.size();
        vm.run();
        assertEquals(trainedBefore, backend.trained.size(), "the same runs: all answered from the database");
        assertEquals(14, vm.search().resultProperty().get().cachedRuns());
        int byMnas = vm.search().winnerNetworkProperty().get();

        // By hand: argmax of accuracy, and of ACC·(MACs/T)^−0.07 with T = 2 × the baseline's MACs.
        int bestAcc = -1;
        int bestMnas = -1;
        double maxAcc = Double.NEGATIVE_INFINITY;
        double maxMnas = Double.NEGATIVE_INFINITY;
        for (SearchRow row : vm.search().rows()) {
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
        assertTrue(vm.search().winnerTextProperty().get().contains("score"));
    }

    @Test
    void applyWinnerSetsTheWorkbenchCoefficients() {
        SearchViewModel vm = vm(new AnsweringTraining(SearchViewModelTest::accuracy));
        vm.applyWinner();
        assertEquals(CompoundCoefficients.EFFICIENTNET, model.coefficientsProperty().get(), "no result: nothing applied");
        vm.run();
        assertTrue(vm.canApplyWinnerProperty().get());
        SearchRow winner = vm.search().rows().get(0);
        vm.applyWinner();
        assertEquals(winner.coefficients(), model.coefficientsProperty().get());
        assertTrue(vm.search().statusProperty().get().startsWith("Applied α"));
    }

    @Test
    void cancelStopsTheSearchWithAPartialResult() {
        AnsweringTraining backend = new AnsweringTraining(SearchViewModelTest::accuracy);
        SearchViewModel vm = vm(backend);
        // The user clicks cancel while the first run of rung 2 trains.
        backend.hold = q -> q.recipe().epochs() == 3;
        backend.onSubmit = (n, q) -> {
            if (q.recipe().epochs() == 3) {
                assertTrue(vm.search().runningProperty().get());
                vm.cancel();
            }
        };
        vm.run();

        assertFalse(vm.search().runningProperty().get());
        SearchResult result = vm.search().resultProperty().get();
        assertTrue(result.cancelled());
        assertTrue(result.winner().isEmpty());
        assertEquals(-1, vm.search().winnerNetworkProperty().get());
        assertFalse(vm.canApplyWinnerProperty().get());
        assertEquals(15, backend.submitted.size(), "14 in rung 1, then one before the cancel");
        assertEquals(List.of(backend.submitted.get(14).key()), backend.cancelled);
        assertTrue(vm.search().statusProperty().get().startsWith("Cancelled"), vm.search().statusProperty().get());
        assertTrue(vm.search().rows().stream().allMatch(r -> Double.isFinite(r.accuracyAt(0))), "rung 1 results are kept");
        assertTrue(vm.search().rows().stream().allMatch(r -> r.statusProperty().get().endsWith("(cancelled)")));
        assertTrue(vm.search().rungs().get(1).statusProperty().get().startsWith("cancelled"));
        vm.applyWinner();
        assertEquals(CompoundCoefficients.EFFICIENTNET, model.coefficientsProperty().get());
        assertTrue(vm.canRunProperty().get(), "a new search can start");
    }

    @Test
    void theSearchWaitsOffTheUiThreadAndCancelsRunsInFlight() throws InterruptedException {
        QueueExecutor queue = new QueueExecutor();
        WorkbenchModel m = withBaseline(new WorkbenchModel(queue));
        AnsweringTraining backend = new AnsweringTraining(SearchViewModelTest::accuracy);
        backend.hold = q -> true;
        SearchViewModel vm = new SearchViewModel(m, backend, queue);
        queue.runUntil(() -> vm.canRunProperty().get(), 20);

        vm.run(); // returns at once: the driver waits on a worker thread
        assertTrue(vm.search().runningProperty().get());
        queue.runUntil(() -> backend.held().size() == 14, 20);
        String first = backend.submitted.get(0).key();
        backend.progress(first, 1, 1, 5, 10);
        queue.runUntil(() -> vm.search().activityProperty().get().contains("epoch 1/1"), 20);
        assertEquals(0.5 / 47, vm.search().progressProperty().get(), 1e-9, "half an epoch of 47");

        backend.held().forEach(backend::finish);
        queue.runUntil(() -> backend.held().size() == 5 && vm.search().rungs().get(1).statusProperty().get().startsWith("training"), 20);
        assertTrue(vm.search().rungs().get(0).statusProperty().get().startsWith("done"));
        assertEquals(14.0 / 47, vm.search().progressProperty().get(), 1e-9);
        Set<String> inFlight = backend.held();

        vm.cancel();
        queue.runUntil(() -> !vm.search().runningProperty().get(), 20);
        assertTrue(vm.search().resultProperty().get().cancelled());
        assertEquals(inFlight, Set.copyOf(backend.cancelled));
        assertNull(vm.search().resultProperty().get().winner().orElse(null));
        assertEquals(19, backend.submitted.size());
    }

    @Test
    void runsAreTheCliSearchRunsSoTheDatabaseSharesThem() {
        AnsweringTraining backend = new AnsweringTraining(SearchViewModelTest::accuracy);
        SearchViewModel vm = vm(backend);
        vm.form().textProperty(SearchField.SEEDS).set("3");
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
        SearchRow winner = vm.search().rows().get(0);
        assertEquals(3, winner.finalAccuracyProperty().get().n());
        assertEquals(2, winner.seeds().size());
        assertEquals("done", vm.search().rungs().get(3).statusProperty().get());
        // The same search again trains nothing.
        int trained = backend.trained.size();
        vm.form().textProperty(SearchField.SEEDS).set("2");
        vm.form().textProperty(SearchField.SEEDS).set("3");
        vm.run();
        assertEquals(trained, backend.trained.size());
        assertEquals(25, vm.search().resultProperty().get().cachedRuns());
        assertEquals(winner.index(), vm.search().winnerNetworkProperty().get());
    }

    @Test
    void aFailedRunStopsItsNetworkOnly() {
        AnsweringTraining backend = new AnsweringTraining(SearchViewModelTest::accuracy);
        SearchViewModel vm = vm(backend);
        CompoundCoefficients bestTriple = vm.search().rows().stream().map(SearchRow::coefficients).max(Comparator.comparingDouble(
                (CompoundCoefficients c) -> shape(c.alpha(), c.beta(), c.gamma()))).orElseThrow();
        backend.failing = q -> triple(q).equals(bestTriple);
        vm.run();
        SearchRow best = vm.search().rows().stream().filter(r -> r.coefficients().equals(bestTriple)).findFirst().orElseThrow();
        assertTrue(best.statusProperty().get().startsWith("failed in rung 1: out of memory (simulated)"),
                best.statusProperty().get());
        assertEquals(14, best.rankProperty().get(), "a failed network ranks last");
        assertNotEquals(best.index(), vm.search().winnerNetworkProperty().get());
        assertTrue(vm.search().winnerNetworkProperty().get() >= 0);
        assertTrue(vm.search().statusProperty().get().contains("1 failure (first: out of memory (simulated))"),
                vm.search().statusProperty().get());
    }
}
