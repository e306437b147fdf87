package org.scalelab.ui.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;
import org.scalelab.training.RunStatus;
import org.scalelab.training.service.PortStub;
import org.scalelab.training.service.RunEvent;
import org.scalelab.training.store.RunFilter;

/**
 * A training port for search tests that answers runs with accuracies the test defines: the validation accuracy
 * is {@code accuracy(request)}, the test accuracy 0.01 below it. A run is answered inside {@code submit} (as the
 * experiment service answers a cached run) unless {@code hold} says to keep it queued until {@link #finish} or
 * {@link #fail}. A run finished once is answered from "the database" (cached) when submitted again.
 */
public final class AnsweringTraining extends PortStub {
    final List<RunRequest> submitted = new CopyOnWriteArrayList<>();
    /** Runs trained (not answered from the database). */
    final List<RunRequest> trained = new CopyOnWriteArrayList<>();
    final List<String> cancelled = new CopyOnWriteArrayList<>();
    private final Map<String, RunRecord> done = new ConcurrentHashMap<>();
    private final Map<String, RunRequest> held = new ConcurrentHashMap<>();
    private final ToDoubleFunction<RunRequest> accuracy;
    /** Runs that fail instead of finishing. */
    volatile Predicate<RunRequest> failing = q -> false;
    /** Runs kept queued until the test finishes, fails or cancels them. */
    volatile Predicate<RunRequest> hold = q -> false;
    /** Called on each submit, before the run is answered (a test clicks "cancel" from here). */
    volatile BiConsumer<Integer, RunRequest> onSubmit = (n, q) -> { };

    public AnsweringTraining(ToDoubleFunction<RunRequest> accuracy) {
        this.accuracy = accuracy;
    }

    /** The search tests' accuracy: one peak inside the default grid, so that no two grid networks tie. */
    public static double peaked(RunRequest request) {
        return SearchViewModelTest.accuracy(request);
    }

    @Override
    public RunRecord submit(long experiment, RunRequest request, long params, long macs) {
        String id = request.key();
        submitted.add(request);
        RunRecord stored = done.get(id);
        if (stored != null) {
            emit(new RunEvent.Finished(id, stored.result(), true));
            return stored;
        }
        RunRecord queued = new RunRecord(id, request, RunStatus.QUEUED, List.of(), null, null, 0, 0);
        emit(new RunEvent.Queued(id, queued));
        held.put(id, request);
        onSubmit.accept(submitted.size(), request);
        if (held.containsKey(id) && !hold.test(request)) {
            if (failing.test(request)) {
                fail(id, "out of memory (simulated)");
            } else {
                finish(id);
            }
        }
        return queued;
    }

    /** Trains a held run now: started, one progress event and one epoch per recipe epoch, finished. */
    void finish(String id) {
        RunRequest q = held.remove(id);
        if (q == null) {
            throw new IllegalStateException("no held run " + id);
        }
        double acc = accuracy.applyAsDouble(q);
        emit(new RunEvent.Started(id, false));
        List<EpochMetrics> list = new ArrayList<>();
        int n = q.recipe().epochs();
        for (int e = 1; e <= n; e++) {
            emit(new RunEvent.Progress(id, e, n, 5, 10, 1.0 / e));
            // Earlier epochs are a little worse; the last epoch's validation accuracy is the run's.
            EpochMetrics m = new EpochMetrics(e, 1.0 / e, acc, acc - 0.05 * (n - e), 1000, 1);
            list.add(m);
            emit(new RunEvent.EpochDone(id, m));
        }
        trained.add(q);
        RunResult result = new RunResult(acc - 0.01, n, 1000, 1, "CPU, answering backend");
        done.put(id, new RunRecord(id, q, RunStatus.DONE, list, result, null, 0, 0));
        emit(new RunEvent.Finished(id, result, false));
    }

    void fail(String id, String reason) {
        if (held.remove(id) != null) {
            emit(new RunEvent.Failed(id, reason));
        }
    }

    /** Emits a progress event for a held run, as a worker thread would. */
    void progress(String id, int epoch, int epochs, int iteration, int iterations) {
        emit(new RunEvent.Progress(id, epoch, epochs, iteration, iterations, 0.5));
    }

    Set<String> held() {
        return Set.copyOf(held.keySet());
    }

    @Override
    public void cancel(String runId) {
        cancelled.add(runId);
        if (held.remove(runId) != null) {
            emit(new RunEvent.Cancelled(runId));
        }
    }

    @Override
    public void cancelAll() {
        held().forEach(this::cancel);
    }

    @Override
    public List<RunRecord> runs(RunFilter filter) {
        return done.values().stream().filter(r -> filter.status() == null || r.status() == filter.status()).toList();
    }

    /** The runs done, with their epochs; the others are not in "the database". */
    @Override
    public Optional<RunRecord> find(String runId) {
        return Optional.ofNullable(done.get(runId));
    }

    @Override
    public String device() {
        return "CPU, answering backend";
    }

    @Override
    public Path database() {
        return Path.of("answering.db");
    }

}
