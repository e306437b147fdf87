package org.scalelab.training.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.junit.jupiter.api.Test;
import org.scalelab.training.device.NativeBackend;
import org.scalelab.training.dl4j.LayerSet;

/** The benchmark's shape and bookkeeping; nothing here judges a speed. */
class TrainingBenchTest {

    @Test
    void oneResultPerNetAndModeInOrderWithTheOptionsRecorded() {
        NativeBackend.configure();
        TrainingBench.Options options = TrainingBench.Options.defaults().withBatch(4).withIterations(1, 1).withThreads(1);
        List<BenchResult> results = TrainingBench.run(List.of("simple-cnn", ReferenceNets.PLAIN28), options);
        assertEquals(List.of("simple-cnn fit", "simple-cnn output", "plain28 fit", "plain28 output"),
                results.stream().map(r -> r.net() + " " + r.mode()).toList());
        for (BenchResult r : results) {
            assertTrue(r.imagesPerSecond() > 0 && Double.isFinite(r.imagesPerSecond()), r.toString());
            assertEquals(4, r.batch());
            assertEquals(1, r.threads());
            assertTrue(r.backendDescription().startsWith("nd4j-native linux-x86_64"), r.backendDescription());
            assertTrue(r.backendDescription().endsWith("workspaces ENABLED"), r.backendDescription());
        }
    }

    @Test
    void sweepModeTrainsOneNetworkPerJobEachOnItsShareOfTheCores() {
        NativeBackend.configure();
        TrainingBench.Options options = TrainingBench.Options.defaults().withBatch(4).withIterations(1, 2).withJobs(2)
                .withModes(List.of(TrainingBench.FIT));
        List<BenchResult> results = TrainingBench.run(List.of(ReferenceNets.PLAIN28), options);
        assertEquals(1, results.size());
        BenchResult r = results.get(0);
        assertEquals(2, r.jobs());
        assertEquals(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), r.threads());
        assertEquals(TrainingBench.BUILDER, r.builder());
        assertTrue(r.imagesPerSecond() > 0 && Double.isFinite(r.imagesPerSecond()), r.toString());
        // Measured (not NaN); a few ms of CPU can read as 0 at the OS's 10 ms tick on a loaded machine.
        assertTrue(r.coresUsed() >= 0, r.toString());
    }

    @Test
    void unknownNetsFailBeforeAnythingIsMeasured() {
        assertThrows(IllegalArgumentException.class,
                () -> TrainingBench.run(List.of("simple-cnn", "no-such-net"), TrainingBench.Options.defaults()));
    }

    @Test
    void optionsAreValidated() {
        TrainingBench.Options d = TrainingBench.Options.defaults();
        assertEquals(64, d.batch());
        assertEquals(List.of("fit", "output"), d.modes());
        assertEquals(WorkspaceMode.ENABLED, d.workspaceMode());
        assertThrows(IllegalArgumentException.class, () -> d.withBatch(0));
        assertThrows(IllegalArgumentException.class, () -> d.withThreads(-1));
        assertThrows(IllegalArgumentException.class, () -> d.withJobs(0));
        assertThrows(IllegalArgumentException.class, () -> d.withIterations(0, 0));
        assertThrows(IllegalArgumentException.class, () -> d.withModes(List.of("train")));
        assertThrows(IllegalArgumentException.class, () -> d.withModes(List.of()));
    }

    @Test
    void jsonCarriesThePeersFieldNames() {
        BenchResult r = new BenchResult("mbconv32", "fit", 123.456, 64, 1, 2, "ComputationGraph", LayerSet.FAST,
                "nd4j-native x, \"quoted\"", 1.234, Double.NaN);
        assertEquals("{\"net\": \"mbconv32\", \"mode\": \"fit\", \"images_per_second\": 123.5, \"batch\": 64, "
                + "\"threads\": 1, \"jobs\": 2, \"builder\": \"ComputationGraph\", \"layers\": \"FAST\", \"backend\": \"nd4j-native x, \\\"quoted\\\"\", "
                + "\"cores_used\": 1.23, \"others_cores\": null}", r.toJson());
    }
}
