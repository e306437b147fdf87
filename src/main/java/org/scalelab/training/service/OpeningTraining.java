package org.scalelab.training.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.cluster.ClusterException;
import org.scalelab.training.data.DatasetException;
import org.scalelab.training.store.RunFilter;
import org.scalelab.training.store.StoreException;

/**
 * A training port that opens in the background: starting the device, opening the database and loading the data take
 * seconds, which a window must not wait for. It returns at once; every call but {@link #addListener},
 * {@link #removeListener} and {@link #database} waits until the port it opens is ready, so call them off the FX thread.
 * Listeners added before then hear every event once it is.
 */
public final class OpeningTraining implements TrainingPort {
    private final Path database;
    private final CompletableFuture<TrainingPort> opened;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param database the database it opens, for messages before it is open
     * @param open     opens the port, on a daemon thread
     */
    public OpeningTraining(Path database, Supplier<TrainingPort> open) {
        this.database = database;
        this.opened = CompletableFuture.supplyAsync(() -> {
            TrainingPort port = open.get();
            port.addListener(e -> listeners.forEach(l -> l.onEvent(e)));
            return port;
        }, r -> {
            Thread t = new Thread(r, "scalelab-training-open");
            t.setDaemon(true);
            t.start();
        });
    }

    private TrainingPort port() {
        try {
            return opened.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening " + database, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            // Store and dataset problems already name their file, a cluster's its master; anything else gets the
            // database's name in front.
            String message = cause instanceof StoreException || cause instanceof DatasetException
                    || cause instanceof ClusterException ? cause.getMessage()
                    : "cannot open the experiment database " + database + ": " + cause.getMessage();
            throw new IllegalStateException(message, cause);
        }
    }

    @Override
    public long newExperiment(String name, String description) {
        return port().newExperiment(name, description);
    }

    @Override
    public long experiment(String name, String description) {
        return port().experiment(name, description);
    }

    @Override
    public RunRecord submit(long experiment, RunRequest request, long params, long macs) {
        return port().submit(experiment, request, params, macs);
    }

    @Override
    public void cancel(String runId) {
        port().cancel(runId);
    }

    @Override
    public void cancelAll() {
        port().cancelAll();
    }

    @Override
    public void addListener(RunListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(RunListener listener) {
        listeners.remove(listener);
    }

    @Override
    public List<RunRecord> recover(boolean resume) {
        return port().recover(resume);
    }

    @Override
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        return port().awaitIdle(timeout, unit);
    }

    @Override
    public Optional<RunRecord> find(String runId) {
        return port().find(runId);
    }

    @Override
    public List<RunRecord> runs(RunFilter filter) {
        return port().runs(filter);
    }

    @Override
    public Optional<Stop> stopped() {
        return port().stopped();
    }

    @Override
    public String device() {
        return port().device();
    }

    @Override
    public Path database() {
        return database;
    }

    /** Stops training and closes the store, once it has opened; nothing to close when opening failed. */
    @Override
    public void close() {
        TrainingPort port;
        try {
            port = opened.join();
        } catch (RuntimeException e) {
            return;
        }
        port.close();
    }
}
