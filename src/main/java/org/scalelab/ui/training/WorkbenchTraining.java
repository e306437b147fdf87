package org.scalelab.ui.training;

import java.nio.file.Path;
import java.util.Map;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.cluster.ClusterSettings;
import org.scalelab.training.cluster.Clusters;
import org.scalelab.training.data.DatasetLocator;
import org.scalelab.training.device.DeviceMode;
import org.scalelab.training.device.DeviceReport;
import org.scalelab.training.device.Devices;
import org.scalelab.training.device.NativeThreads;
import org.scalelab.training.engine.VariantData;
import org.scalelab.training.service.ExperimentTraining;
import org.scalelab.training.service.OpeningTraining;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.training.store.ExperimentStore;

/**
 * The workbench's training port: {@link ExperimentTraining} opened in the background ({@link OpeningTraining}) on the
 * device {@code --device} chose, with one core left to the window, or on a Spark cluster (the window's setting, see
 * {@link ClusterViewModel}); runs a killed process left behind taken up again, and every run the window starts filed
 * under one experiment. Close it when the window closes.
 */
public final class WorkbenchTraining {
    /** The experiment the workbench's runs are stored under. */
    public static final String EXPERIMENT = "workbench";
    private static final String DESCRIPTION = "runs started from the workbench";

    private WorkbenchTraining() {
    }

    /** Starts opening the database at {@code file} (null: the default location) with the bundled data. */
    public static TrainingPort open(Path file) {
        return open(file, "bundled", 1);
    }

    public static TrainingPort open(Path file, String data, int parallelism) {
        return open(file, data, parallelism, null);
    }

    /**
     * The window's port, which can move its jobs between this machine and a cluster ({@link SwitchingTraining}), first
     * training where {@code master} says (null: this machine), with the bundled data.
     */
    public static SwitchingTraining switching(Path file, String master) {
        Path db = file != null ? file : ExperimentStore.defaultLocation();
        return new SwitchingTraining(db, m -> open(db, "bundled", 1, m), master);
    }

    /** @param master a Spark master URL to train on (one core per run), or null for this machine */
    static TrainingPort open(Path file, String data, int parallelism, String master) {
        Path db = file != null ? file : ExperimentStore.defaultLocation();
        return new OpeningTraining(db, () -> {
            // --device / -Dscalelab.device / $SCALELAB_DEVICE; on a CUDA failure it falls back to the CPU before any run
            // is taken up
            DeviceReport device = Devices.start(DeviceMode.configured());
            ExperimentTraining training = master != null
                    ? ExperimentTraining.openCluster(() -> Clusters.connect(new ClusterSettings(master, 1, Map.of())), db)
                    : ExperimentTraining.open(device, new VariantData(new DatasetLocator().load(data)), db, parallelism,
                            threadsPerJob(parallelism));
            try {
                training.experiment(EXPERIMENT, DESCRIPTION);
                training.recover(true);
            } catch (RuntimeException | Error e) {
                training.close();
                throw e;
            }
            return training;
        });
    }

    /**
     * ND4J threads per training job: the jobs share the cores but one, which stays with the window (its FX and
     * render threads) so that training never makes it stutter; with one core, one thread.
     */
    static int threadsPerJob(int parallelism) {
        return NativeThreads.perJob(parallelism, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** The id of the workbench's experiment; blocks. */
    public static long experiment(TrainingPort training) {
        return training.experiment(EXPERIMENT, DESCRIPTION);
    }

    /** Queues a run of the window, filed under the workbench's experiment (see {@link TrainingPort#submit}). */
    public static RunRecord submit(TrainingPort training, RunRequest request, long params, long macs) {
        return training.submit(experiment(training), request, params, macs);
    }
}
