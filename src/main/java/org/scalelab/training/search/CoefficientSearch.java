package org.scalelab.training.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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
import org.scalelab.training.service.RunEvent;
import org.scalelab.training.service.RunListener;
import org.scalelab.training.service.TrainingPort;

/**
 * Runs a coefficient search on a {@link TrainingPort}, for the CLI's {@code search} and the workbench's search window
 * alike: rung by rung, each surviving network becomes an ordinary run (the φ = 1 spec, the recipe with the rung's
 * epochs and the replicate's seed), queued cheapest first and kept in the store. A run already done is answered from
 * the database, so a search run again, or resumed after a crash, trains only what is missing; the runs of the last
 * rung are exactly those of training every network fully, so a full-training comparison reuses them.
 *
 * <p>{@link #run} blocks; call it on a background thread. {@link #cancel} (any thread) cancels the runs this search is
 * waiting for and ends it after the current rung with a partial, cancelled result. Interrupting the thread in
 * {@code run} does the same and rethrows. Events go to the {@link SearchListener} on the port's threads or the
 * searching thread; the run ids in them link to the port's own {@link RunEvent}s for per-epoch progress. One instance
 * runs one search and stays cancelled once cancelled: make a new one for the next search.
 */
public final class CoefficientSearch {
    /** How often the wait also asks the store, in case a run ended without an event (the port was closed, say). */
    private static final long POLL_MILLIS = 500;
    /** After a cancel, how long to wait for the runs to confirm before calling them cancelled anyway. */
    static final long CANCEL_GRACE_NANOS = 30_000_000_000L;

    private final TrainingPort training;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();

