package org.scalelab.training.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.scaling.Scaler;
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
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunStatus;
import org.scalelab.training.data.DatasetException;
import org.scalelab.training.engine.VariantData;
import org.scalelab.training.store.ExperimentStore;
import org.scalelab.training.store.RunFilter;

class ExperimentServiceTest {
    private static final NetworkSpec NET = new NetworkSpec("tiny", "", new InputSpec(1, TinyDataset.SIZE, 4),
            new StemSpec(3, 1, 8, Activation.RELU, false), List.of(StageNotation.parse("cn_r1_k3_s2_c16_relu")),
            HeadSpec.NONE, new ClassifierSpec(0));
    private static final Recipe RECIPE = new Recipe(2, 16, Optimizer.ADAM, 1e-2, LearningRateSchedule.COSINE, 0, 3, 0, 0.1);

    private ExperimentStore store;
    private ExperimentService service;
    private final List<RunEvent> events = Collections.synchronizedList(new ArrayList<>());
    private long experiment;

    @BeforeEach
    void open(@TempDir Path dir) {
        store = ExperimentStore.open(dir.resolve("runs.db"));
        VariantData tiny = new VariantData(TinyDataset.create("tiny"));
        AtomicInteger vanishing = new AtomicInteger();
        service = new ExperimentService(store, id -> {
            // "vanishing" loads once (when the run is submitted) and is gone when the run starts, like a deleted folder.
            if (id.equals("tiny") || id.equals("vanishing") && vanishing.getAndIncrement() == 0) {
                return tiny;
            }
            throw new IllegalArgumentException("no dataset " + id);
        }, dir.resolve("checkpoints"), "test CPU", 1);
        service.addListener(events::add);
        experiment = store.createExperiment("test", null).id();
    }

    @AfterEach
    void close() {
        service.close();
        store.close();
    }

    private static RunRequest request(NetworkSpec spec, String dataset) {
        return new RunRequest("tiny", "test", 0, Multipliers.IDENTITY, spec, dataset, RECIPE);
    }

    private RunRecord submit(RunRequest r) {
        var cost = CostModel.of(r.spec());
        return service.submit(experiment, r, cost.params(), cost.macs());
    }

    private void awaitIdle() throws InterruptedException {
        assertTrue(service.awaitIdle(3, TimeUnit.MINUTES));
    }

    @Test
    void trainsAndStoresTheResultThenAnswersFromTheStore() throws Exception {
        RunRequest r = request(NET, "tiny");
        submit(r);
        awaitIdle();
        RunRecord done = store.find(r.key()).orElseThrow();
        assertEquals(RunStatus.DONE, done.status());
        assertEquals(2, done.epochsDone());
        assertTrue(done.result().testAccuracy() > 0.5, "accuracy " + done.result().testAccuracy());

        events.clear();
        RunRecord again = submit(r);
        assertEquals(RunStatus.DONE, again.status());
        assertEquals(List.of(new RunEvent.Finished(r.key(), done.result(), true)), events, "a cache hit, at once");
        assertEquals(0, service.pending());
    }

    @Test
    void cheapVariantsTrainFirst() throws Exception {
        NetworkSpec big = Scaler.scale(NET, new Multipliers(2, 2, 1), RoundingPolicy.EFFICIENTNET);
        RunRequest blocker = request(NET.withStage(0, StageNotation.parse("cn_r1_k3_s2_c24_relu")), "tiny");
        submit(blocker); // occupies the single worker while the next two are queued
        RunRequest expensive = request(big, "tiny");
        RunRequest cheap = request(NET, "tiny");
        submit(expensive);
        submit(cheap);
        awaitIdle();
        List<String> started = events.stream().filter(e -> e instanceof RunEvent.Started).map(RunEvent::runId).toList();
        assertEquals(List.of(blocker.key(), cheap.key(), expensive.key()), started);
    }

    @Test
    void aFailingRunDoesNotStopTheQueue() throws Exception {
        RunRequest broken = request(NET, "vanishing");
        RunRequest fine = request(NET.withStage(0, StageNotation.parse("cn_r1_k3_s2_c24_relu")), "tiny");
        submit(broken);
        submit(fine);
        awaitIdle();
        RunRecord failed = store.find(broken.key()).orElseThrow();
        assertEquals(RunStatus.FAILED, failed.status());
        assertEquals("data: no dataset vanishing", failed.error());
        assertEquals(RunStatus.DONE, store.find(fine.key()).orElseThrow().status());
    }

    @Test
    void aRequestItsDatasetCannotServeIsRefusedBeforeAnythingIsStored() {
        RunRequest unknown = request(NET, "missing");
        assertThrows(IllegalArgumentException.class, () -> submit(unknown));
        RunRequest tooMany = new RunRequest("tiny", "test", 0, Multipliers.IDENTITY, NET, "tiny",
                RECIPE.withTrainSize(1_000_000));
        DatasetException e = assertThrows(DatasetException.class, () -> submit(tooMany));
        assertTrue(e.getMessage().contains("the train size 1000000 exceeds its"), e.getMessage());
        assertTrue(store.runs(RunFilter.all()).isEmpty(), "nothing stored");
        assertTrue(events.isEmpty(), "nothing queued");
    }

    @Test
    void cancelStopsAQueuedRunAtOnceAndARunningOneWithinAnIteration() throws Exception {
        RunRequest running = request(NET, "tiny");
        RunRequest queued = request(NET.withStage(0, StageNotation.parse("cn_r1_k3_s2_c24_relu")), "tiny");
        service.addListener(e -> {
            if (e instanceof RunEvent.Progress p && p.runId().equals(running.key()) && p.iteration() == 2) {
                service.cancelAll();
            }
        });
        submit(running);
        submit(queued);
        awaitIdle();
        assertEquals(RunStatus.CANCELLED, store.find(running.key()).orElseThrow().status());
        assertEquals(RunStatus.CANCELLED, store.find(queued.key()).orElseThrow().status());
        long iterations = events.stream().filter(e -> e instanceof RunEvent.Progress).count();
        assertEquals(2, iterations, "stopped right after the iteration that asked");
        assertFalse(events.stream().anyMatch(e -> e instanceof RunEvent.Started s && s.runId().equals(queued.key())));
    }
}
