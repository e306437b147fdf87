package org.scalelab.training.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scalelab.training.store.Requests.checkpointAfter;
import static org.scalelab.training.store.Requests.epoch;
import static org.scalelab.training.store.Requests.miniEffnet;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;
import org.scalelab.training.RunStatus;

class ExperimentStoreTest {
    private static final RunResult RESULT = new RunResult(0.875, 61.5, 980.25, Double.NaN, "CPU test");

    @TempDir
    Path dir;
    private ExperimentStore store;
    private long experiment;

    @BeforeEach
    void open() {
        store = ExperimentStore.open(dir.resolve("nested/folders/scalelab.db"));
        experiment = store.createExperiment("compound vs width", "φ 0..2").id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String trained(RunRequest request, int epochs) {
        String id = store.enqueue(experiment, request, 1000, 2000).id();
        store.markRunning(id, "CPU test");
        for (int e = 1; e <= epochs; e++) {
            store.recordEpoch(id, epoch(e), checkpointAfter(e));
        }
        return id;
    }

    @Test
    void experimentsAreListedInTheOrderTheyWereCreated() {
        Experiment second = store.createExperiment("resolution only", null);
        List<Experiment> all = store.experiments();
        assertEquals(List.of("compound vs width", "resolution only"), all.stream().map(Experiment::name).toList());
        assertEquals(second, all.get(1));
        assertEquals("", second.description());
    }

    @Test
    void everyPresetsRequestReadsBackEqual() {
        for (String baseline : Presets.names()) {
            RunRequest request = Requests.compound(baseline, 1.5, 7);
            RunRecord queued = store.enqueue(experiment, request, 123, 456);
            assertEquals(request, queued.request(), baseline);
            assertEquals(request.key(), queued.id());
            assertEquals(RunStatus.QUEUED, queued.status());
            assertEquals(List.of(), queued.epochs());
            assertNull(queued.result());
            assertEquals(Optional.of(queued), store.find(request.key()));
        }
    }

    @Test
    void aRequestWithoutPhiKeepsItsNaN() {
        RunRequest custom = new RunRequest("mini-resnet", "custom", Double.NaN, new Multipliers(1, 1.5, 1),
                Presets.get("mini-resnet"), Requests.DATASET, Recipe.defaults().withTrainSize(2000));
        assertEquals(custom, store.enqueue(experiment, custom, 1, 1).request());
    }

    @Test
    void aFinishedRunKeepsItsEpochsAndResult() {
        String id = trained(miniEffnet(1), 3);
        store.finish(id, RESULT);
        RunRecord done = store.find(id).orElseThrow();
        assertEquals(RunStatus.DONE, done.status());
        assertEquals(RESULT, done.result());
        assertEquals(List.of(epoch(1), epoch(2), epoch(3)), done.epochs());
        assertEquals(done.epochs(), store.epochs(id));
        assertNull(done.error());
        assertTrue(done.updatedAtMillis() >= done.createdAtMillis());
    }

    @Test
    void queuingADoneRunAgainIsACacheHit() {
        String id = trained(miniEffnet(1), 2);
        store.finish(id, RESULT);
        long other = store.createExperiment("rerun", "").id();

        RunRecord hit = store.enqueue(other, miniEffnet(1), 1000, 2000);

        assertEquals(RunStatus.DONE, hit.status());
        assertEquals(RESULT, hit.result());
        assertEquals(2, hit.epochsDone());
        assertEquals(List.of(hit), store.runs(RunFilter.all().inExperiment(other)));
        assertEquals(1, store.runs(RunFilter.all()).size());
    }

    @Test
    void queuingTwiceLinksOnce() {
        RunRecord first = store.enqueue(experiment, miniEffnet(1), 1000, 2000);
        store.enqueue(experiment, miniEffnet(2), 1000, 2000);
        assertEquals(first, store.enqueue(experiment, miniEffnet(1), 1000, 2000));
        assertEquals(2, store.runs(RunFilter.all().inExperiment(experiment)).size());
    }

    @Test
    void aFailedRunIsQueuedAgainWithItsEpochsToResumeFrom() {
        String id = trained(miniEffnet(1), 2);
        store.fail(id, "out of memory");
        assertEquals("out of memory", store.find(id).orElseThrow().error());

        RunRecord again = store.enqueue(experiment, miniEffnet(1), 1000, 2000);

        assertEquals(RunStatus.QUEUED, again.status());
        assertNull(again.error());
        assertEquals(2, again.epochsDone());
        assertEquals(Optional.of(checkpointAfter(2)), store.checkpoint(id));
    }

    @Test
    void eachEpochAdvancesTheCountAndTheCheckpoint() {
        String id = store.enqueue(experiment, miniEffnet(1), 1000, 2000).id();
        assertEquals(Optional.empty(), store.checkpoint(id));
        store.markRunning(id, "CPU test");
        store.recordEpoch(id, epoch(1), checkpointAfter(1));
        store.recordEpoch(id, epoch(2), checkpointAfter(2));
        assertEquals(Optional.of(checkpointAfter(2)), store.checkpoint(id));
        assertEquals(List.of(epoch(1), epoch(2)), store.epochs(id));
    }

    @Test
    void aMetricThatWasNotMeasuredStaysNaN() {
        String id = trained(miniEffnet(1), 0);
        EpochMetrics diverged = new EpochMetrics(1, Double.NaN, Double.NaN, Double.NaN, Double.POSITIVE_INFINITY, 0);
        store.recordEpoch(id, diverged, checkpointAfter(1));
        assertEquals(List.of(diverged), store.epochs(id));
    }

    @Test
    void epochsComeInOrderAndOnlyWhileRunning() {
        String id = trained(miniEffnet(1), 2);
        assertThrows(IllegalStateException.class, () -> store.recordEpoch(id, epoch(2), checkpointAfter(2)));
        assertThrows(IllegalArgumentException.class, () -> store.recordEpoch(id, epoch(3), " "));
        store.cancel(id, "user stopped it");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> store.recordEpoch(id, epoch(3), checkpointAfter(3)));
        assertEquals("cannot record an epoch of run " + id + ": it is CANCELLED, and only a run that is [RUNNING]"
                + " allows that", e.getMessage());
        assertEquals(2, store.find(id).orElseThrow().epochsDone());
        assertEquals(Optional.of(checkpointAfter(2)), store.checkpoint(id));
    }

