package org.scalelab.training.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.scalelab.domain.search.Evaluation;
import org.scalelab.domain.search.EvaluationRequest;
import org.scalelab.domain.search.HalvingPlan;
import org.scalelab.domain.search.SearchEvaluator;
import org.scalelab.domain.search.SearchListener;
import org.scalelab.domain.search.SearchResult;
import org.scalelab.domain.search.SuccessiveHalving;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunStatus;
import org.scalelab.training.service.ExperimentService;
import org.scalelab.training.service.RunEvent;
import org.scalelab.training.service.RunListener;
import org.scalelab.training.store.ExperimentStore;

/**
 * Runs a coefficient search on the experiment service: rung by rung, each surviving network becomes an ordinary
 * run (the φ = 1 spec, the recipe with the rung's epochs and the replicate's seed), queued cheapest first and
 * kept in the store. A run already done is answered from the database, so a search run again, or resumed after
 * a crash, trains only what is missing; the runs of the last rung are exactly those of training every network
 * fully, so a full-training comparison reuses them.
 *
 * <p>{@link #run} blocks; call it on a background thread. {@link #cancel} (any thread) cancels the runs this
 * search is waiting for and ends it after the current rung with a partial, cancelled result. Interrupting the
 * thread in {@code run} does the same and rethrows. Events go to the {@link SearchListener} on the service's
 * threads; the run ids in them link to the service's own {@link RunEvent}s for per-epoch progress. One instance
 * runs one search at a time and stays cancelled once cancelled: make a new one for the next search.
 */
public final class CoefficientSearch {
    /** How often the wait checks the store too, in case the service was closed under us. */
    private static final long POLL_MILLIS = 1000;
    /** After a cancel, how long to wait for the runs to confirm before giving up on them. */
    private static final long CANCEL_GRACE_NANOS = 60_000_000_000L;

    private final ExperimentService service;
    private final ExperimentStore store;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Map<String, Boolean> waiting = new ConcurrentHashMap<>();

    public CoefficientSearch(ExperimentService service, ExperimentStore store) {
        this.service = service;
        this.store = store;
    }

    /** The plan a job will follow: rungs, epochs, runs. */
    public static HalvingPlan plan(SearchJob job) {
        return new SuccessiveHalving(job.space(), job.settings()).plan();
    }

    /** The run an evaluation request becomes. */
    public static RunRequest request(SearchJob job, EvaluationRequest r) {
        return new RunRequest(job.space().baseline().name(), "search", 1.0, r.network().variant().multipliers(),
                r.network().spec(), job.dataset(), job.recipe().withEpochs(r.epochs()).withSeed(job.recipe().seed() + r.replicate()));
    }

    public SearchResult run(SearchJob job, SearchListener listener) throws InterruptedException {
        try {
            return new SuccessiveHalving(job.space(), job.settings()).run(new Evaluator(job), listener, cancelled::get);
        } catch (InterruptedException e) {
            cancel();
            throw e;
        }
    }

    /** Stops the search: its queued and running runs are cancelled; the result is partial. */
    public void cancel() {
        cancelled.set(true);
        List.copyOf(waiting.keySet()).forEach(service::cancel);
    }

    public boolean cancelled() {
        return cancelled.get();
    }

    /** One run's end as the search sees it. */
    private record Ended(RunStatus status, boolean cached, String reason) {
    }

    private final class Evaluator implements SearchEvaluator {
        private final SearchJob job;

        Evaluator(SearchJob job) {
            this.job = job;
        }

