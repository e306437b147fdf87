package org.scalelab.cli;

import java.nio.file.Path;
import org.scalelab.training.device.DeviceReport;
import org.scalelab.training.device.NativeThreads;
import org.scalelab.training.engine.VariantData;
import org.scalelab.training.service.LocalTraining;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.training.store.ExperimentStore;
import org.scalelab.training.store.StoreException;

/**
 * What a training command trains with, opened in the right order: the device first (before ND4J loads; see
 * {@code --device}), then the dataset, and the {@link LocalTraining} set-up the workbench shares. Problems with the
 * options become one-line user errors.
 */
final class TrainingSession implements AutoCloseable {
    final DeviceReport device;
    final TrainingPort training;
    final VariantData data;

    /** @param cpuParallel runs trained at once on the CPU unless --parallel says otherwise; on a GPU 1 */
    TrainingSession(TrainingOptions options, int cpuParallel) {
        device = options.device.start();
        int parallel = options.parallel(cpuParallel, device.kind());
        if (parallel < 1) {
            throw new UserError("--parallel: " + parallel + " must be at least 1");
        }
        // Concurrent jobs share the cores: each worker limits its own ND4J threads (the limit is per thread).
        int threadsPerJob = parallel > 1 ? NativeThreads.perJob(parallel, Runtime.getRuntime().availableProcessors()) : 0;
        data = new VariantData(DataOption.load(options.data));
        Path db = options.db != null ? options.db : ExperimentStore.defaultLocation();
        try {
            training = LocalTraining.open(device, data, db, parallel, threadsPerJob);
        } catch (StoreException e) {
            throw new UserError("--db: " + e.getMessage());
        }
    }

    /** What trains, as stored with each run. */
    String device() {
        return device.describe();
    }

    /** The first line a training command prints: the device and, when the GPU could not be used, why. */
    String deviceLine() {
        return "backend: " + device() + (device.fellBack() ? " (" + device.reason() + ")" : "");
    }

    @Override
    public void close() {
        training.close();
    }
}
