package org.scalelab.training.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;

/** Tasks and their results survive Java serialisation (how Spark carries them) with the run's identity intact. */
class RunTaskTest {
    private static final RunRequest REQUEST = new RunRequest("mini-effnet", "compound", 1.5,
            new Multipliers(1.2, 1.1, 1.15), Presets.get("mini-effnet"), "fashion-mnist-bundled",
            Recipe.defaults().withSeed(7).withTrainSize(3000));
    private static final EpochMetrics EPOCH = new EpochMetrics(1, 0.52, 0.81, Double.NaN, 420.5, 12.25);

    @Test
    void aTaskArrivesAsTheSameRun() throws Exception {
        RunTask arrived = copy(RunTask.of(REQUEST, List.of(EPOCH), new byte[] {1, 2, 3}));
        assertEquals(REQUEST, arrived.request());
        assertEquals(REQUEST.key(), arrived.runId());
        assertEquals(List.of(EPOCH), arrived.earlierEpochs());
        assertArrayEquals(new byte[] {1, 2, 3}, arrived.checkpoint());
    }

    @Test
    void aRunWithoutItsCheckpointStartsOver() {
        RunTask t = RunTask.of(REQUEST, List.of(EPOCH), null);
        assertNull(t.checkpoint());
        assertEquals(List.of(), t.earlierEpochs());
    }

    @Test
    void aTaskWhoseRequestDecodesToAnotherRunIsRefused() {
        RunTask t = RunTask.of(REQUEST, List.of(), null);
        RunTask other = new RunTask(RunTask.of(new RunRequest(REQUEST.baseline(), REQUEST.rule(),
                REQUEST.phi(), REQUEST.multipliers(), REQUEST.spec(), REQUEST.dataset(), REQUEST.recipe().withSeed(8)), List.of(), null).runId(),
                t.requestJson(), t.earlier(), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, other::request);
        assertTrue(e.getMessage().contains("different versions of ScaleLab"), e.getMessage());
    }

    @Test
    void aTrainedResultCarriesEpochsResultAndCheckpoint() throws Exception {
        RunResult result = new RunResult(0.875, 30.5, 400, 1.25, "CPU, executor");
        RunTaskResult r = copy(RunTaskResult.trained(REQUEST.key(), "10.0.0.7 (executor 3)", List.of(EPOCH), result,
                new byte[] {9}));
        assertEquals(RunTaskResult.Kind.TRAINED, r.kind());
        assertEquals(List.of(EPOCH), r.epochMetrics());
        assertEquals(result, r.runResult());
        assertArrayEquals(new byte[] {9}, r.checkpoint());
        assertEquals("10.0.0.7 (executor 3)", r.worker());
    }

    @Test
    void aFailureCarriesOnlyItsReason() throws Exception {
        RunTaskResult r = copy(RunTaskResult.ended("x", RunTaskResult.Kind.FAILED, "w", "diverged"));
        assertEquals("diverged", r.reason());
        assertNull(r.runResult());
        assertEquals(List.of(), r.epochMetrics());
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
