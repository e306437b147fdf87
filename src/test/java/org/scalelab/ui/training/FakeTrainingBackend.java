package org.scalelab.ui.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunStatus;
import org.scalelab.training.service.RunEvent;
import org.scalelab.training.service.RunListener;

/** A backend that records calls and lets a test emit events; submit queues (emits Queued) unless told otherwise. */
public final class FakeTrainingBackend implements TrainingBackend {
    public final List<RunRequest> submitted = new CopyOnWriteArrayList<>();
    public final List<String> cancelled = new CopyOnWriteArrayList<>();
    final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    public final Map<String, List<EpochMetrics>> epochs = new ConcurrentHashMap<>();
    volatile List<RunRecord> stored = List.of();
    volatile RuntimeException openFailure;
    volatile RuntimeException submitFailure;
    volatile boolean cancelAllCalled;
    volatile boolean closed;

    static RunRecord record(RunRequest q, RunStatus status) {
        return new RunRecord(q.key(), q, status, List.of(), null, null, 0, 0);
    }

    public void emit(RunEvent e) {
        listeners.forEach(l -> l.onEvent(e));
    }

    @Override
    public RunRecord submit(RunRequest request, long params, long macs) {
        if (submitFailure != null) {
            throw submitFailure;
        }
        submitted.add(request);
        RunRecord r = record(request, RunStatus.QUEUED);
        emit(new RunEvent.Queued(r.id(), r));
        return r;
    }

    @Override
    public void cancel(String runId) {
        cancelled.add(runId);
        emit(new RunEvent.Cancelled(runId));
    }

    @Override
    public void cancelAll() {
        cancelAllCalled = true;
        for (RunRequest q : new ArrayList<>(submitted)) {
            cancel(q.key());
        }
    }

    @Override
    public void addListener(RunListener listener) {
        listeners.add(listener);
    }

    @Override
    public List<RunRecord> doneRuns(String dataset) {
        if (openFailure != null) {
            throw openFailure;
        }
        return stored.stream().filter(r -> r.request().dataset().equals(dataset)).toList();
    }

    @Override
    public List<EpochMetrics> epochs(String runId) {
        return epochs.getOrDefault(runId, List.of());
    }

    @Override
    public String device() {
        return "CPU, fake backend";
    }

    @Override
    public Path database() {
        return Path.of("/tmp/fake.db");
    }

    @Override
    public void close() {
        closed = true;
    }
}
