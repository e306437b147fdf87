package org.scalelab.training.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scalelab.training.store.Requests.checkpointAfter;
import static org.scalelab.training.store.Requests.epoch;
import static org.scalelab.training.store.Requests.miniEffnet;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.training.RunResult;
import org.scalelab.training.RunStatus;

/** A training thread and a UI thread, or two ScaleLab processes, write at once and lose nothing. */
@Timeout(60)
class ConcurrencyTest {
    private static final int EPOCHS = 60;

    @TempDir
    Path dir;

    /** Both tasks start together, and the first failure of either fails the test. */
    private static void runTogether(Callable<?> a, Callable<?> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            Future<?> first = pool.submit(() -> {
                start.await();
                return a.call();
            });
            Future<?> second = pool.submit(() -> {
                start.await();
                return b.call();
            });
            first.get();
            second.get();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Void train(ExperimentStore store, long experiment, long seed) {
        String id = store.enqueue(experiment, miniEffnet(seed), 1, 1).id();
        store.markRunning(id, "thread " + seed);
        for (int e = 1; e <= EPOCHS; e++) {
            store.recordEpoch(id, epoch(e), checkpointAfter(e));
            store.runs(RunFilter.all().inExperiment(experiment));
        }
        store.finish(id, new RunResult(0.5, 1, 1, 1, "thread " + seed));
        return null;
    }

    @Test
    void aTrainingThreadAndAUiThreadShareOneStore() throws Exception {
        try (ExperimentStore store = ExperimentStore.open(dir.resolve("scalelab.db"))) {
            long experiment = store.createExperiment("two threads", "").id();

            runTogether(() -> train(store, experiment, 1), () -> train(store, experiment, 2));

            assertEveryEpochStored(store, experiment);
        }
    }

    @Test
    void twoProcessesOnOneFileWaitForEachOther() throws Exception {
        Path db = dir.resolve("scalelab.db");
        try (ExperimentStore first = ExperimentStore.open(db); ExperimentStore second = ExperimentStore.open(db)) {
            long experiment = first.createExperiment("two connections", "").id();

            runTogether(() -> train(first, experiment, 1), () -> train(second, experiment, 2));
            runTogether(() -> first.enqueue(experiment, miniEffnet(3), 1, 1),
                    () -> second.enqueue(experiment, miniEffnet(3), 1, 1));

            assertEquals(3, second.runs(RunFilter.all().inExperiment(experiment)).size());
            assertEveryEpochStored(first, experiment);
        }
    }

    /** Two processes started together (a sweep and the workbench) may both create the same new database. */
    @Test
    void manyOpenersOfOneNewFileAllSucceed() throws Exception {
        int openers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(openers);
        try {
            for (int round = 0; round < 40; round++) {
                Path db = dir.resolve("new-" + round + ".db");
                CyclicBarrier start = new CyclicBarrier(openers);
                List<Future<Void>> opened = new java.util.ArrayList<>();
                for (int i = 0; i < openers; i++) {
                    opened.add(pool.submit(() -> {
                        start.await();
                        try (ExperimentStore store = ExperimentStore.open(db)) {
                            store.experiments();
                        }
                        return null;
                    }));
                }
                for (Future<Void> f : opened) {
                    f.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertEveryEpochStored(ExperimentStore store, long experiment) {
        List<String> done = store.runs(RunFilter.all().inExperiment(experiment).withStatus(RunStatus.DONE)).stream()
                .map(r -> r.id() + " " + r.epochsDone()).sorted().toList();
        List<String> expected = List.of(miniEffnet(1).key() + " " + EPOCHS, miniEffnet(2).key() + " " + EPOCHS)
                .stream().sorted().toList();
        assertEquals(expected, done);
    }
}
