package org.scalelab.training.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.search.CandidateOutcome;
import org.scalelab.domain.search.CoefficientConstraint;
import org.scalelab.domain.search.CoefficientGrid;
import org.scalelab.domain.search.HalvingSchedule;
import org.scalelab.domain.search.Objective;
import org.scalelab.domain.search.RungScore;
import org.scalelab.domain.search.SearchEvent;
import org.scalelab.domain.search.SearchResult;
import org.scalelab.domain.search.SearchSettings;
import org.scalelab.domain.search.SearchSpace;
import org.scalelab.domain.spec.Activation;
import org.scalelab.domain.spec.ClassifierSpec;
import org.scalelab.domain.spec.HeadSpec;
import org.scalelab.domain.spec.InputSpec;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.StageNotation;
import org.scalelab.domain.spec.StemSpec;
import org.scalelab.training.LearningRateSchedule;
import org.scalelab.training.Optimizer;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunStatus;
import org.scalelab.training.engine.VariantData;
import org.scalelab.training.service.ExperimentService;
import org.scalelab.training.service.ExperimentTraining;
import org.scalelab.training.store.ExperimentStore;
import org.scalelab.training.store.RunFilter;

/** The search on the real service and store, with tiny networks on a 12-px task. */
class CoefficientSearchTest {
    private static final NetworkSpec NET = new NetworkSpec("tiny", "", new InputSpec(1, SearchData.SIZE, 4),
            new StemSpec(3, 1, 8, Activation.RELU, false), List.of(StageNotation.parse("cn_r1_k3_s2_c16_relu")),
            HeadSpec.NONE, new ClassifierSpec(0));
    private static final Recipe RECIPE = new Recipe(1, 16, Optimizer.ADAM, 1e-2, LearningRateSchedule.COSINE, 0, 5, 0, 0.2);
    /** (1, 1, 1.4), (1, 1.4, 1) and (2, 1, 1): three distinct networks with α·β²·γ² within 2 ± 0.1. */
    private static final SearchSpace SPACE = SearchSpace.enumerate(NET, RoundingPolicy.EFFICIENTNET,
            CoefficientGrid.parse("a=1:2:1,b=1:1.4:0.4,g=1:1.4:0.4"), CoefficientConstraint.DEFAULT);

    private ExperimentStore store;
    private ExperimentService service;
    private ExperimentTraining training;
    private long experiment;

    @BeforeEach
    void open(@TempDir Path dir) {
        store = ExperimentStore.open(dir.resolve("runs.db"));
        VariantData data = new VariantData(SearchData.create("halves"));
        service = new ExperimentService(store, id -> data, dir.resolve("checkpoints"), "test CPU", 1);
        training = new ExperimentTraining(store, service, "test CPU");
        experiment = store.createExperiment("search test", null).id();
    }

    @AfterEach
    void close() {
        service.close();
        store.close();
    }

    private SearchJob job(ScoreSource score, int seeds) {
        // 3 networks at 1 epoch, the best one at 2 epochs (a single survivor goes to the full budget).
        SearchSettings settings = new SearchSettings(new HalvingSchedule(1, 3, 2), Objective.accuracy(), seeds);
        return new SearchJob(SPACE, settings, "halves", RECIPE, score, experiment);
    }

    @Test
    void trainsRungByRungThenAnswersFromTheStore() throws Exception {
        assertEquals(3, SPACE.networks().size());
        SearchJob job = job(ScoreSource.VALIDATION, 2);
        List<SearchEvent> events = Collections.synchronizedList(new ArrayList<>());
        SearchResult r = new CoefficientSearch(training).run(job, events::add);

        assertFalse(r.cancelled());
        assertEquals(5, r.runs()); // 3 + 1 + one more seed for the finalist
        assertEquals(0, r.cachedRuns());
        CandidateOutcome w = r.winner().orElseThrow();
        assertEquals(1, w.stoppedAtRung());
        assertEquals(2, w.accuracy().n());
        assertEquals(List.of(1, 2), w.rungs().stream().map(RungScore::epochs).toList());
        for (CandidateOutcome o : r.ranking()) {
            for (RungScore s : o.rungs()) {
                RunRecord rec = store.find(s.runId()).orElseThrow();
                assertEquals(RunStatus.DONE, rec.status());
                assertEquals("search", rec.request().rule());
                assertEquals(s.epochs(), rec.request().recipe().epochs());
                assertEquals(s.epochs(), rec.epochsDone());
                assertEquals(rec.epochs().get(rec.epochs().size() - 1).validationAccuracy(), s.accuracy(), 0);
                assertEquals(rec.result().testAccuracy(), s.testAccuracy(), 0);
                assertEquals(o.network().spec(), rec.request().spec());
            }
        }
        List<RunRecord> all = store.runs(RunFilter.all());
        assertEquals(5, all.size());
        assertEquals(1, all.stream().filter(x -> x.request().recipe().seed() == RECIPE.seed() + 1).count());
        assertTrue(events.get(events.size() - 1) instanceof SearchEvent.Completed);
        assertEquals(5, events.stream().filter(e -> e instanceof SearchEvent.Evaluated).count());

        // Again: every run is answered from the database, with the same ranking.
        SearchResult again = new CoefficientSearch(training).run(job, e -> { });
        assertEquals(5, again.cachedRuns());
        assertEquals(r.ranking().stream().map(o -> o.network().index()).toList(),
                again.ranking().stream().map(o -> o.network().index()).toList());
        assertEquals(w.score(), again.winner().orElseThrow().score(), 0);

        // Selecting on the test split reuses the same runs and reads their test accuracy.
        SearchResult onTest = new CoefficientSearch(training).run(job(ScoreSource.TEST, 1), e -> { });
        for (CandidateOutcome o : onTest.ranking()) {
            for (RungScore s : o.rungs()) {
                assertEquals(s.testAccuracy(), s.accuracy(), 0);
            }
        }
    }

    @Test
    void cancellingEndsTheSearchWithAPartialResult() throws Exception {
        CoefficientSearch search = new CoefficientSearch(training);
        SearchResult r = search.run(job(ScoreSource.VALIDATION, 1), e -> {
            if (e instanceof SearchEvent.Evaluated) {
                search.cancel(); // after the first run of the first rung
            }
        });
        assertTrue(r.cancelled());
        assertTrue(search.cancelled());
        assertTrue(r.winner().isEmpty());
        assertTrue(r.ranking().stream().allMatch(o -> o.stoppedAtRung() <= 0));
        assertTrue(service.awaitIdle(1, java.util.concurrent.TimeUnit.MINUTES));
        for (RunRecord rec : store.runs(RunFilter.all())) {
            assertTrue(rec.status() == RunStatus.DONE || rec.status() == RunStatus.CANCELLED, rec.status().toString());
        }
        assertTrue(store.runs(RunFilter.all()).stream().anyMatch(x -> x.status() == RunStatus.CANCELLED));
    }

    @Test
    void validationScoresNeedValidationImages() {
        Recipe none = new Recipe(1, 16, Optimizer.ADAM, 1e-2, LearningRateSchedule.COSINE, 0, 5, 0, 0);
        SearchSettings s = new SearchSettings(HalvingSchedule.DEFAULT, Objective.accuracy(), 1);
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SearchJob(SPACE, s, "halves", none, ScoreSource.VALIDATION, experiment));
        assertTrue(e.getMessage().contains("no validation images"));
    }
}
