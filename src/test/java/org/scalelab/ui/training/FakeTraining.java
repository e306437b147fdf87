package org.scalelab.ui.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunStatus;
import org.scalelab.training.service.PortStub;
import org.scalelab.training.service.RunEvent;
import org.scalelab.training.store.RunFilter;

/** A training port that records calls and lets a test emit events; submit queues (emits Queued) unless told otherwise. */
public final class FakeTraining extends PortStub {
    public final List<RunRequest> submitted = new CopyOnWriteArrayList<>();
    public final List<String> cancelled = new CopyOnWriteArrayList<>();
    public final Map<String, List<EpochMetrics>> epochs = new ConcurrentHashMap<>();
    volatile List<RunRecord> stored = List.of();
    volatile RuntimeException openFailure;
    volatile RuntimeException submitFailure;
    volatile boolean cancelAllCalled;
    volatile boolean closed;
    /** While true, {@link #awaitIdle} answers that jobs are still queued or training. */
    volatile boolean busy;
    /** When set, {@link #device} throws it, as a port that could not open does. */
    volatile RuntimeException deviceFailure;

    static RunRecord record(RunRequest q, RunStatus status) {
        return new RunRecord(q.key(), q, status, List.of(), null, null, 0, 0);
    }

    @Override
    public void emit(RunEvent e) {
        super.emit(e);
    }

    @Override
    public RunRecord submit(long experiment, RunRequest request, long params, long macs) {
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
    public List<RunRecord> runs(RunFilter filter) {
        if (openFailure != null) {
            throw openFailure;
        }
        return stored.stream().filter(r -> filter.status() == null || r.status() == filter.status()).toList();
    }

    /** A run the test gave epochs to, queued; others are unknown. */
    @Override
    public Optional<RunRecord> find(String runId) {
        List<EpochMetrics> list = epochs.get(runId);
        return list == null ? Optional.empty()
                : Optional.of(new RunRecord(runId, null, RunStatus.QUEUED, list, null, null, 0, 0));
    }

    @Override
    public boolean awaitIdle(long timeout, java.util.concurrent.TimeUnit unit) {
        return !busy;
    }

    @Override
    public String device() {
        if (deviceFailure != null) {
            throw deviceFailure;
        }
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
