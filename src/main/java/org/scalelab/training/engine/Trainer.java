package org.scalelab.training.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunResult;
import org.scalelab.training.dl4j.BuildSettings;
import org.scalelab.training.dl4j.Dl4jNetworkBuilder;
import org.scalelab.training.store.StoreException;

/**
 * Trains one variant with DL4J: builds the network from its spec, runs the recipe's epochs over seeded shuffles,
 * measures loss, train and validation accuracy and throughput per epoch, writes a checkpoint after each epoch,
 * and ends with top-1 on the test set and the inference latency of one image.
 *
 * <p>Resuming: a job whose checkpoint exists and that lists earlier epochs continues after them with the saved
 * weights and optimizer state. Same seed, recipe and spec on the CPU give the same numbers (see
 * {@code TrainerTest}).
 */
public final class Trainer {
    /** Training accuracy is measured after each epoch on at most this many training images, in eval mode. */
    static final int TRAIN_ACCURACY_SAMPLES = 2000;
    private static final int LATENCY_WARMUP = 5;
    private static final int LATENCY_RUNS = 25;

    private final String device;

    /** @param device what trains, for the result, e.g. the backend's description */
    public Trainer(String device) {
        this.device = device;
    }

    public TrainingOutcome train(TrainingJob job, TrainingMonitor monitor) {
        try {
            return run(job, monitor);
        } catch (OutOfMemoryError e) {
            return new TrainingOutcome.Failed("out of memory (" + e.getMessage() + "); try a smaller batch or variant");
        } catch (IOException e) {
            return new TrainingOutcome.Failed("cannot save the checkpoint " + job.checkpoint() + ": " + e.getMessage()
                    + resumeHint(e.getMessage()));
        } catch (StoreException e) {
            return new TrainingOutcome.Failed(e.getMessage() + resumeHint(e.getMessage()));
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            String reason = m.toLowerCase(java.util.Locale.ROOT).contains("memory")
                    ? "out of native memory (" + m + "); try a smaller batch or variant" : e.toString();
            return new TrainingOutcome.Failed(reason);
        }
    }

    /** A full disk (or a file-size limit) ends the run, not the work: what was saved resumes once there is room. */
    static String resumeHint(String message) {
        String m = String.valueOf(message).toLowerCase(java.util.Locale.ROOT);
        boolean full = m.contains("no space left") || m.contains("disk is full") || m.contains("file too large")
                || m.contains("quota");
        return full ? " (the disk is full, or a file-size limit was reached); the epochs saved before are kept: free"
                + " some space and start the same run again to resume it" : "";
    }

    private TrainingOutcome run(TrainingJob job, TrainingMonitor monitor) throws IOException {
        Recipe recipe = job.request().recipe();
        Samples train = job.data().train();
        int iterations = (train.count() + recipe.batchSize() - 1) / recipe.batchSize();
        List<EpochMetrics> epochs = new ArrayList<>(job.earlier());
        ComputationGraph net = resumable(job) ? ModelSerializer.restoreComputationGraph(job.checkpoint().toFile(), true)
                : fresh(job, iterations);
        Nd4j.getRandom().setSeed(recipe.seed() + epochs.size());
        double trainSeconds = epochs.stream().mapToDouble(EpochMetrics::seconds).sum();

        for (int epoch = epochs.size(); epoch < recipe.epochs(); epoch++) {
            int[] order = Batches.shuffled(train.count(), recipe.seed() * 1_000_003L + epoch);
            double lossSum = 0;
            long start = System.nanoTime();
            for (int it = 0; it < iterations; it++) {
                if (monitor.cancelled()) {
                    return new TrainingOutcome.Cancelled(epochs.size());
                }
                int from = it * recipe.batchSize();
                int to = Math.min(train.count(), from + recipe.batchSize());
                net.fit(new DataSet(Batches.images(train, order, from, to), Batches.oneHot(train, order, from, to)));
                double loss = net.score();
                if (!Double.isFinite(loss)) {
                    return new TrainingOutcome.Failed("loss became " + loss + " at epoch " + (epoch + 1) + ", iteration "
                            + (it + 1) + ": training diverged (learning rate too high?)");
                }
                lossSum += loss;
                monitor.onIteration(epoch + 1, it + 1, iterations, loss);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            trainSeconds += seconds;
            EpochMetrics m = new EpochMetrics(epoch + 1, lossSum / iterations,
                    Accuracy.of(net, train, TRAIN_ACCURACY_SAMPLES),
                    Accuracy.of(net, job.data().validation(), Integer.MAX_VALUE), train.count() / seconds, seconds);
            save(net, job.checkpoint());
            epochs.add(m);
            monitor.onEpoch(m, job.checkpoint());
        }
        double test = Accuracy.of(net, job.data().test(), Integer.MAX_VALUE);
        double imagesPerSecond = (double) train.count() * recipe.epochs() / trainSeconds;
        return new TrainingOutcome.Done(new RunResult(test, trainSeconds, imagesPerSecond, latencyMillis(net, train), device));
    }

    private static boolean resumable(TrainingJob job) {
        return !job.earlier().isEmpty() && Files.isRegularFile(job.checkpoint());
    }

    private static ComputationGraph fresh(TrainingJob job, int iterationsPerEpoch) {
        Recipe r = job.request().recipe();
        BuildSettings settings = new BuildSettings(r.seed(), LearningRates.updater(r, iterationsPerEpoch), r.weightDecay(),
                WorkspaceMode.ENABLED);
        return Dl4jNetworkBuilder.build(job.request().spec(), settings);
    }

    /** Write-then-rename, so a crash mid-write leaves the previous epoch's checkpoint intact. */
    static void save(ComputationGraph net, Path checkpoint) throws IOException {
        Path dir = checkpoint.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, checkpoint.getFileName().toString(), ".tmp");
        try {
            ModelSerializer.writeModel(net, tmp.toFile(), true);
            Files.move(tmp, checkpoint, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Median time of one single-image forward pass, after warm-up. */
    private static double latencyMillis(ComputationGraph net, Samples s) {
        INDArray one = Batches.images(s, new int[] {0}, 0, 1);
        for (int i = 0; i < LATENCY_WARMUP; i++) {
            net.output(false, one);
        }
        double[] ms = new double[LATENCY_RUNS];
        for (int i = 0; i < LATENCY_RUNS; i++) {
            long t = System.nanoTime();
            net.output(false, one);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[LATENCY_RUNS / 2];
    }
}