    @Test
    void finishingACancelledRunIsRefusedAndChangesNothing() {
        String id = trained(miniEffnet(1), 1);
        store.cancel(id, "user stopped it");
        RunRecord cancelled = store.find(id).orElseThrow();

        assertThrows(IllegalStateException.class, () -> store.finish(id, RESULT));
        assertThrows(IllegalStateException.class, () -> store.fail(id, "late error"));

        assertEquals(cancelled, store.find(id).orElseThrow());
    }

    @Test
    void onlyQueuedOrInterruptedRunsStart() {
        String id = trained(miniEffnet(1), 1);
        assertThrows(IllegalStateException.class, () -> store.markRunning(id, "twice"));
        store.finish(id, RESULT);
        assertThrows(IllegalStateException.class, () -> store.markRunning(id, "after done"));
        assertThrows(IllegalStateException.class, () -> store.cancel(id, "too late"));
    }

    @Test
    void runningRunsBecomeInterruptedAndResume() {
        String running = trained(miniEffnet(1), 2);
        String queued = store.enqueue(experiment, miniEffnet(2), 1, 1).id();

        List<RunRecord> interrupted = store.markInterrupted();

        assertEquals(List.of(running), interrupted.stream().map(RunRecord::id).toList());
        RunRecord record = interrupted.get(0);
        assertEquals(RunStatus.INTERRUPTED, record.status());
        assertEquals(2, record.epochsDone());
        assertTrue(record.error().contains("stopped"), record.error());
        assertEquals(RunStatus.QUEUED, store.find(queued).orElseThrow().status());
        assertEquals(List.of(), store.markInterrupted());

        store.markRunning(running, "CPU test");
        store.recordEpoch(running, epoch(3), checkpointAfter(3));
        store.finish(running, RESULT);
        assertEquals(3, store.find(running).orElseThrow().epochsDone());
    }

    @Test
    void runsAreFilteredByExperimentStatusAndBaseline() {
        long widthOnly = store.createExperiment("width only", "").id();
        String effnet = trained(miniEffnet(1), 1);
        String resnet = store.enqueue(experiment, Requests.compound("mini-resnet", 1, 1), 1, 1).id();
        store.enqueue(widthOnly, Requests.compound("mini-resnet", 1, 1), 1, 1);
        store.enqueue(widthOnly, miniEffnet(1), 1, 1);

        assertEquals(List.of(effnet, resnet), ids(RunFilter.all().inExperiment(experiment)));
        assertEquals(List.of(resnet, effnet), ids(RunFilter.all().inExperiment(widthOnly)));
        assertEquals(List.of(effnet), ids(RunFilter.all().withStatus(RunStatus.RUNNING)));
        assertEquals(List.of(resnet), ids(RunFilter.all().ofBaseline("mini-resnet").inExperiment(widthOnly)));
        assertEquals(List.of(), ids(RunFilter.all().ofBaseline("mini-resnet").withStatus(RunStatus.DONE)));
    }

    private List<String> ids(RunFilter filter) {
        return store.runs(filter).stream().map(RunRecord::id).toList();
    }

    @Test
    void unknownIdsAreNamed() {
        assertEquals(Optional.empty(), store.find("no-such-run"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.epochs("no-such-run"));
        assertEquals("no run no-such-run", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> store.checkpoint("no-such-run"));
        assertThrows(IllegalArgumentException.class, () -> store.markRunning("no-such-run", "cpu"));
        assertThrows(IllegalArgumentException.class, () -> store.enqueue(experiment + 1, miniEffnet(1), 1, 1));
        assertEquals(List.of(), store.runs(RunFilter.all()));
    }

    @Test
    void everythingSurvivesReopening() {
        String id = trained(miniEffnet(1), 2);
        RunRecord before = store.find(id).orElseThrow();
        store.close();

        store = ExperimentStore.open(dir.resolve("nested/folders/scalelab.db"));

        assertEquals(before, store.find(id).orElseThrow());
        assertEquals(1, store.experiments().size());
    }

    @Test
    void aClosedStoreRefusesWork() {
        store.close();
        store.close();
        assertThrows(IllegalStateException.class, () -> store.experiments());
    }
}
