package org.scalelab.training.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.spec.Activation;
import org.scalelab.domain.spec.ClassifierSpec;
import org.scalelab.domain.spec.HeadSpec;
import org.scalelab.domain.spec.InputSpec;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.StageNotation;
import org.scalelab.domain.spec.StemSpec;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.LearningRateSchedule;
import org.scalelab.training.Optimizer;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunStatus;
import org.scalelab.training.cluster.TaskRunner;
import org.scalelab.training.data.DatasetException;
import org.scalelab.training.engine.VariantData;
import org.scalelab.training.store.ExperimentStore;

/** The experiment service training on a cluster (here one in this process that serialises like Spark). */
class ClusterServiceTest {
    private static final Recipe RECIPE = new Recipe(2, 16, Optimizer.ADAM, 1e-2, LearningRateSchedule.COSINE, 0, 3, 0, 0.1);

    @TempDir
    Path dir;
    private ExperimentStore store;
    private InProcessRemoteTrainer cluster;
    private ExperimentService service;
    private final List<RunEvent> events = Collections.synchronizedList(new ArrayList<>());
    private long experiment;

    @BeforeEach
    void open() {
        store = ExperimentStore.open(dir.resolve("runs.db"));
        experiment = store.createExperiment("test", null).id();
        cluster = new InProcessRemoteTrainer(new TaskRunner(id -> {
            if (!id.equals("tiny")) {
                throw new DatasetException("/data/" + id, "no such folder");
            }
            return TinyDataset.create("tiny");
        }), dir.resolve("executor"));
        service = new ExperimentService(store, cluster, dir.resolve("checkpoints"));
        service.addListener(events::add);
    }

    @AfterEach
    void close() {
        service.close();
        store.close();
    }

    private static RunRequest request(int channels, String dataset) {
        NetworkSpec net = new NetworkSpec("tiny", "", new InputSpec(1, TinyDataset.SIZE, 4),
                new StemSpec(3, 1, channels, Activation.RELU, false), List.of(StageNotation.parse("cn_r1_k3_s2_c16_relu")),
                HeadSpec.NONE, new ClassifierSpec(0));
        return new RunRequest("tiny", "test", 0, Multipliers.IDENTITY, net, dataset, RECIPE);
    }

    private void submit(RunRequest... requests) throws InterruptedException {
        for (RunRequest r : requests) {
            var cost = CostModel.of(r.spec());
            service.submit(experiment, r, cost.params(), cost.macs());
        }
        assertTrue(service.awaitIdle(3, TimeUnit.MINUTES));
    }

    @Test
    void aSweepIsOneBatchAndStoresWhatTrainingHereStores() throws Exception {
        RunRequest a = request(8, "tiny");
        RunRequest b = request(16, "tiny");
        submit(a, b);
        assertEquals(List.of(List.of(a.key(), b.key())), cluster.batches, "queued together, sent together");

        Path localDir = Files.createDirectories(dir.resolve("local"));
        VariantData tiny = new VariantData(TinyDataset.create("tiny"));
        try (ExperimentStore localStore = ExperimentStore.open(localDir.resolve("runs.db"));
             ExperimentService local = new ExperimentService(localStore, id -> tiny, localDir.resolve("checkpoints"),
                     "test CPU", 1)) {
            long e = localStore.createExperiment("local", null).id();
            for (RunRequest r : List.of(a, b)) {
                local.submit(e, r, 0, 0);
            }
            assertTrue(local.awaitIdle(3, TimeUnit.MINUTES));
            for (RunRequest r : List.of(a, b)) {
                RunRecord remote = store.find(r.key()).orElseThrow();
                RunRecord here = localStore.find(r.key()).orElseThrow();
                assertEquals(RunStatus.DONE, remote.status());
                assertEquals(here.result().testAccuracy(), remote.result().testAccuracy(), 0.0);
                assertEquals(losses(here.epochs()), losses(remote.epochs()));
                assertEquals("CPU, test executor", remote.result().device());
                assertTrue(Files.isRegularFile(Path.of(store.checkpoint(r.key()).orElseThrow())));
            }
        }
        List<String> kinds = events.stream().filter(x -> x.runId().equals(a.key()))
                .map(x -> x.getClass().getSimpleName()).toList();
        assertEquals(List.of("Queued", "Started", "EpochDone", "EpochDone", "Finished"), kinds);
    }

