package org.scalelab.training.service;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.scalelab.training.DeviceKind;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.cluster.RemoteTrainer;
import org.scalelab.training.data.DatasetLocator;
import org.scalelab.training.device.DeviceReport;
import org.scalelab.training.engine.VariantData;
import org.scalelab.training.store.Experiment;
import org.scalelab.training.store.ExperimentStore;
import org.scalelab.training.store.RunFilter;

/**
 * The {@link ExperimentService} over the SQLite {@link ExperimentStore}, with checkpoints in a folder beside the
 * database. {@link #open} trains on this machine, datasets found by the {@link DatasetLocator} (each loaded once);
 * {@link #openCluster} hands the runs to a cluster and stores them as they come back. These are the one set-up the CLI
 * and the workbench share, in the order that matters: the device was started first (before ND4J loads), then the
 * store, the data and the service.
 */
public final class ExperimentTraining implements TrainingPort {
    private final ExperimentStore store;
    private final ExperimentService service;
    private final String device;
    private final Map<String, Long> experiments = new HashMap<>();

    /**
     * @param device what {@link #device()} says
     */
    public ExperimentTraining(ExperimentStore store, ExperimentService service, String device) {
        this.store = store;
        this.service = service;
        this.device = device;
    }

    /**
     * Opens the store at {@code database} and starts {@code parallelism} workers on the started {@code device}.
     *
     * @param data          the dataset the caller prepared already; others are loaded when a run asks for them
     * @param threadsPerJob ND4J threads each worker uses on the CPU; 0 leaves ND4J's default, all cores
     * @throws org.scalelab.training.store.StoreException when the database cannot be opened
     */
    public static ExperimentTraining open(DeviceReport device, VariantData data, Path database, int parallelism,
                                     int threadsPerJob) {
        ExperimentStore store = ExperimentStore.open(database);
        try {
            DatasetLocator locator = new DatasetLocator();
            Map<String, VariantData> byId = new ConcurrentHashMap<>(Map.of(data.dataset().id(), data));
            int threads = device.kind() == DeviceKind.CPU ? threadsPerJob : 0;
            ExperimentService service = new ExperimentService(store,
                    id -> byId.computeIfAbsent(id, k -> new VariantData(locator.load(k))), checkpoints(store),
                    device.describe(), parallelism, threads);
            return new ExperimentTraining(store, service, summary(device, parallelism, threads));
        } catch (RuntimeException | Error e) {
            store.close();
            throw e;
        }
    }

    /**
     * Opens the store at {@code database}, then connects to the cluster and hands the runs to it; the connection is
     * closed with this.
     *
     * @throws org.scalelab.training.store.StoreException when the database cannot be opened
     * @throws org.scalelab.training.cluster.ClusterException when the cluster cannot be reached
     */
    public static ExperimentTraining openCluster(Supplier<RemoteTrainer> connect, Path database) {
        ExperimentStore store = ExperimentStore.open(database);
        try {
            ExperimentService service = new ExperimentService(store, connect.get(), checkpoints(store));
            return new ExperimentTraining(store, service, service.device());
        } catch (RuntimeException | Error e) {
            store.close();
            throw e;
        }
    }

    private static Path checkpoints(ExperimentStore store) {
        return store.file().toAbsolutePath().getParent().resolve("checkpoints");
    }

    /** The device for a status bar, with the jobs and their threads on the CPU ({@code 1 job × 1 thread}). */
    static String summary(DeviceReport device, int parallelism, int threadsPerJob) {
        if (device.kind() != DeviceKind.CPU || threadsPerJob == 0) {
            return device.summary();
        }
        return device.summary(parallelism + (parallelism == 1 ? " job" : " jobs") + " × " + threadsPerJob
                + (threadsPerJob == 1 ? " thread" : " threads"));
    }

    @Override
    public long newExperiment(String name, String description) {
        return store.createExperiment(name, description).id();
    }

    @Override
    public synchronized long experiment(String name, String description) {
        return experiments.computeIfAbsent(name, n -> store.experiments().stream().filter(x -> n.equals(x.name()))
                .findFirst().map(Experiment::id).orElseGet(() -> store.createExperiment(n, description).id()));
    }

    @Override
    public RunRecord submit(long experiment, RunRequest request, long params, long macs) {
        return service.submit(experiment, request, params, macs);
    }

    @Override
    public void cancel(String runId) {
        service.cancel(runId);
    }

    @Override
    public void cancelAll() {
        service.cancelAll();
    }

    @Override
    public void addListener(RunListener listener) {
        service.addListener(listener);
    }

    @Override
    public void removeListener(RunListener listener) {
        service.removeListener(listener);
    }

    @Override
    public List<RunRecord> recover(boolean resume) {
        return resume ? service.recover() : store.markInterrupted();
    }

    @Override
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        return service.awaitIdle(timeout, unit);
    }

    @Override
    public Optional<RunRecord> find(String runId) {
        return store.find(runId);
    }

    @Override
    public List<RunRecord> runs(RunFilter filter) {
        return store.runs(filter);
    }

    @Override
    public Optional<Stop> stopped() {
        return service.clusterFailure().map(reason -> new Stop(reason, service.clusterFailureIsUserInput()));
    }

    @Override
    public String device() {
        return device;
    }

    @Override
    public Path database() {
        return store.file();
    }

    @Override
    public void close() {
        service.close();
        store.close();
    }
}
