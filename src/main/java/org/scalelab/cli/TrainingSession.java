package org.scalelab.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.scalelab.training.DeviceKind;
import org.scalelab.training.device.DeviceReport;
import org.scalelab.training.device.NativeThreads;
import org.scalelab.training.data.DatasetException;
import org.scalelab.training.data.DatasetLocator;
import org.scalelab.training.data.LoadedDataset;
import org.scalelab.training.engine.VariantData;
import org.scalelab.training.service.ExperimentService;
import org.scalelab.training.store.ExperimentStore;
import org.scalelab.training.store.StoreException;

/**
 * Everything a training command needs, opened in the right order: the device first (before ND4J loads; see
 * {@code --device}), then the database, the dataset and the experiment service.
 */
final class TrainingSession implements AutoCloseable {
    final DeviceReport backend;
    final ExperimentStore store;
    final ExperimentService service;
    final VariantData data;

    /** @param cpuParallel runs trained at once on the CPU unless --parallel says otherwise; on a GPU 1 */
    TrainingSession(TrainingOptions options, int cpuParallel) {
        backend = options.device.start();
        int parallel = options.parallel(cpuParallel, backend.kind());
        if (parallel < 1) {
            throw new UserError("--parallel: " + parallel + " must be at least 1");
        }
        // Concurrent jobs share the cores: each worker limits its own ND4J threads (the limit is per thread).
        int threadsPerJob = parallel > 1 && backend.kind() == DeviceKind.CPU
                ? NativeThreads.perJob(parallel, Runtime.getRuntime().availableProcessors()) : 0;
        data = new VariantData(loadData(options.data));
        Path db = options.db != null ? options.db : ExperimentStore.defaultLocation();
        try {
            store = ExperimentStore.open(db);
        } catch (StoreException e) {
            throw new UserError("--db: " + e.getMessage());
        }
        Path checkpoints = store.file().toAbsolutePath().getParent().resolve("checkpoints");
        Map<String, VariantData> byId = new ConcurrentHashMap<>(Map.of(data.dataset().id(), data));
        DatasetLocator locator = new DatasetLocator();
        service = new ExperimentService(store, id -> byId.computeIfAbsent(id, k -> new VariantData(locator.load(k))),
                checkpoints, device(), parallel, threadsPerJob);
    }

    static LoadedDataset loadData(String value) {
        try {
            return new DatasetLocator().load(value);
        } catch (DatasetException e) {
            throw new UserError("--data: " + e.getMessage());
        }
    }

    /** What trains, as stored with each run. */
    String device() {
        return backend.describe();
    }

    /** The first line a training command prints: the device and, when the GPU could not be used, why. */
    String deviceLine() {
        return "backend: " + device() + (backend.fellBack() ? " (" + backend.reason() + ")" : "");
    }

    @Override
    public void close() {
        service.close();
        store.close();
    }
}