    public CoefficientSearch(TrainingPort training) {
        this.training = training;
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

    /** Stops the search: its queued and running runs are cancelled; the result is partial. Any thread. */
    public void cancel() {
        cancelled.set(true);
        for (String id : List.copyOf(waiting)) {
            try {
                training.cancel(id);
            } catch (RuntimeException e) {
                // The port is gone; the grace period ends the wait.
            }
        }
    }

    public boolean cancelled() {
        return cancelled.get();
    }

    /** How a run ended, as the search sees it. */
    private record Ended(String runId, RunStatus status, boolean cached, String reason) {
        static Ended of(RunEvent e) {
            if (e instanceof RunEvent.Finished f) {
                return new Ended(e.runId(), RunStatus.DONE, f.cached(), null);
            } else if (e instanceof RunEvent.Failed f) {
                return new Ended(e.runId(), RunStatus.FAILED, false, f.reason());
            } else if (e instanceof RunEvent.Cancelled) {
                return cancelled(e.runId());
            }
            return null;
        }

        static Ended cancelled(String runId) {
            return new Ended(runId, RunStatus.CANCELLED, false, "cancelled");
        }
    }

    private final class Evaluator implements SearchEvaluator {
        private final SearchJob job;

        Evaluator(SearchJob job) {
            this.job = job;
        }

        /**
         * Submits a rung's runs, then waits until each has ended: an event says so, or the store does, or (after a
         * cancel) the grace period is over. Results are read from the store on this thread.
         */
        @Override
        public List<Evaluation> evaluate(List<EvaluationRequest> requests, Sink sink) throws InterruptedException {
            Map<String, List<EvaluationRequest>> byId = new LinkedHashMap<>();
            Map<String, RunRequest> runs = new LinkedHashMap<>();
            for (EvaluationRequest r : requests) {
                RunRequest q = request(job, r);
                byId.computeIfAbsent(q.key(), k -> new ArrayList<>()).add(r);
                runs.putIfAbsent(q.key(), q);
            }
            BlockingQueue<Ended> ended = new LinkedBlockingQueue<>();
            Map<EvaluationRequest, Evaluation> out = new LinkedHashMap<>();
            RunListener listener = e -> {
                Ended end = Ended.of(e);
                if (end != null && byId.containsKey(e.runId())) {
                    ended.add(end);
                }
            };
            training.addListener(listener);
            try {
                for (Map.Entry<String, RunRequest> entry : runs.entrySet()) {
                    String id = entry.getKey();
                    if (cancelled.get()) {
                        report(byId.get(id), Ended.cancelled(id), sink, out);
                        continue;
                    }
                    waiting.add(id);
                    for (EvaluationRequest r : byId.get(id)) {
                        sink.queued(r, id);
                    }
                    EvaluationRequest first = byId.get(id).get(0);
                    try {
                        // A run already done is answered at once, its Finished event sent from inside submit.
                        RunRecord rec = training.submit(job.experimentId(), entry.getValue(), first.network().params(),
                                first.network().macs());
                        if (rec != null && rec.status() == RunStatus.DONE) {
                            ended.add(new Ended(id, RunStatus.DONE, true, null));
                        }
                    } catch (RuntimeException e) {
                        ended.add(new Ended(id, RunStatus.FAILED, false, "cannot submit: " + e.getMessage()));
                    }
                    drain(ended, byId, sink, out);
                }
                long cancelSeen = 0;
                while (byId.keySet().stream().anyMatch(waiting::contains)) {
                    Ended e = ended.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (e != null) {
                        ended.add(e);
                    } else {
                        askTheStore(byId.keySet(), ended);
                    }
                    drain(ended, byId, sink, out);
                    if (cancelled.get()) {
                        if (cancelSeen == 0) {
                            cancelSeen = System.nanoTime();
                            cancel(); // covers runs submitted after cancel() looked
                        } else if (System.nanoTime() - cancelSeen > CANCEL_GRACE_NANOS) {
                            byId.keySet().forEach(id -> ended.add(Ended.cancelled(id))); // they stay resumable
                            drain(ended, byId, sink, out);
                        }
                    }
                }
            } catch (InterruptedException e) {
                cancel();
                throw e;
            } finally {
                training.removeListener(listener);
                waiting.removeAll(byId.keySet());
            }
            List<Evaluation> result = new ArrayList<>(requests.size());
            for (EvaluationRequest r : requests) {
                Evaluation e = out.get(r);
                result.add(e != null ? e : Evaluation.cancelled(r, request(job, r).key()));
            }
            return result;
        }

        /** Runs the store says have ended although no event said so. */
        private void askTheStore(Set<String> ids, BlockingQueue<Ended> ended) {
            for (String id : ids) {
                if (waiting.contains(id)) {
                    training.find(id).filter(rec -> rec.status().finished())
                            .ifPresent(rec -> ended.add(new Ended(id, rec.status(), false, rec.error())));
                }
            }
        }

        /** Reports every run that has ended, once, on the evaluating thread. */
        private void drain(BlockingQueue<Ended> ended, Map<String, List<EvaluationRequest>> byId, Sink sink,
                           Map<EvaluationRequest, Evaluation> out) {
            Ended e;
            while ((e = ended.poll()) != null) {
                if (byId.containsKey(e.runId()) && waiting.remove(e.runId())) {
                    report(byId.get(e.runId()), e, sink, out);
                }
            }
        }

        /** One run stands for every request of the same network: the first is read, the others share it. */
        private void report(List<EvaluationRequest> requests, Ended end, Sink sink, Map<EvaluationRequest, Evaluation> out) {
            Evaluation first = null;
            for (EvaluationRequest r : requests) {
                Evaluation e = first == null ? evaluation(r, end) : first.of(r);
                first = first == null ? e : first;
                out.put(r, e);
                sink.finished(e);
            }
        }

        private Evaluation evaluation(EvaluationRequest r, Ended end) {
            String id = end.runId();
            if (end.status() == RunStatus.CANCELLED) {
                return Evaluation.cancelled(r, id);
            }
            if (end.status() != RunStatus.DONE) {
                return Evaluation.failed(r, id, end.reason() != null ? end.reason() : "ended " + end.status());
            }
            RunRecord rec;
            try {
                rec = training.find(id).orElse(null);
            } catch (RuntimeException e) {
                return Evaluation.failed(r, id, "cannot read run " + id + ": " + e.getMessage());
            }
            if (rec == null || rec.result() == null) {
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
