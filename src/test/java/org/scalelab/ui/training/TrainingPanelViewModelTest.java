package org.scalelab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;
import org.scalelab.training.RunStatus;
import org.scalelab.training.service.RunEvent;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

class TrainingPanelViewModelTest {
    private final DirectExecutor executor = new DirectExecutor();
    private final AtomicLong clock = new AtomicLong();
    private WorkbenchModel model;
    private FakeTraining backend;
    private TrainingPanelViewModel vm;

    @BeforeEach
    void setUp() {
        model = new WorkbenchModel(executor);
        backend = new FakeTraining();
        vm = new TrainingPanelViewModel(model, backend, executor, clock::get);
    }

    private RunRequest selectedRequest() {
        return model.requestFor(model.selectedProperty().get());
    }

    @Test
    void trainSelectedSubmitsTheSelectedVariantsRequest() {
        vm.trainSelected();
        assertEquals(List.of(selectedRequest()), backend.submitted);
    }

    @Test
    void eachSeedIsQueuedAsItsOwnRun() {
        model.seedsProperty().set(3);
        vm.trainSelected();
        assertEquals(model.requestsFor(model.selectedProperty().get()), backend.submitted);
        assertEquals(List.of(42L, 43L, 44L), backend.submitted.stream().map(q -> q.recipe().seed()).toList());
        assertEquals(3, vm.jobs().size());
        assertTrue(vm.jobs().get(2).title().endsWith(" · seed 44"), vm.jobs().get(2).title());

        vm.trainAcrossRules();
        assertEquals(3 + 3 * 3, backend.submitted.size(), "the selected variant's seeds are already queued");
        vm.trainSweep();
        long networks = model.gridProperty().get().stream().map(v -> v.spec()).distinct().count();
        assertEquals(3 * networks, backend.submitted.size());
    }

    @Test
    void submittedRunShowsAsQueuedRow() {
        vm.trainSelected();
        assertEquals("queued", vm.jobs().get(0).statusProperty().get());
        assertEquals(1, vm.queuedProperty().get());
    }

    @Test
    void trainAcrossRulesSubmitsEachShownRuleOnce() {
        vm.trainAcrossRules();
        Set<String> rules = new HashSet<>();
        backend.submitted.forEach(q -> rules.add(q.rule()));
        assertEquals(Set.of("compound", "width", "depth", "resolution"), rules);
    }

    @Test
    void trainSweepSubmitsEveryDistinctGridNetwork() {
        vm.trainSweep();
        long distinct = model.gridProperty().get().stream().map(v -> model.requestFor(v).key()).distinct().count();
        assertEquals(distinct, backend.submitted.size());
    }

    @Test
    void trainingAnActiveRunAgainDoesNotResubmit() {
        vm.trainSelected();
        vm.trainSelected();
        assertEquals(1, backend.submitted.size());
    }

    @Test
    void progressEventsUpdateProgressStatusAndEta() {
        vm.trainSelected();
        String id = selectedRequest().key();
        backend.emit(new RunEvent.Started(id, false));
        clock.set(10_000_000_000L);
        backend.emit(new RunEvent.Progress(id, 2, 3, 5, 10, 0.5));
        JobRow row = vm.jobs().get(0);
        assertEquals(0.5, row.progressProperty().get(), 1e-9);
        assertEquals("epoch 2/3 · loss 0.500", row.statusProperty().get());
        assertEquals("about 10 s left", row.etaProperty().get());
        assertEquals(1, vm.runningProperty().get());
    }

    @Test
    void finishedRunLandsInModelRuns() {
        vm.trainSelected();
        RunRequest q = selectedRequest();
        EpochMetrics m = new EpochMetrics(1, 0.4, 0.8, 0.79, 100, 3);
        backend.emit(new RunEvent.EpochDone(q.key(), m));
        backend.emit(new RunEvent.Finished(q.key(), new RunResult(0.842, 30, 100, 1, "CPU"), false));
        RunRecord r = model.runs().get(q.key());
        assertEquals(0.842, r.result().testAccuracy(), 1e-12);
        assertEquals(List.of(m), r.epochs());
        assertEquals("done · 84.2%", vm.jobs().get(0).statusProperty().get());
        assertFalse(vm.jobs().get(0).activeProperty().get());
    }

    @Test
    void cancelCallsThroughToTheBackend() {
        vm.trainSelected();
        vm.cancel(vm.jobs().get(0));
        assertEquals(List.of(selectedRequest().key()), backend.cancelled);
        assertEquals("cancelled", vm.jobs().get(0).statusProperty().get());
    }

    @Test
    void cancelAllCallsThroughToTheBackend() {
        vm.trainAcrossRules();
        vm.cancelAll();
        assertTrue(backend.cancelAllCalled);
        assertEquals(0, vm.queuedProperty().get() + vm.runningProperty().get());
    }

    @Test
    void failedRunShowsTheReason() {
        vm.trainSelected();
        backend.emit(new RunEvent.Failed(selectedRequest().key(), "diverged: loss is NaN"));
        assertEquals("failed: diverged: loss is NaN", vm.jobs().get(0).statusProperty().get());
    }

    @Test
    void submitFailureShowsTheReason() {
        backend.submitFailure = new IllegalStateException("database is locked");
        vm.trainSelected();
        assertEquals("failed: database is locked", vm.jobs().get(0).statusProperty().get());
    }

    @Test
    void storedDoneRunsOfTheDatasetAreLoadedAtStart() {
        Variant v = model.atPhiProperty().get().get(ScalingRule.WIDTH);
        RunRequest q = model.requestFor(v);
        RunRecord done = new RunRecord(q.key(), q, RunStatus.DONE, List.of(), new RunResult(0.8, 1, 1, 1, "CPU"), null, 0, 0);
        backend.stored = List.of(done);
        TrainingPanelViewModel fresh = new TrainingPanelViewModel(model, backend, executor);
        assertEquals(done, model.runs().get(q.key()));
        assertTrue(fresh.readyProperty().get());
    }

    @Test
    void unavailableBackendDisablesTrainingWithTheReason() {
        backend.openFailure = new IllegalStateException("cannot open /x.db: read-only");
        TrainingPanelViewModel fresh = new TrainingPanelViewModel(model, backend, executor);
        assertFalse(fresh.canTrainSelectedProperty().get());
        assertEquals("training unavailable: cannot open /x.db: read-only", fresh.messageProperty().get());
    }

    @Test
    void theRunCountFollowsRunsAsTheyFinish() {
        assertEquals("ready · 0 runs for this data", vm.messageProperty().get());
        vm.trainSelected();
        String id = selectedRequest().key();
        backend.emit(new RunEvent.Finished(id, new RunResult(0.8, 1, 1, 1, "CPU"), true));
        assertEquals("ready · 1 run for this data", vm.messageProperty().get());
    }

    @Test
    void etaFormatsMinutes() {
        assertEquals("about 2 min 5 s left", TrainingPanelViewModel.eta(125));
    }
}
