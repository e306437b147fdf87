package org.scalelab.training.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.scalelab.training.RunRecord;
import org.scalelab.training.store.RunFilter;

/**
 * A training port for tests to extend with what they need: every experiment is 1, nothing is stored or trains, the
 * listeners hear what {@link #emit} sends. {@code submit} is the test's own.
 */
public abstract class PortStub implements TrainingPort {
    protected final List<RunListener> listeners = new CopyOnWriteArrayList<>();

    protected void emit(RunEvent e) {
        listeners.forEach(l -> l.onEvent(e));
    }

    @Override
    public long newExperiment(String name, String description) {
        return 1;
    }

    @Override
    public long experiment(String name, String description) {
        return 1;
    }

    @Override
    public void cancel(String runId) {
    }

    @Override
    public void cancelAll() {
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
        return List.of();
    }

    @Override
    public boolean awaitIdle(long timeout, TimeUnit unit) {
        return true;
    }

    @Override
    public Optional<Stop> stopped() {
        return Optional.empty();
    }

    @Override
    public Optional<RunRecord> find(String runId) {
        return Optional.empty();
    }

    @Override
    public List<RunRecord> runs(RunFilter filter) {
        return List.of();
    }

    @Override
    public String device() {
        return "CPU, stub";
    }

    @Override
    public Path database() {
        return Path.of("stub.db");
    }

    @Override
    public void close() {
    }
}