    @Test
    void runsAlreadyStoredAreNeverSent() throws Exception {
        RunRequest a = request(8, "tiny");
        submit(a);
        RunRequest b = request(16, "tiny");
        submit(a, b);
        assertEquals(List.of(List.of(a.key()), List.of(b.key())), cluster.batches);
    }

    @Test
    void aResultHandedOverTwiceIsStoredOnce() throws Exception {
        cluster.twice = true;
        RunRequest a = request(8, "tiny");
        submit(a);
        RunRecord r = store.find(a.key()).orElseThrow();
        assertEquals(RunStatus.DONE, r.status());
        assertEquals(List.of(1, 2), r.epochs().stream().map(EpochMetrics::epoch).toList());
        assertEquals(1, events.stream().filter(e -> e instanceof RunEvent.Finished).count());
    }

    @Test
    void aClusterThatGoesAwayKeepsFinishedRunsAndLeavesTheRestToResume() throws Exception {
        cluster.failAfter = 1;
        RunRequest a = request(8, "tiny");
        RunRequest b = request(16, "tiny");
        submit(a, b);
        assertEquals(RunStatus.DONE, store.find(a.key()).orElseThrow().status());
        RunRecord lost = store.find(b.key()).orElseThrow();
        assertEquals(RunStatus.INTERRUPTED, lost.status());
        assertEquals("the Spark master at spark://test:7077 went away", service.clusterFailure().orElseThrow());
        assertFalse(service.clusterFailureIsUserInput());
        assertTrue(events.contains(new RunEvent.Failed(b.key(), lost.error())), "waiting callers learn it ended");

        // The same sweep started again (another service on the same database) trains what is missing, and only that.
        service.close();
        InProcessRemoteTrainer next = new InProcessRemoteTrainer(new TaskRunner(id -> TinyDataset.create("tiny")),
                dir.resolve("executor"));
        service = new ExperimentService(store, next, dir.resolve("checkpoints"));
        submit(a, b);
        assertEquals(List.of(List.of(b.key())), next.batches);
        assertEquals(RunStatus.DONE, store.find(b.key()).orElseThrow().status());
    }

    @Test
    void aResumedRunTravelsWithItsEpochsAndCheckpoint() throws Exception {
        RunRequest a = request(8, "tiny");
        var cost = CostModel.of(a.spec());
        store.enqueue(experiment, a, cost.params(), cost.macs());
        store.markRunning(a.key(), "test CPU");
        Path checkpoint = Files.createDirectories(dir.resolve("checkpoints")).resolve(a.key() + ".zip");
        // An epoch trained here before a crash; its checkpoint comes from a real one-epoch run.
        RunRequest oneEpoch = new RunRequest(a.baseline(), a.rule(), a.phi(), a.multipliers(), a.spec(), a.dataset(),
                RECIPE.withEpochs(1));
        submit(oneEpoch);
        assertEquals(RunStatus.DONE, store.find(oneEpoch.key()).orElseThrow().status(), () -> events.toString());
        Files.copy(Path.of(store.checkpoint(oneEpoch.key()).orElseThrow()), checkpoint);
        EpochMetrics first = store.epochs(oneEpoch.key()).get(0);
        store.recordEpoch(a.key(), first, checkpoint.toString());
        assertEquals(List.of(a.key()), service.recover().stream().map(RunRecord::id).toList());
        assertTrue(service.awaitIdle(3, TimeUnit.MINUTES));

        var sent = cluster.sent.stream().filter(t -> t.runId().equals(a.key())).findFirst().orElseThrow();
        assertArrayEquals(Files.readAllBytes(store.checkpoint(oneEpoch.key()).map(Path::of).orElseThrow()), sent.checkpoint());
        assertEquals(List.of(first), sent.earlierEpochs());
        RunRecord done = store.find(a.key()).orElseThrow();
        assertEquals(RunStatus.DONE, done.status());
        assertEquals(List.of(1, 2), done.epochs().stream().map(EpochMetrics::epoch).toList());
        assertEquals(first, done.epochs().get(0), "the earlier epoch is kept, not stored again");
    }

