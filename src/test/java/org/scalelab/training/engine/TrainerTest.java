package org.scalelab.training.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.spec.ClassifierSpec;
import org.scalelab.domain.spec.HeadSpec;
import org.scalelab.domain.spec.InputSpec;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.StageNotation;
import org.scalelab.domain.spec.StemSpec;
import org.scalelab.domain.spec.Activation;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.LearningRateSchedule;
import org.scalelab.training.Optimizer;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRequest;

class TrainerTest {
    private static final NetworkSpec NET = new NetworkSpec("tiny", "", new InputSpec(1, SyntheticData.SIZE, SyntheticData.CLASSES),
            new StemSpec(3, 1, 8, Activation.RELU, false),
            List.of(StageNotation.parse("cn_r1_k3_s2_c16_relu"), StageNotation.parse("ir_r1_k3_s2_e2_c16_se0.25_swish")),
            HeadSpec.NONE, new ClassifierSpec(0));
    private static final Recipe RECIPE = new Recipe(3, 16, Optimizer.ADAM, 1e-2, LearningRateSchedule.COSINE, 0, 7, 0, 0);

    private final Trainer trainer = new Trainer("test CPU");

    private static RunRequest request(Recipe recipe) {
        return new RunRequest("tiny", "baseline", 0, Multipliers.IDENTITY, NET, "synthetic", recipe);
    }

    private static TrainingJob job(Recipe recipe, TrainingData data, Path dir, List<EpochMetrics> earlier) {
        return new TrainingJob(request(recipe), data, dir.resolve("net.zip"), earlier);
    }

    /** Collects epochs and can cancel before a given 1-based epoch starts. */
    private static final class Recorder implements TrainingMonitor {
        final List<EpochMetrics> epochs = new ArrayList<>();
        final AtomicInteger iterations = new AtomicInteger();
        final int cancelBeforeEpoch;
        final int cancelAfterIterations;

        Recorder(int cancelBeforeEpoch, int cancelAfterIterations) {
            this.cancelBeforeEpoch = cancelBeforeEpoch;
            this.cancelAfterIterations = cancelAfterIterations;
        }

        @Override
        public boolean cancelled() {
            return epochs.size() + 1 >= cancelBeforeEpoch || iterations.get() >= cancelAfterIterations;
        }

        @Override
        public void onIteration(int epoch, int iteration, int perEpoch, double loss) {
            iterations.incrementAndGet();
        }

        @Override
        public void onEpoch(EpochMetrics m, Path checkpoint) {
            epochs.add(m);
        }
    }

    @Test
    void learnsASimpleTaskAndReportsEveryEpoch(@TempDir Path dir) {
        Recorder rec = new Recorder(Integer.MAX_VALUE, Integer.MAX_VALUE);
        TrainingOutcome.Done done = assertInstanceOf(TrainingOutcome.Done.class,
                trainer.train(job(RECIPE, SyntheticData.data(), dir, List.of()), rec));
        assertTrue(done.result().testAccuracy() > 0.9, "test accuracy " + done.result().testAccuracy());
        assertEquals(3, rec.epochs.size());
        assertEquals(List.of(1, 2, 3), rec.epochs.stream().map(EpochMetrics::epoch).toList());
        assertTrue(rec.epochs.get(2).loss() < rec.epochs.get(0).loss());
        assertTrue(done.result().imagesPerSecond() > 0 && done.result().latencyMillis() > 0);
        assertEquals("test CPU", done.result().device());
        assertTrue(Files.isRegularFile(dir.resolve("net.zip")));
    }

    @Test
    void sameSeedSameRecipeSameSpecGiveTheSameNumbers(@TempDir Path dir) {
        Recorder a = new Recorder(Integer.MAX_VALUE, Integer.MAX_VALUE);
        Recorder b = new Recorder(Integer.MAX_VALUE, Integer.MAX_VALUE);
        var ra = (TrainingOutcome.Done) trainer.train(job(RECIPE, SyntheticData.data(), dir.resolve("a"), List.of()), a);
        var rb = (TrainingOutcome.Done) trainer.train(job(RECIPE, SyntheticData.data(), dir.resolve("b"), List.of()), b);
        assertEquals(ra.result().testAccuracy(), rb.result().testAccuracy());
        for (int i = 0; i < 3; i++) {
            assertEquals(a.epochs.get(i).loss(), b.epochs.get(i).loss(), 1e-6, "epoch " + (i + 1));
            assertEquals(a.epochs.get(i).validationAccuracy(), b.epochs.get(i).validationAccuracy());
        }
    }

    @Test
    void cancellationStopsWithinOneIteration(@TempDir Path dir) {
        Recorder rec = new Recorder(Integer.MAX_VALUE, 3);
        TrainingOutcome out = trainer.train(job(RECIPE, SyntheticData.data(), dir, List.of()), rec);
        assertEquals(new TrainingOutcome.Cancelled(0), out);
        assertEquals(3, rec.iterations.get());
    }

    @Test
    void nanLossFailsTheRunWithTheReason(@TempDir Path dir) {
        TrainingData good = SyntheticData.data();
        float[] poisoned = good.train().pixels().clone();
        java.util.Arrays.fill(poisoned, Float.NaN);
        Samples bad = new Samples(poisoned, good.train().labels(), good.train().count(), 1, SyntheticData.SIZE, SyntheticData.CLASSES);
        TrainingOutcome out = trainer.train(job(RECIPE, new TrainingData(bad, good.validation(), good.test()), dir, List.of()),
                TrainingMonitor.NONE);
        TrainingOutcome.Failed failed = assertInstanceOf(TrainingOutcome.Failed.class, out);
        assertTrue(failed.reason().startsWith("loss became NaN at epoch 1, iteration 1"), failed.reason());
    }

    /** An interrupted run resumed from its last checkpoint ends where an uninterrupted one does. */
    @Test
    void resumesFromTheLastEpochCheckpoint(@TempDir Path dir) {
        Recorder whole = new Recorder(Integer.MAX_VALUE, Integer.MAX_VALUE);
        var full = (TrainingOutcome.Done) trainer.train(job(RECIPE, SyntheticData.data(), dir.resolve("full"), List.of()), whole);

        Recorder first = new Recorder(3, Integer.MAX_VALUE);
        assertEquals(new TrainingOutcome.Cancelled(2), trainer.train(job(RECIPE, SyntheticData.data(), dir.resolve("cut"), List.of()), first));
        Recorder rest = new Recorder(Integer.MAX_VALUE, Integer.MAX_VALUE);
        var resumed = (TrainingOutcome.Done) trainer.train(job(RECIPE, SyntheticData.data(), dir.resolve("cut"), first.epochs), rest);

        assertEquals(1, rest.epochs.size());
        assertEquals(3, rest.epochs.get(0).epoch());
        assertEquals(whole.epochs.get(2).loss(), rest.epochs.get(0).loss(), 1e-5);
        assertEquals(full.result().testAccuracy(), resumed.result().testAccuracy(), 1e-9);
    }
}
