package org.scalelab.training.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRequest;
import org.scalelab.training.data.DatasetException;
import org.scalelab.training.data.DatasetLocator;
import org.scalelab.training.data.LoadedDataset;
import org.scalelab.training.engine.Trainer;
import org.scalelab.training.engine.TrainingData;
import org.scalelab.training.engine.TrainingJob;
import org.scalelab.training.engine.TrainingMonitor;
import org.scalelab.training.engine.TrainingOutcome;
import org.scalelab.training.engine.VariantData;

/**
 * Trains one {@link RunTask} where it arrives (an executor): the same trainer, data preparation and checkpoints as in
 * the workbench, with the checkpoint kept in a scratch folder and handed back as bytes. Datasets stay loaded for the
 * executor's later tasks. The caller has started ND4J on its device and limited the calling thread's ND4J threads.
 */
public final class TaskRunner {
    private static final TaskRunner ON_THIS_MACHINE = new TaskRunner(new DatasetLocator()::load);

    private final Map<String, VariantData> loaded = new ConcurrentHashMap<>();
    private final Function<String, LoadedDataset> datasets;

    /** @param datasets loads a dataset by its id; throws {@link DatasetException} when it cannot be read here */
    public TaskRunner(Function<String, LoadedDataset> datasets) {
        this.datasets = datasets;
    }

    /** Finds datasets as {@code --data} does, on this machine: the bundled set in the jar, folders at their paths. */
    public static TaskRunner onThisMachine() {
        return ON_THIS_MACHINE;
    }

    /**
     * @param worker    this host and executor, named in the result
     * @param device    what trains, stored with the run
     * @param scratch   a folder of this executor's for the checkpoint while the run trains
     * @param cancelled polled every iteration: the job was cancelled
     */
    public RunTaskResult run(RunTask task, String worker, String device, Path scratch, BooleanSupplier cancelled) {
        String id = task.runId();
        RunRequest request;
        VariantData data;
        try {
            request = task.request();
        } catch (IllegalArgumentException e) {
            return RunTaskResult.ended(id, RunTaskResult.Kind.FAILED, worker, e.getMessage());
        }
        try {
            data = loaded.computeIfAbsent(request.dataset(), k -> new VariantData(datasets.apply(k)));
        } catch (DatasetException e) {
            return RunTaskResult.ended(id, RunTaskResult.Kind.DATA_UNREADABLE, worker, e.getMessage());
        } catch (RuntimeException e) {
            return RunTaskResult.ended(id, RunTaskResult.Kind.FAILED, worker, "data: " + e.getMessage());
        }
        TrainingData prepared;
        try {
            prepared = data.prepare(request.spec(), request.recipe());
        } catch (RuntimeException e) {
            return RunTaskResult.ended(id, RunTaskResult.Kind.FAILED, worker, "data: " + e.getMessage());
        }
        Path checkpoint = scratch.resolve(id + ".zip");
        try {
            Files.createDirectories(scratch);
            List<EpochMetrics> earlier = task.earlierEpochs();
            List<EpochMetrics> epochs = new ArrayList<>(earlier);
            if (task.checkpoint() != null) {
                Files.write(checkpoint, task.checkpoint());
            }
            TrainingOutcome outcome = new Trainer(device).train(new TrainingJob(request, prepared, checkpoint, earlier),
                    new TrainingMonitor() {
                        @Override
                        public boolean cancelled() {
                            return cancelled.getAsBoolean();
                        }

                        @Override
                        public void onEpoch(EpochMetrics m, Path file) {
                            epochs.add(m);
                        }
                    });
            if (outcome instanceof TrainingOutcome.Done d) {
                return RunTaskResult.trained(id, worker, epochs, d.result(), Files.readAllBytes(checkpoint));
            }
            if (outcome instanceof TrainingOutcome.Failed f) {
                return RunTaskResult.ended(id, RunTaskResult.Kind.FAILED, worker, f.reason());
            }
            return RunTaskResult.ended(id, RunTaskResult.Kind.CANCELLED, worker, "cancelled");
        } catch (IOException e) {
            return RunTaskResult.ended(id, RunTaskResult.Kind.FAILED, worker, "checkpoint " + checkpoint + ": " + e);
        } finally {
            try {
                Files.deleteIfExists(checkpoint);
            } catch (IOException ignored) {
                // The executor's folder goes with the executor.
            }
        }
    }
}
