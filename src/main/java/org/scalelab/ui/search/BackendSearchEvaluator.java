package org.scalelab.ui.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.scalelab.domain.search.Evaluation;
import org.scalelab.domain.search.EvaluationRequest;
import org.scalelab.domain.search.SearchEvaluator;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;
import org.scalelab.training.RunStatus;
import org.scalelab.training.search.CoefficientSearch;
import org.scalelab.training.search.ScoreSource;
import org.scalelab.training.search.SearchJob;
import org.scalelab.training.service.RunEvent;
import org.scalelab.training.service.RunListener;
import org.scalelab.ui.training.TrainingBackend;

/**
 * Trains what successive halving asks for through the window's {@link TrainingBackend}: each request becomes the
 * same {@link RunRequest} the CLI's {@code search} submits ({@link CoefficientSearch#request}), so runs are shared
 * and cached between the two (a run already in the database answers at once). {@link #evaluate} submits a rung's
 * runs, then blocks until the backend's events say each has ended: call it on a background thread only.
 *
 * <p>One instance serves one search. The backend offers no way to remove a listener, so events reach the search
 * through a {@link Router} registered once per window.
 */
final class BackendSearchEvaluator implements SearchEvaluator {
    /** How often the wait looks at the cancel flag. */
    private static final long POLL_MILLIS = 200;
    /** After a cancel, how long to wait for the backend to confirm before calling the runs cancelled anyway. */
    static final long CANCEL_GRACE_NANOS = 30_000_000_000L;

    private final TrainingBackend backend;
    private final Router router;
    private final SearchJob job;
    private final Consumer<RunEvent> progress;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    /**
     * @param progress receives the non-final events (started, progress, epoch done) of the runs this search waits
     *                 for, on the backend's threads
     */
    BackendSearchEvaluator(TrainingBackend backend, Router router, SearchJob job, Consumer<RunEvent> progress) {
        this.backend = backend;
        this.router = router;
        this.job = job;
        this.progress = progress;
    }

    /** Routes the backend's events to the search waiting for each run. */
    static final class Router implements RunListener {
        private final Map<String, Consumer<RunEvent>> byRun = new ConcurrentHashMap<>();

        @Override
        public void onEvent(RunEvent event) {
            Consumer<RunEvent> c = byRun.get(event.runId());
            if (c != null) {
                c.accept(event);
            }
        }

        void put(String runId, Consumer<RunEvent> consumer) {
            byRun.put(runId, consumer);
        }

        void remove(String runId) {
            byRun.remove(runId);
        }

        int size() {
            return byRun.size();
        }
    }

    /** How a run ended. */
    private record Ended(String runId, RunStatus status, boolean cached, RunResult result, String reason) {
    }

    /** Stops the search: the runs it waits for are cancelled, and no further run is submitted. Any thread. */
    void cancel() {
        cancelled.set(true);
        cancelPending();
    }

    boolean cancelled() {
        return cancelled.get();
    }

    private void cancelPending() {
        for (String id : List.copyOf(pending)) {
            try {
                backend.cancel(id);
            } catch (RuntimeException e) {
                // The backend is gone; the grace period ends the wait.
            }
        }
    }

