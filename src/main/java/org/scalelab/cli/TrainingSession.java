package org.scalelab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.scalelab.training.DeviceKind;
import org.scalelab.training.backend.DeviceReport;
import org.scalelab.training.backend.NativeThreads;
import org.scalelab.training.cluster.ClusterException;
import org.scalelab.training.cluster.ClusterSettings;
import org.scalelab.training.cluster.Clusters;
import org.scalelab.training.cluster.RemoteTrainer;
import org.scalelab.training.data.DatasetException;
import org.scalelab.training.data.DatasetLocator;
import org.scalelab.training.data.LoadedDataset;
import org.scalelab.training.engine.VariantData;
import org.scalelab.training.service.ExperimentService;
import org.scalelab.training.store.ExperimentStore;
import org.scalelab.training.store.StoreException;

/**
 * Everything a training command needs, opened in the right order: the dataset (checked against the recipe), the
 * device (before ND4J loads; see {@code --device}), then the database and the experiment service. With
 * {@code --spark-master} there is no device here: the service hands the runs to the cluster.
 */
final class TrainingSession implements AutoCloseable {
    final DeviceReport backend;
    final ExperimentStore store;
    final ExperimentService service;
    final VariantData data;

    /** @param cpuParallel runs trained at once on the CPU unless --parallel says otherwise; on a GPU 1 */
    TrainingSession(TrainingOptions options, int cpuParallel) {
        this(options, cpuParallel, new ClusterOptions());
    }

    /** With {@code --spark-master}, the runs train on the cluster and this process only stores them. */
    TrainingSession(TrainingOptions options, int cpuParallel, ClusterOptions clusterOptions) {
        Optional<ClusterSettings> cluster = clusterOptions.settings();
        // The data and the recipe first: a mistake there is refused in a second, before ND4J loads or anything is stored.
        data = new VariantData(loadData(options.data));
        data.check(options.recipe());
        if (cluster.isPresent()) {
            if (options.parallel != null) {
                throw new UserError("--parallel: with --spark-master the executors' cores decide how many runs train at"
                        + " once (--spark-task-cpus sets the cores of each)");
            }
            backend = null;
            store = openStore(options);
            try {
                RemoteTrainer remote = Clusters.connect(cluster.get());
                service = new ExperimentService(store, remote, checkpoints(store));
            } catch (ClusterException e) {
                store.close();
                throw new UserError("--spark-master: " + e.getMessage());
            }
            return;
        }
        backend = options.device.start();
        int parallel = options.parallel(cpuParallel, backend.kind());
        if (parallel < 1) {
            throw new UserError("--parallel: " + parallel + " must be at least 1");
        }
        // Concurrent jobs share the cores: each worker limits its own ND4J threads (the limit is per thread).
        int threadsPerJob = parallel > 1 && backend.kind() == DeviceKind.CPU
                ? NativeThreads.perJob(parallel, Runtime.getRuntime().availableProcessors()) : 0;
        store = openStore(options);
        Map<String, VariantData> byId = new ConcurrentHashMap<>(Map.of(data.dataset().id(), data));
        DatasetLocator locator = new DatasetLocator();
        service = new ExperimentService(store, id -> byId.computeIfAbsent(id, k -> new VariantData(locator.load(k))),
                checkpoints(store), device(), parallel, threadsPerJob);
    }

    private static ExperimentStore openStore(TrainingOptions options) {
        Path db = options.db != null ? options.db : ExperimentStore.defaultLocation();
        try {
            return ExperimentStore.open(db);
        } catch (StoreException e) {
            throw new UserError("--db: " + e.getMessage());
        }
    }

    private static Path checkpoints(ExperimentStore store) {
        return store.file().toAbsolutePath().getParent().resolve("checkpoints");
    }

    /**
     * After the runs: when the cluster stopped training them, prints why and returns the exit code (2 when the user's
     * input is at fault, such as a --data folder a worker cannot read; 1 otherwise). Finished runs are stored either way.
     */
    OptionalInt clusterFailure(PrintWriter err) {
        return service.clusterFailure().map(reason -> {
            err.println("scalelab: " + reason);
            err.println("finished runs are stored; run the same command again to train the rest");
            return OptionalInt.of(service.clusterFailureIsUserInput() ? Cli.USER_ERROR : 1);
        }).orElse(OptionalInt.empty());
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
        return backend != null ? backend.describe() : service.device();
    }

    /** The first line a training command prints: the device and, when the GPU could not be used, why. */
    String deviceLine() {
        return "backend: " + device() + (backend != null && backend.fellBack() ? " (" + backend.reason() + ")" : "");
    }

    @Override
    public void close() {
        service.close();
        store.close();
    }
}
