package org.scalelab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.scalelab.training.cluster.ClusterException;
import org.scalelab.training.cluster.ClusterSettings;
import org.scalelab.training.cluster.Clusters;
import org.scalelab.training.DeviceKind;
import org.scalelab.training.device.DeviceReport;
import org.scalelab.training.device.NativeThreads;
import org.scalelab.training.engine.VariantData;
import org.scalelab.training.service.ExperimentTraining;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.training.store.ExperimentStore;
import org.scalelab.training.store.StoreException;

/**
 * What a training command trains with, opened in the right order: the dataset first (checked against the recipe,
 * so that a mistake there is refused in a second, before ND4J loads or anything is stored), then the device (before
 * ND4J loads; see {@code --device}), and the {@link ExperimentTraining} set-up the workbench shares. With
 * {@code --spark-master} there is no device here: the runs train on the cluster and this process stores them.
 * Problems with the options become one-line user errors.
 */
final class TrainingSession implements AutoCloseable {
    /** The device that trains; null on a cluster. */
    final DeviceReport device;
    final TrainingPort training;
    final VariantData data;

    /** @param cpuParallel runs trained at once on the CPU unless --parallel says otherwise; on a GPU 1 */
    TrainingSession(TrainingOptions options, int cpuParallel) {
        this(options, cpuParallel, new ClusterOptions());
    }

    TrainingSession(TrainingOptions options, int cpuParallel, ClusterOptions clusterOptions) {
        Optional<ClusterSettings> cluster = clusterOptions.settings();
        // The data and the recipe first: a mistake there is refused in a second, before ND4J loads or anything is stored.
        data = new VariantData(DataOption.load(options.data));
        data.check(options.recipe());
        if (cluster.isPresent()) {
            if (options.parallel != null) {
                throw new UserError("--parallel: with --spark-master the executors' cores decide how many runs train at"
                        + " once (--spark-task-cpus sets the cores of each)");
            }
            device = null;
            training = open(() -> ExperimentTraining.openCluster(() -> Clusters.connect(cluster.get()), database(options)));
            return;
        }
        device = options.device.start();
        int parallel = options.parallel(cpuParallel, device.kind());
        if (parallel < 1) {
            throw new UserError("--parallel: " + parallel + " must be at least 1");
        }
        // Concurrent jobs share the cores: each worker limits its own ND4J threads (the limit is per thread).
        int threadsPerJob = parallel > 1 && device.kind() == DeviceKind.CPU
                ? NativeThreads.perJob(parallel, Runtime.getRuntime().availableProcessors()) : 0;
        training = open(() -> ExperimentTraining.open(device, data, database(options), parallel, threadsPerJob));
    }

    private static Path database(TrainingOptions options) {
        return options.db != null ? options.db : ExperimentStore.defaultLocation();
    }

    private static TrainingPort open(Supplier<TrainingPort> open) {
        try {
            return open.get();
        } catch (StoreException e) {
            throw new UserError("--db: " + e.getMessage());
        } catch (ClusterException e) {
            throw new UserError("--spark-master: " + e.getMessage());
        }
    }

    /**
     * After the runs: when training stopped for good (the cluster failed), prints why and returns the exit code (2 when
     * the user's input is at fault, such as a --data folder a worker cannot read; 1 otherwise). Finished runs are
     * stored either way.
     */
    OptionalInt clusterFailure(PrintWriter err) {
        return training.stopped().map(stop -> {
            err.println("scalelab: " + stop.reason());
            err.println("finished runs are stored; run the same command again to train the rest");
            return OptionalInt.of(stop.userInput() ? Cli.USER_ERROR : 1);
        }).orElse(OptionalInt.empty());
    }

    /** What trains, as stored with each run: this process's device, or the cluster. */
    String device() {
        return device != null ? device.describe() : training.device();
    }

    /** The first line a training command prints: the device and, when the GPU could not be used, why. */
    String deviceLine() {
        return "backend: " + device() + (device != null && device.fellBack() ? " (" + device.reason() + ")" : "");
    }

    @Override
    public void close() {
        training.close();
    }
}