    @Override
    public List<Evaluation> evaluate(List<EvaluationRequest> requests, Sink sink) throws InterruptedException {
        Map<String, List<EvaluationRequest>> byId = new LinkedHashMap<>();
        Map<String, RunRequest> runs = new LinkedHashMap<>();
        for (EvaluationRequest r : requests) {
            RunRequest q = CoefficientSearch.request(job, r);
            byId.computeIfAbsent(q.key(), k -> new ArrayList<>()).add(r);
            runs.putIfAbsent(q.key(), q);
        }
        BlockingQueue<Ended> ended = new LinkedBlockingQueue<>();
        Map<EvaluationRequest, Evaluation> out = new HashMap<>();
        try {
            for (Map.Entry<String, RunRequest> entry : runs.entrySet()) {
                String id = entry.getKey();
                if (cancelled.get()) {
                    report(byId.get(id), new Ended(id, RunStatus.CANCELLED, false, null, "cancelled"), sink, out);
                    continue;
                }
                pending.add(id);
                router.put(id, e -> onEvent(e, ended));
                for (EvaluationRequest r : byId.get(id)) {
                    sink.queued(r, id);
                }
                EvaluationRequest first = byId.get(id).get(0);
                try {
                    // A run already done is answered at once (and its Finished event may come from inside submit).
                    RunRecord rec = backend.submit(entry.getValue(), first.network().params(), first.network().macs());
                    if (rec != null && rec.status() == RunStatus.DONE) {
                        ended.add(new Ended(id, RunStatus.DONE, true, rec.result(), null));
                    }
                } catch (RuntimeException e) {
                    ended.add(new Ended(id, RunStatus.FAILED, false, null, "cannot submit: " + e.getMessage()));
                }
                drain(ended, byId, sink, out);
            }
            long cancelSeen = 0;
            while (byId.keySet().stream().anyMatch(pending::contains)) {
                Ended e = ended.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (e != null) {
                    ended.add(e);
                    drain(ended, byId, sink, out);
                }
                if (cancelled.get()) {
                    if (cancelSeen == 0) {
                        cancelSeen = System.nanoTime();
                        cancelPending(); // covers runs submitted after cancel() looked
                    } else if (System.nanoTime() - cancelSeen > CANCEL_GRACE_NANOS) {
                        for (String id : byId.keySet()) {
                            ended.add(new Ended(id, RunStatus.CANCELLED, false, null, "cancelled"));
                        }
                        drain(ended, byId, sink, out);
                    }
                }
            }
        } catch (InterruptedException e) {
            cancel();
            throw e;
        } finally {
            for (String id : byId.keySet()) {
                router.remove(id);
                pending.remove(id);
            }
        }
        List<Evaluation> result = new ArrayList<>(requests.size());
        for (EvaluationRequest r : requests) {
            Evaluation e = out.get(r);
            result.add(e != null ? e : Evaluation.cancelled(r, CoefficientSearch.request(job, r).key()));
        }
        return result;
    }

    /** On the backend's thread: final events end the wait; the others go to the progress consumer. */
    private void onEvent(RunEvent e, BlockingQueue<Ended> ended) {
        if (e instanceof RunEvent.Finished f) {
            ended.add(new Ended(e.runId(), RunStatus.DONE, f.cached(), f.result(), null));
        } else if (e instanceof RunEvent.Failed f) {
            ended.add(new Ended(e.runId(), RunStatus.FAILED, false, null, f.reason()));
        } else if (e instanceof RunEvent.Cancelled) {
            ended.add(new Ended(e.runId(), RunStatus.CANCELLED, false, null, "cancelled"));
        } else {
            progress.accept(e);
        }
    }

    /** Reports every run that has ended, once, on the evaluating thread (reading a run's epochs may block). */
    private void drain(BlockingQueue<Ended> ended, Map<String, List<EvaluationRequest>> byId, Sink sink,
                       Map<EvaluationRequest, Evaluation> out) {
        Ended e;
        while ((e = ended.poll()) != null) {
            if (byId.containsKey(e.runId()) && pending.remove(e.runId())) {
                router.remove(e.runId());
                report(byId.get(e.runId()), e, sink, out);
            }
        }
    }

    private void report(List<EvaluationRequest> requests, Ended end, Sink sink, Map<EvaluationRequest, Evaluation> out) {
        Evaluation first = null;
        for (EvaluationRequest r : requests) {
            Evaluation e = first == null ? evaluation(r, end) : retarget(first, r);
            first = first == null ? e : first;
            out.put(r, e);
            sink.finished(e);
        }
    }

    private static Evaluation retarget(Evaluation e, EvaluationRequest r) {
        return new Evaluation(r, e.status(), e.accuracy(), e.testAccuracy(), e.cached(), e.runId(), e.failure());
    }

    private Evaluation evaluation(EvaluationRequest r, Ended end) {
        String id = end.runId();
        if (end.status() == RunStatus.CANCELLED) {
            return Evaluation.cancelled(r, id);
        }
        if (end.status() != RunStatus.DONE) {
            return Evaluation.failed(r, id, end.reason() != null ? end.reason() : "ended " + end.status());
        }
        double test = end.result() != null ? end.result().testAccuracy() : Double.NaN;
        double accuracy;
        if (job.score() == ScoreSource.TEST) {
            accuracy = test;
        } else {
            try {
                List<EpochMetrics> epochs = backend.epochs(id);
                accuracy = epochs.isEmpty() ? Double.NaN : epochs.get(epochs.size() - 1).validationAccuracy();
            } catch (RuntimeException e) {
                return Evaluation.failed(r, id, "cannot read the epochs of run " + id + ": " + e.getMessage());
            }
        }
        if (!Double.isFinite(accuracy)) {
            return Evaluation.failed(r, id, "run " + id + " has no " + job.score().id() + " accuracy");
        }
        return Evaluation.done(r, accuracy, test, end.cached(), id);
    }
}