    @Test
    void aWorkerThatCannotReadTheDataEndsTheBatchNamingIt() throws Exception {
        RunRequest a = request(8, "elsewhere");
        submit(a);
        String why = service.clusterFailure().orElseThrow();
        assertEquals("--data: /data/elsewhere: no such folder, on worker 127.0.0.1 (executor 0); a --data folder must be"
                + " readable at the same path on every worker", why);
        assertTrue(service.clusterFailureIsUserInput());
        assertEquals(RunStatus.INTERRUPTED, store.find(a.key()).orElseThrow().status());
    }

    @Test
    void aRunCancelledWhileOnTheClusterEndsAtOnceAndItsResultIsDropped() throws Exception {
        RunRequest a = request(8, "tiny");
        RunRequest b = request(16, "tiny");
        cluster.onTask = t -> {
            if (t.runId().equals(a.key())) {
                service.cancel(a.key());
                assertTrue(events.contains(new RunEvent.Cancelled(a.key())), "at once, before its task ends");
            }
        };
        submit(a, b);
        assertEquals(RunStatus.CANCELLED, store.find(a.key()).orElseThrow().status());
        assertEquals(0, store.epochs(a.key()).size());
        assertFalse(events.stream().anyMatch(e -> e instanceof RunEvent.Finished && e.runId().equals(a.key())));
        assertEquals(RunStatus.DONE, store.find(b.key()).orElseThrow().status());
    }

    @Test
    void closingWhileRunsTrainLeavesThemToResumeAtTheNextStart() throws Exception {
        RunRequest a = request(8, "tiny");
        RunRequest b = request(16, "tiny");
        cluster.onTask = t -> {
            if (t.runId().equals(a.key())) {
                new Thread(service::close).start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!cluster.stop.getAsBoolean() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
            }
        };
        for (RunRequest r : List.of(a, b)) {
            var cost = CostModel.of(r.spec());
            service.submit(experiment, r, cost.params(), cost.macs());
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!cluster.closed && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(cluster.closed);
        assertEquals(RunStatus.DONE, store.find(a.key()).orElseThrow().status(), "its result was in");
        assertEquals(RunStatus.RUNNING, store.find(b.key()).orElseThrow().status());

        InProcessRemoteTrainer next = new InProcessRemoteTrainer(new TaskRunner(id -> TinyDataset.create("tiny")),
                dir.resolve("executor"));
        service = new ExperimentService(store, next, dir.resolve("checkpoints"));
        assertEquals(List.of(b.key()), service.recover().stream().map(RunRecord::id).toList());
        assertTrue(service.awaitIdle(3, TimeUnit.MINUTES));
        assertEquals(RunStatus.DONE, store.find(b.key()).orElseThrow().status());
        assertEquals(List.of(List.of(b.key())), next.batches);
    }

    @Test
    void closingTheServiceClosesTheCluster() {
        service.close();
        assertTrue(cluster.closed);
        assertNull(service.clusterFailure().orElse(null));
        assertNotNull(store.experiments());
    }

    private static List<Double> losses(List<EpochMetrics> epochs) {
        return epochs.stream().map(EpochMetrics::loss).toList();
    }
}
