package org.scalelab.ui.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunStatus;
import org.scalelab.training.DeviceKind;
import org.scalelab.training.backend.DeviceMode;
import org.scalelab.training.backend.DeviceReport;
import org.scalelab.training.backend.Devices;
import org.scalelab.training.backend.NativeThreads;
import org.scalelab.training.cluster.ClusterSettings;
import org.scalelab.training.cluster.Clusters;
import org.scalelab.training.data.DatasetException;
import org.scalelab.training.data.DatasetLocator;
import org.scalelab.training.engine.VariantData;
import org.scalelab.training.service.ExperimentService;
import org.scalelab.training.service.RunListener;
import org.scalelab.training.store.Experiment;
import org.scalelab.training.store.ExperimentStore;
import org.scalelab.training.store.RunFilter;
import org.scalelab.training.store.StoreException;

/**
 * The production backend: the experiment service over the SQLite store. {@link #open} returns at once and opens
 * everything (native backend, database, bundled data, service) on a daemon thread, in the order the CLI uses; every
 * other call waits for that to finish, so call them off the FX thread. Close it when the window closes.
 */
public final class ExperimentTrainingBackend implements TrainingBackend {
    private static final String EXPERIMENT = "workbench";

    private record Session(DeviceReport backend, ExperimentStore store, ExperimentService service, long experimentId) {
    }

    private final Path file;
    private final CompletableFuture<Session> session;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();

    private final int parallelism;

    private ExperimentTrainingBackend(Path file, String data, int parallelism) {
        this.file = file;
        this.parallelism = parallelism;
        this.session = CompletableFuture.supplyAsync(() -> openSession(data, parallelism), r -> {
            Thread t = new Thread(r, "scalelab-training-open");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Starts opening the database at {@code file} (null: the default location) with the bundled data. */
    public static ExperimentTrainingBackend open(Path file) {
        return open(file, "bundled", 1);
    }

    public static ExperimentTrainingBackend open(Path file, String data, int parallelism) {
        return new ExperimentTrainingBackend(file != null ? file : ExperimentStore.defaultLocation(), data, parallelism);
    }

    /**
     * ND4J threads per training job: the jobs share the cores but one, which stays with the window (its FX and
     * render threads) so that training never makes it stutter; with one core, one thread.
     */
    static int threadsPerJob(int parallelism) {
        return NativeThreads.perJob(parallelism, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    private Session openSession(String data, int parallelism) {
        // --device / -Dscalelab.device / $SCALELAB_DEVICE; on a CUDA failure it falls back to the CPU before any run starts
        DeviceReport backend = Devices.start(DeviceMode.configured());
        ExperimentStore store = ExperimentStore.open(file);
        try {
            DatasetLocator locator = new DatasetLocator();
            VariantData first = new VariantData(locator.load(data));
            Map<String, VariantData> byId = new ConcurrentHashMap<>(Map.of(first.dataset().id(), first));
            Path checkpoints = store.file().toAbsolutePath().getParent().resolve("checkpoints");
            String master = System.getProperty(ClusterSettings.PROPERTY);
            ExperimentService service = master != null
                    ? new ExperimentService(store, Clusters.connect(new ClusterSettings(master, 1, Map.of())), checkpoints)
                    : new ExperimentService(store,
                            id -> byId.computeIfAbsent(id, k -> new VariantData(locator.load(k))), checkpoints,
                            backend.describe(), parallelism,
                            backend.kind() == DeviceKind.CPU ? threadsPerJob(parallelism) : 0);
            service.addListener(e -> listeners.forEach(l -> l.onEvent(e)));
            long experimentId = store.experiments().stream().filter(x -> EXPERIMENT.equals(x.name())).findFirst()
                    .map(Experiment::id)
                    .orElseGet(() -> store.createExperiment(EXPERIMENT, "runs started from the workbench").id());
            service.recover();
            return new Session(backend, store, service, experimentId);
        } catch (RuntimeException | Error e) {
            store.close();
            throw e;
        }
    }

    private Session session() {
        try {
            return session.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening " + file, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            // Store and dataset problems already name their file; anything else gets the database's name in front.
            String message = cause instanceof StoreException || cause instanceof DatasetException ? cause.getMessage()
                    : "cannot open the experiment database " + file + ": " + cause.getMessage();
            throw new IllegalStateException(message, cause);
        }
    }

    @Override
    public RunRecord submit(RunRequest request, long params, long macs) {
        Session s = session();
        return s.service().submit(s.experimentId(), request, params, macs);
    }

    @Override
    public void cancel(String runId) {
        session().service().cancel(runId);
    }

    @Override
    public void cancelAll() {
        session().service().cancelAll();
    }

    @Override
    public void addListener(RunListener listener) {
        listeners.add(listener);
    }

    @Override
    public List<RunRecord> doneRuns(String dataset) {
        return session().store().runs(RunFilter.all().withStatus(RunStatus.DONE)).stream()
                .filter(r -> r.request().dataset().equals(dataset)).toList();
    }

    @Override
    public List<EpochMetrics> epochs(String runId) {
        return session().store().epochs(runId);
    }

    @Override
    public String device() {
        if (System.getProperty(ClusterSettings.PROPERTY) != null) {
            return session().service().device(); // the cluster trains the jobs
        }
        DeviceReport backend = session().backend();
        if (backend.kind() != DeviceKind.CPU) {
            return backend.summary();
        }
        int threads = threadsPerJob(parallelism);
        return backend.summary(parallelism + (parallelism == 1 ? " job" : " jobs") + " × " + threads
                + (threads == 1 ? " thread" : " threads"));
    }

    @Override
    public Path database() {
        return file;
    }

    /** Stops the workers and closes the database; waits for the opening to finish first. */
    @Override
    public void close() {
        Session s;
        try {
            s = session.join();
        } catch (RuntimeException e) {
            return;
        }
        s.service().close();
        s.store().close();
    }
}