        @Override
        public List<Evaluation> evaluate(List<EvaluationRequest> requests, Sink sink) throws InterruptedException {
            Map<String, List<EvaluationRequest>> byId = new LinkedHashMap<>();
            Map<String, RunRequest> runs = new LinkedHashMap<>();
            for (EvaluationRequest r : requests) {
                RunRequest q = request(job, r);
                String id = q.key();
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
                runs.putIfAbsent(id, q);
            }
            Map<String, Ended> ended = new ConcurrentHashMap<>();
            Object signal = new Object();
            RunListener listener = e -> {
                Ended end = null;
                if (e instanceof RunEvent.Finished f) {
                    end = new Ended(RunStatus.DONE, f.cached(), null);
                } else if (e instanceof RunEvent.Failed f) {
                    end = new Ended(RunStatus.FAILED, false, f.reason());
                } else if (e instanceof RunEvent.Cancelled) {
                    end = new Ended(RunStatus.CANCELLED, false, "cancelled");
                }
                if (end != null && byId.containsKey(e.runId()) && waiting.remove(e.runId()) != null) {
                    ended.put(e.runId(), end);
                    report(byId.get(e.runId()), end, sink);
                    synchronized (signal) {
                        signal.notifyAll();
                    }
                }
            };
            service.addListener(listener);
            try {
                for (Map.Entry<String, RunRequest> entry : runs.entrySet()) {
                    String id = entry.getKey();
                    if (cancelled.get()) {
                        Ended end = new Ended(RunStatus.CANCELLED, false, "cancelled");
                        ended.put(id, end);
                        report(byId.get(id), end, sink);
                        continue;
                    }
                    waiting.put(id, Boolean.TRUE);
                    EvaluationRequest first = byId.get(id).get(0);
                    for (EvaluationRequest r : byId.get(id)) {
                        sink.queued(r, id);
                    }
                    // A run already done reports Finished (cached) from inside submit, on this thread.
                    service.submit(job.experimentId(), entry.getValue(), first.network().params(), first.network().macs());
                }
                if (cancelled.get()) {
                    cancel();
                }
                long cancelSeen = 0;
                synchronized (signal) {
                    while (byId.keySet().stream().anyMatch(waiting::containsKey)) {
                        signal.wait(POLL_MILLIS);
                        pollStore(byId, ended, sink);
                        if (cancelled.get()) {
                            cancelSeen = cancelSeen == 0 ? System.nanoTime() : cancelSeen;
                            if (System.nanoTime() - cancelSeen > CANCEL_GRACE_NANOS) {
                                giveUp(byId, ended, sink); // the service is gone: the runs stay resumable
                            }
                        }
                    }
                }
            } finally {
                service.removeListener(listener);
            }
            List<Evaluation> out = new ArrayList<>(requests.size());
            for (EvaluationRequest r : requests) {
                String id = request(job, r).key();
                out.add(evaluation(r, id, ended.get(id)));
            }
            return out;
        }

        /** A run the store says has ended although no event said so (the service was closed, say). */
        private void pollStore(Map<String, List<EvaluationRequest>> byId, Map<String, Ended> ended, Sink sink) {
            for (String id : byId.keySet()) {
                if (!waiting.containsKey(id)) {
                    continue;
                }
                RunRecord rec = store.find(id).orElse(null);
                if (rec != null && rec.status().finished() && waiting.remove(id) != null) {
                    Ended end = new Ended(rec.status(), false, rec.error());
                    ended.put(id, end);
                    report(byId.get(id), end, sink);
                }
            }
        }

        private void giveUp(Map<String, List<EvaluationRequest>> byId, Map<String, Ended> ended, Sink sink) {
            for (String id : byId.keySet()) {
                if (waiting.remove(id) != null) {
                    Ended end = new Ended(RunStatus.CANCELLED, false, "cancelled");
                    ended.put(id, end);
                    report(byId.get(id), end, sink);
                }
            }
        }

        private void report(List<EvaluationRequest> requests, Ended end, Sink sink) {
            for (EvaluationRequest r : requests) {
                sink.finished(evaluation(r, request(job, r).key(), end));
            }
        }

        private Evaluation evaluation(EvaluationRequest r, String id, Ended end) {
            if (end == null || end.status() == RunStatus.CANCELLED) {
                return Evaluation.cancelled(r, id);
            }
            if (end.status() != RunStatus.DONE) {
                return Evaluation.failed(r, id, end.reason() != null ? end.reason() : "ended " + end.status());
            }
            RunRecord rec = store.find(id).orElseThrow();
            if (rec.result() == null) {
                return Evaluation.failed(r, id, "the store has no result for run " + id);
            }
            double test = rec.result().testAccuracy();
            double accuracy = switch (job.score()) {
                case TEST -> test;
                case VALIDATION -> rec.epochs().isEmpty() ? Double.NaN
                        : rec.epochs().get(rec.epochs().size() - 1).validationAccuracy();
            };
            if (!Double.isFinite(accuracy)) {
                return Evaluation.failed(r, id, "run " + id + " has no " + job.score().id() + " accuracy");
            }
            return Evaluation.done(r, accuracy, test, end.cached(), id);
        }
    }
}
